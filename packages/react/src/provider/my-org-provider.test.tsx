import { Auth0Context, type Auth0ContextInterface, initialContext } from '@auth0/auth0-react'
import { MyOrgTokenError, isFullIdentityProvider } from '@myorg-kit/client'
import { createMockAccessToken, permissionSets, seedOrganizationId } from '@myorg-kit/mock-api'
import { render, renderHook, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'

import { createTokenGetter, renderWithMyOrg, testAudience, testDomain } from '../../test/render.tsx'
import { faults } from '../../test/server.ts'
import { useDomains } from '../api/domains.queries.ts'
import { useIdentityProviders } from '../api/identity-providers.queries.ts'
import {
  useIdentityProvidersConfiguration,
  useOrgConfiguration,
  useOrgDetails,
} from '../api/organization.queries.ts'
import { createMyOrgQueryClient } from './create-query-client.ts'
import { useMyOrg } from './my-org-context.ts'
import { MyOrgProvider } from './my-org-provider.tsx'
import { myOrgKitScope } from './scopes.ts'
import { useMyOrgSession } from './use-my-org-session.ts'

/** What a details card would need. */
function DetailsAndDomains() {
  const details = useOrgDetails()
  const domains = useDomains()
  return (
    <section aria-label="first">
      <h1>{details.data?.display_name ?? 'loading details'}</h1>
      <ul aria-label="domains">
        {domains.data?.domains.map((domain) => (
          <li key={domain.id}>{domain.domain}</li>
        ))}
      </ul>
    </section>
  )
}

/** What an identity provider list would need. */
function ProvidersAndConfiguration() {
  const providers = useIdentityProviders()
  const configuration = useOrgConfiguration()
  const idpConfiguration = useIdentityProvidersConfiguration()
  const details = useOrgDetails()
  return (
    <section aria-label="second">
      <ul aria-label="identity providers">
        {providers.data?.map((idp) => (
          <li key={idp.id}>{isFullIdentityProvider(idp) ? idp.display_name : idp.display_name}</li>
        ))}
      </ul>
      <p>
        {configuration.data
          ? `strategies: ${configuration.data.allowed_strategies?.join(',') ?? ''}`
          : 'loading configuration'}
      </p>
      <p>
        {idpConfiguration.data
          ? `show as button: ${String(idpConfiguration.data.organization.can_set_show_as_button)}`
          : 'loading idp configuration'}
      </p>
      <p>{details.data ? `org name: ${details.data.name ?? ''}` : 'loading name'}</p>
    </section>
  )
}

function TwoComponents() {
  return (
    <>
      <DetailsAndDomains />
      <ProvidersAndConfiguration />
    </>
  )
}

async function expectEverythingLoaded() {
  expect(await screen.findByRole('heading', { name: 'Acme Corp' })).toBeInTheDocument()
  expect(await screen.findByText('acme.com')).toBeInTheDocument()
  expect(await screen.findByText('Acme Okta')).toBeInTheDocument()
  expect(await screen.findByText(/^strategies: /)).toBeInTheDocument()
  expect(await screen.findByText(/^show as button: /)).toBeInTheDocument()
  expect(await screen.findByText('org name: acme-corp')).toBeInTheDocument()
}

describe('useMyOrg', () => {
  it('throws a message naming the fix outside <MyOrgProvider>', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    expect(() => renderHook(() => useMyOrg())).toThrow(
      '`useMyOrg` must be used inside `<MyOrgProvider>`',
    )
    consoleError.mockRestore()
  })

  it('hooks built on it throw the same message', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    expect(() => renderHook(() => useOrgDetails())).toThrow(/must be used inside `<MyOrgProvider>`/)
    consoleError.mockRestore()
  })
})

describe('MyOrgProvider token economy', () => {
  it('serves two sibling components (five hooks, six queries) with exactly ONE token request', async () => {
    const { getAccessToken } = renderWithMyOrg(<TwoComponents />)

    await expectEverythingLoaded()

    expect(getAccessToken).toHaveBeenCalledTimes(1)
    expect(getAccessToken).toHaveBeenCalledWith({
      audience: testAudience,
      scope: myOrgKitScope,
      organizationId: undefined,
      forceRefresh: false,
    })
  })

  it('still asks once when more components mount later', async () => {
    const { getAccessToken, rerenderWithProps } = renderWithMyOrg(<DetailsAndDomains />)
    expect(await screen.findByText('acme.com')).toBeInTheDocument()

    rerenderWithProps({}, <TwoComponents />)
    await expectEverythingLoaded()

    expect(getAccessToken).toHaveBeenCalledTimes(1)
  })

  it('asks again, with forceRefresh, only when the API refuses the token (401)', async () => {
    // The first API call answers 401 as for an expired token; the client reports forceRefresh.
    faults.expiredToken = { times: 1 }
    const { getAccessToken } = renderWithMyOrg(<DetailsAndDomains />)

    expect(await screen.findByText('acme.com')).toBeInTheDocument()
    expect(await screen.findByRole('heading', { name: 'Acme Corp' })).toBeInTheDocument()

    expect(getAccessToken.mock.calls.map(([request]) => request.forceRefresh)).toEqual([
      false,
      true,
    ])
  })

  it('shares one forced refresh when several calls are refused at once', async () => {
    faults.expiredToken = { times: 3 }
    const { getAccessToken } = renderWithMyOrg(<TwoComponents />)

    await expectEverythingLoaded()

    const forced = getAccessToken.mock.calls.filter(([request]) => request.forceRefresh)
    expect(getAccessToken).toHaveBeenCalledTimes(2)
    expect(forced).toHaveLength(1)
  })
})

function fakeAuth0(overrides: Partial<Auth0ContextInterface> = {}) {
  const calls: unknown[] = []
  const getAccessTokenSilently = vi.fn((options: unknown) => {
    calls.push(options)
    const { authorizationParams } = options as { authorizationParams: { audience: string } }
    const token = createMockAccessToken({
      scopes: permissionSets.admin,
      orgId: seedOrganizationId,
      audience: authorizationParams.audience,
    })
    return Promise.resolve({
      access_token: token,
      id_token: 'id-token',
      expires_in: 600,
      scope: permissionSets.admin.join(' '),
    })
  })
  const value = {
    ...initialContext,
    isLoading: false,
    isAuthenticated: true,
    user: { sub: 'auth0|admin' },
    getAccessTokenSilently,
    ...overrides,
  } as unknown as Auth0ContextInterface
  return { value, getAccessTokenSilently, calls }
}

describe('MyOrgProvider with the default @auth0/auth0-react source', () => {
  it('calls getAccessTokenSilently once, with the my-org audience and the canonical union scope', async () => {
    const auth0 = fakeAuth0()
    render(
      <Auth0Context.Provider value={auth0.value}>
        <MyOrgProvider
          domain={testDomain}
          rateLimits={false}
          queryClient={createMyOrgQueryClient()}
        >
          <TwoComponents />
        </MyOrgProvider>
      </Auth0Context.Provider>,
    )

    await expectEverythingLoaded()

    expect(auth0.getAccessTokenSilently).toHaveBeenCalledTimes(1)
    expect(auth0.calls[0]).toEqual({
      authorizationParams: { audience: 'https://tenant.example/my-org/', scope: myOrgKitScope },
      detailedResponse: true,
    })
    // The union: every scope but deleting the organization (members, invitations and roles
    // included: 21 + 8).
    expect(myOrgKitScope.split(' ')).toHaveLength(29)
    expect(myOrgKitScope).not.toContain('delete:my_org:organizations')
  })

  it('derives the audience from a custom domain and passes the organization', async () => {
    const auth0 = fakeAuth0()
    render(
      <Auth0Context.Provider value={auth0.value}>
        <MyOrgProvider
          domain="login.acme.example"
          organizationId={seedOrganizationId}
          rateLimits={false}
        >
          <DetailsAndDomains />
        </MyOrgProvider>
      </Auth0Context.Provider>,
    )

    expect(await screen.findByText('acme.com')).toBeInTheDocument()
    expect(auth0.calls).toEqual([
      {
        authorizationParams: {
          audience: 'https://login.acme.example/my-org/',
          scope: myOrgKitScope,
          organization: seedOrganizationId,
        },
        detailedResponse: true,
      },
    ])
  })

  it('waits for auth0-react to finish loading before asking', () => {
    const auth0 = fakeAuth0({ isLoading: true })
    render(
      <Auth0Context.Provider value={auth0.value}>
        <MyOrgProvider domain={testDomain} rateLimits={false}>
          <DetailsAndDomains />
        </MyOrgProvider>
      </Auth0Context.Provider>,
    )
    expect(screen.getByRole('heading', { name: 'loading details' })).toBeInTheDocument()
    expect(auth0.getAccessTokenSilently).not.toHaveBeenCalled()
  })

  it('uses cacheMode off only for a forced refresh after a 401', async () => {
    faults.expiredToken = { times: 1 }
    const auth0 = fakeAuth0()
    render(
      <Auth0Context.Provider value={auth0.value}>
        <MyOrgProvider domain={testDomain} rateLimits={false}>
          <DetailsAndDomains />
        </MyOrgProvider>
      </Auth0Context.Provider>,
    )
    expect(await screen.findByText('acme.com')).toBeInTheDocument()
    expect(auth0.calls).toHaveLength(2)
    expect(auth0.calls[0]).not.toHaveProperty('cacheMode')
    expect(auth0.calls[1]).toMatchObject({
      cacheMode: 'off',
      authorizationParams: { scope: myOrgKitScope },
    })
  })
})

function SessionStatus() {
  const session = useMyOrgSession()
  const details = useOrgDetails()
  return (
    <div>
      <p>status: {session.status}</p>
      {session.error ? (
        <button
          type="button"
          onClick={() => {
            if (session.error) {
              void session.resolveTokenError(session.error)
            }
          }}
        >
          fix {session.error.code}
        </button>
      ) : null}
      <p>{details.data?.display_name ?? 'no details'}</p>
    </div>
  )
}

describe('token errors', () => {
  it('wraps an auth0-style failure into MyOrgTokenError and lets the user resolve it', async () => {
    const user = userEvent.setup()
    const healthy = createTokenGetter()
    const getAccessToken = vi
      .fn(healthy)
      .mockRejectedValueOnce(
        Object.assign(new Error('Consent required'), { error: 'consent_required' }),
      )
    const onInteractionRequired = vi.fn()
    renderWithMyOrg(<SessionStatus />, {
      getAccessToken,
      providerProps: { onInteractionRequired },
    })

    const fix = await screen.findByRole('button', { name: 'fix consent_required' })
    expect(screen.getByText('status: error')).toBeInTheDocument()

    await user.click(fix)

    expect(onInteractionRequired).toHaveBeenCalledWith(expect.any(MyOrgTokenError))
    expect(await screen.findByText('Acme Corp')).toBeInTheDocument()
    expect(screen.getByText('status: ready')).toBeInTheDocument()
    expect(getAccessToken).toHaveBeenCalledTimes(2)
  })

  it('with auth0, resolves consent_required through a popup with the same audience and scope', async () => {
    const user = userEvent.setup()
    const getAccessTokenWithPopup = vi.fn(() => Promise.resolve('token'))
    const auth0 = fakeAuth0({ getAccessTokenWithPopup })
    const silently = auth0.getAccessTokenSilently
    silently.mockImplementationOnce(() =>
      Promise.reject(Object.assign(new Error('Consent required'), { error: 'consent_required' })),
    )
    render(
      <Auth0Context.Provider value={auth0.value}>
        <MyOrgProvider domain={testDomain} rateLimits={false}>
          <SessionStatus />
        </MyOrgProvider>
      </Auth0Context.Provider>,
    )

    await user.click(await screen.findByRole('button', { name: 'fix consent_required' }))

    expect(getAccessTokenWithPopup).toHaveBeenCalledWith({
      authorizationParams: { audience: testAudience, scope: myOrgKitScope },
      cacheMode: 'off',
    })
    expect(await screen.findByText('Acme Corp')).toBeInTheDocument()
  })

  it('with auth0, resolves login_required with a redirect', async () => {
    const user = userEvent.setup()
    const loginWithRedirect = vi.fn(() => Promise.resolve())
    const auth0 = fakeAuth0({ loginWithRedirect })
    auth0.getAccessTokenSilently.mockImplementation(() =>
      Promise.reject(Object.assign(new Error('Login required'), { error: 'login_required' })),
    )
    render(
      <Auth0Context.Provider value={auth0.value}>
        <MyOrgProvider domain={testDomain} rateLimits={false}>
          <SessionStatus />
        </MyOrgProvider>
      </Auth0Context.Provider>,
    )

    await user.click(await screen.findByRole('button', { name: 'fix login_required' }))

    expect(loginWithRedirect).toHaveBeenCalledWith({
      authorizationParams: { audience: testAudience, scope: myOrgKitScope },
    })
  })

  it('explains a missing <Auth0Provider> as a token error instead of hanging', async () => {
    render(
      <MyOrgProvider domain={testDomain} rateLimits={false}>
        <SessionStatus />
      </MyOrgProvider>,
    )
    expect(await screen.findByText('status: error')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'fix unknown' })).toBeInTheDocument()
  })
})
