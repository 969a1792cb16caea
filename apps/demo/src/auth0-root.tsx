import { Auth0Provider, useAuth0 } from '@auth0/auth0-react'
import { MyOrgProvider, myOrgKitScope } from '@myorg-kit/react'

import { type Auth0Config, tenantOrigin } from './config.ts'
import { useKitSettings } from './kit-settings.ts'
import { currentPath, hrefFor, usePath } from './location.ts'
import { LoginRoute, loginPath } from './login-route.tsx'
import { useScenario } from './scenario.ts'
import { ScenarioPanel } from './scenario-panel.tsx'
import { Shell } from './shell.tsx'

interface AppState {
  returnTo?: string
}

/** Auth0 mode: real login, real tokens, the tenant's real My Organization API. */
export function Auth0Root(props: { config: Auth0Config }) {
  const { domain, clientId, organization } = props.config
  const path = usePath()
  return (
    <Auth0Provider
      domain={domain}
      clientId={clientId}
      authorizationParams={{
        redirect_uri: window.location.origin,
        audience: `${tenantOrigin(props.config)}/my-org/`,
        // One scope string for login and the kit: the login token already covers every component.
        scope: `openid profile email ${myOrgKitScope}`,
        ...(organization ? { organization } : {}),
      }}
      onRedirectCallback={(appState?: AppState) => {
        // Back from the login page: replace the callback URL (`?code&state&iss`) with the page
        // and scenario the user started from (navigate() would keep the callback's query).
        const returnTo = new URL(appState?.returnTo ?? '/', window.location.origin)
        window.history.replaceState(null, '', hrefFor(returnTo.pathname, returnTo.search))
        window.dispatchEvent(new PopStateEvent('popstate'))
      }}
    >
      {path === loginPath ? <LoginRoute /> : <Gate config={props.config} />}
    </Auth0Provider>
  )
}

function Gate(props: { config: Auth0Config }) {
  const { isLoading, isAuthenticated, user, error, loginWithRedirect, logout } = useAuth0()
  const scenario = useScenario()
  const kit = useKitSettings(scenario.theme, scenario.locale)

  if (isLoading) {
    return (
      <div className="splash" role="status">
        <span className="spinner" aria-hidden="true" /> Signing you in…
      </div>
    )
  }
  if (!isAuthenticated || !user) {
    return (
      <main className="signin">
        <div className="signin-card">
          <span className="brand-mark signin-mark" aria-hidden="true">
            L
          </span>
          <h1>Sign in to Lumen Analytics</h1>
          <p className="muted">
            Sign in with an account that is a member of your organization in{' '}
            <code>{props.config.domain}</code> to manage its settings.
          </p>
          {props.config.local ? (
            <p className="muted">
              This is the local dev tenant: the terminal that started it lists the users and their
              passwords.
            </p>
          ) : null}
          {error ? (
            <p className="signin-error" role="alert">
              Sign-in failed: {error.message}
            </p>
          ) : null}
          <button
            type="button"
            className="button button-primary button-block"
            onClick={() => {
              const appState: AppState = { returnTo: `${currentPath()}${window.location.search}` }
              void loginWithRedirect({
                appState,
              })
            }}
          >
            Sign in
          </button>
        </div>
      </main>
    )
  }

  const orgName =
    typeof user['org_name'] === 'string'
      ? user['org_name']
      : typeof user['org_id'] === 'string'
        ? user['org_id']
        : (props.config.organization ?? 'Your organization')

  return (
    <>
      <MyOrgProvider
        domain={props.config.domain}
        {...(props.config.organization?.startsWith('org_')
          ? { organizationId: props.config.organization }
          : {})}
        appearance={kit.appearance}
        locale={kit.locale}
        {...(kit.messages ? { messages: kit.messages } : {})}
      >
        <Shell
          user={{
            name: user.name ?? user.email ?? 'Signed-in user',
            email: user.email ?? '',
            organization: orgName,
            picture: user.picture,
          }}
          onSignOut={() => {
            void logout({ logoutParams: { returnTo: window.location.origin } })
          }}
        />
      </MyOrgProvider>
      <ScenarioPanel mockControls={false} />
    </>
  )
}
