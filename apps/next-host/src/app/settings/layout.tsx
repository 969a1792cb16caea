import { redirect } from 'next/navigation'
import type { ReactNode } from 'react'

import { auth0, grantedScopes, issuerUrl } from '../../lib/auth0.ts'
import { loginUrl, myOrgBasePaths, myOrgProxyMode } from '../../lib/my-org-mode.ts'
import { texts } from '../../lib/texts.ts'
import { KitProvider } from './kit-provider.tsx'
import { SettingsNav } from './settings-nav.tsx'

/**
 * The settings area, rendered on the server: no session, no settings (off to the login page).
 * The granted scopes go to the kit as props, so it shows the right views without a token.
 */
export default async function SettingsLayout(props: { children: ReactNode }) {
  const session = await auth0.getSession()
  if (!session) {
    redirect(loginUrl)
  }
  const name = typeof session.user.name === 'string' ? session.user.name : session.user.sub
  return (
    <div className="app">
      <header className="topbar">
        <span className="brand">{texts.product}</span>
        <span className="user">
          {texts.signedInAs} <strong>{name}</strong>
        </span>
        <a className="button button-quiet" href="/auth/logout">
          {texts.signOut}
        </a>
      </header>
      <div className="frame">
        <SettingsNav />
        <main id="main" className="content">
          <KitProvider
            domain={issuerUrl()}
            baseUrl={myOrgBasePaths[myOrgProxyMode()]}
            loginUrl={loginUrl}
            scopes={grantedScopes(session.tokenSet.scope)}
            userId={session.user.sub}
          >
            {props.children}
          </KitProvider>
        </main>
      </div>
    </div>
  )
}
