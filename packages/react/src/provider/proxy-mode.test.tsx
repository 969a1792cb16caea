import { createMyOrgProxy } from '@myorg-kit/client/proxy'
import {
  createMockAccessToken,
  createMyOrgHandler,
  permissionSets,
  seedId,
} from '@myorg-kit/mock-api'
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'

import { faults, server, store } from '../../test/server.ts'
import { DomainList } from '../components/domain-list/domain-list.tsx'
import { MemberList } from '../components/member-list/member-list.tsx'
import { ScimTokenManager } from '../components/scim-token-manager/scim-token-manager.tsx'
import { createMyOrgQueryClient } from './create-query-client.ts'
import { MyOrgProvider } from './my-org-provider.tsx'
import type { MyOrgProxyConfig } from './proxy-session.ts'

const LOGIN = '/auth/login?returnTo=%2Fsettings'

interface ProxyOptions {
  /** What the host's server session holds: a token's scopes, an expired token, or nothing. */
  session?: { scopes: readonly string[]; sub?: string } | 'expired' | 'signed-out'
}

/** What reached the host's endpoint from the page: method, path, time and headers. */
interface BrowserCall {
  method: string
  path: string
  at: number
  authorization: string | null
}

/**
 * Mounts the real `createMyOrgProxy` at `/api/my-org` on the page's origin, in front of the
 * mock API (same store and faults as the other tests), and records what the page sent it.
 */
function mountProxy({ session = { scopes: permissionSets.admin } }: ProxyOptions = {}) {
  const api = createMyOrgHandler({ store, faults })
  const proxy = createMyOrgProxy({
    baseUrl: 'https://tenant.example/my-org',
    basePath: '/api/my-org',
    loginUrl: LOGIN,
    getAccessToken: () =>
      Promise.resolve(
        session === 'signed-out'
          ? null
          : session === 'expired'
            ? createMockAccessToken({ expiresInSeconds: -60 })
            : createMockAccessToken({
                scopes: session.scopes,
                ...(session.sub === undefined ? {} : { sub: session.sub }),
              }),
      ),
    fetch: (input, init) => api(new Request(input, init)),
  })
  const calls: BrowserCall[] = []
  server.use(
    http.all(`${window.location.origin}/api/my-org/*`, ({ request }) => {
      calls.push({
        method: request.method,
        path: new URL(request.url).pathname,
        at: Date.now(),
        authorization: request.headers.get('authorization'),
      })
      return proxy(request)
    }),
  )
  return calls
}

function renderThroughProxy(ui: ReactNode, proxy: Partial<MyOrgProxyConfig> = {}, domain?: string) {
  return render(
    <MyOrgProvider
      {...(domain === undefined ? {} : { domain })}
      proxy={{ baseUrl: '/api/my-org', ...proxy }}
      queryClient={createMyOrgQueryClient()}
      rateLimits={false}
    >
      {ui}
    </MyOrgProvider>,
  )
}

describe('MyOrgProvider proxy mode (no browser token, no Auth0Provider)', () => {
  it('loads and saves through the proxy, and the page never sends an Authorization header', async () => {
    const calls = mountProxy()
    const user = userEvent.setup()
    renderThroughProxy(<DomainList />)
    expect(await screen.findByRole('rowheader', { name: 'acme.com' })).toBeVisible()

    await user.type(screen.getByRole('textbox', { name: 'Domain' }), 'shop.acme.com')
    await user.click(screen.getByRole('button', { name: 'Add domain' }))
    expect(await screen.findByRole('group', { name: 'Verify shop.acme.com' })).toBeVisible()
    expect(store.state.domains.map((domain) => domain.domain)).toContain('shop.acme.com')

    expect(calls.map((call) => `${call.method} ${call.path}`)).toEqual(
      expect.arrayContaining([
        'GET /api/my-org/session',
        'GET /api/my-org/domains',
        'POST /api/my-org/domains',
      ]),
    )
    expect(calls.filter((call) => call.path === '/api/my-org/session')).toHaveLength(1)
    expect(calls.every((call) => call.authorization === null)).toBe(true)
  })

  it('hides write actions for a read-only member, from the scopes the session endpoint reports', async () => {
    mountProxy({ session: { scopes: permissionSets.readOnly } })
    renderThroughProxy(<DomainList />)
    expect(await screen.findByRole('rowheader', { name: 'acme.com' })).toBeVisible()
    expect(screen.queryByRole('textbox', { name: 'Domain' })).toBeNull()
    expect(screen.queryByRole('button', { name: /^Verify/ })).toBeNull()
    expect(screen.queryByRole('button', { name: /^Delete/ })).toBeNull()
  })

  it("shows the tenant's SCIM endpoint, named by the session endpoint, never the proxy's URL", async () => {
    mountProxy()
    const okta = seedId('con', 'acme-okta')
    renderThroughProxy(<ScimTokenManager identityProviderId={okta} />)
    expect(
      await screen.findByText(`https://tenant.example/scim/v2/connections/${okta}/`),
    ).toBeVisible()
  })

  it('takes the tenant from `domain` when the host fills the scopes on the server', async () => {
    const calls = mountProxy()
    const okta = seedId('con', 'acme-okta')
    renderThroughProxy(
      <ScimTokenManager identityProviderId={okta} />,
      { scopes: permissionSets.admin },
      'login.acme.example',
    )
    expect(
      await screen.findByText(`https://login.acme.example/scim/v2/connections/${okta}/`),
    ).toBeVisible()
    expect(calls.map((call) => call.path)).not.toContain('/api/my-org/session')
  })

  it('marks the signed-in member "You", from the session endpoint or from proxy.userId', async () => {
    const admin = store.state.members[0]!
    mountProxy({ session: { scopes: permissionSets.admin, sub: admin.user_id } })
    const first = renderThroughProxy(<MemberList />)
    const you = await screen.findByText('You')
    expect(within(you.closest('tr')!).getByText(admin.name)).toBeVisible()
    first.unmount()
    const calls = mountProxy()
    renderThroughProxy(<MemberList />, { scopes: permissionSets.admin, userId: admin.user_id })
    expect(await screen.findByText('You')).toBeVisible()
    expect(calls.map((call) => call.path)).not.toContain('/api/my-org/session')
  })

  it('uses proxy.scopes from the host without asking the session endpoint', async () => {
    const calls = mountProxy({ session: { scopes: permissionSets.readOnly } })
    renderThroughProxy(<DomainList />, { scopes: permissionSets.readOnly })
    expect(await screen.findByRole('rowheader', { name: 'acme.com' })).toBeVisible()
    expect(screen.queryByRole('textbox', { name: 'Domain' })).toBeNull()
    expect(calls.map((call) => call.path)).not.toContain('/api/my-org/session')
  })

  it('links "Sign in again" to the login URL when the server has no session', async () => {
    const calls = mountProxy({ session: 'signed-out' })
    renderThroughProxy(<DomainList />)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Please sign in again')
    expect(within(alert).getByRole('link', { name: 'Sign in again' })).toHaveAttribute(
      'href',
      LOGIN,
    )
    expect(calls.map((call) => call.path)).toEqual(['/api/my-org/session'])
  })

  it('turns a 401 from the proxy into the sign-in state, linked to proxy.loginUrl', async () => {
    mountProxy({ session: 'expired' })
    renderThroughProxy(<DomainList />, { loginUrl: '/login' })
    const link = await screen.findByRole('link', { name: 'Sign in again' })
    expect(link).toHaveAttribute('href', '/login')
    expect(screen.getAllByRole('alert')[0]).toHaveTextContent('Please sign in again')
  })

  it('waits for the Retry-After of a 429 passed back by the proxy, then loads', async () => {
    faults.rateLimit = { operations: ['listDomains'], retryAfterSeconds: 1, times: 1 }
    const calls = mountProxy()
    renderThroughProxy(<DomainList />)
    expect(
      await screen.findByRole('rowheader', { name: 'acme.com' }, { timeout: 5000 }),
    ).toBeVisible()
    const lists = calls.filter((call) => call.path === '/api/my-org/domains')
    expect(lists).toHaveLength(2)
    expect((lists[1]?.at ?? 0) - (lists[0]?.at ?? 0)).toBeGreaterThanOrEqual(950)
  })

  it("explains an unreachable proxy as the app's server, never as CORS", async () => {
    server.use(http.all(`${window.location.origin}/api/my-org/*`, () => HttpResponse.error()))
    renderThroughProxy(<DomainList />, { scopes: permissionSets.admin })
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 })
    expect(alert).toHaveTextContent('Could not reach this app’s server')
    expect(alert).toHaveTextContent(window.location.origin)
    expect(alert).not.toHaveTextContent(/CORS|Allowed Origins/)
  })

  it('says what is missing when neither domain, baseUrl nor proxy is given', () => {
    expect(() =>
      render(
        <MyOrgProvider>
          <p>never</p>
        </MyOrgProvider>,
      ),
    ).toThrow(/needs `domain`.*`baseUrl`, or `proxy`/)
  })
})
