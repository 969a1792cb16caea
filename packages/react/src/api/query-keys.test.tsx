import {
  createDomainFixture,
  createMockAccessToken,
  createMyOrgHandler,
  createMyOrgStore,
  decodeMockAccessToken,
  seedId,
  seedOrganizationId,
} from '@myorg-kit/mock-api'
import { screen, waitFor } from '@testing-library/react'
import { http } from 'msw'
import { describe, expect, it, vi } from 'vitest'

import { renderWithMyOrg } from '../../test/render.tsx'
import { server } from '../../test/server.ts'
import type { MyOrgGetAccessToken } from '../provider/my-org-provider.tsx'
import { useDomains } from './domains.queries.ts'
import { useOrgDetails } from './organization.queries.ts'
import { myOrgKeys } from './query-keys.ts'

const globexId = seedId('org', 'globex')

/** A second organization, served by its own mock store; requests are routed by the token's org_id. */
function serveGlobex() {
  const store = createMyOrgStore({
    organization: { id: globexId, name: 'globex', display_name: 'Globex Inc' },
    domains: [createDomainFixture('globex.com', { status: 'verified', orgId: globexId })],
  })
  const handler = createMyOrgHandler({ store })
  const held: (() => void)[] = []
  const gate = { hold: false }
  server.use(
    http.all('*/my-org/*', async ({ request }) => {
      const token = request.headers.get('authorization')?.replace(/^Bearer /, '') ?? ''
      if (decodeMockAccessToken(token)?.org_id !== globexId) {
        return undefined // fall through to the acme handlers
      }
      if (gate.hold) {
        await new Promise<void>((resolve) => {
          held.push(resolve)
        })
      }
      return handler(request)
    }),
  )
  return {
    gate,
    release: () => {
      for (const resolve of held.splice(0)) {
        resolve()
      }
    },
  }
}

function OrgView() {
  const details = useOrgDetails()
  const domains = useDomains()
  return (
    <div>
      <h1>{details.data?.display_name ?? 'no organization'}</h1>
      <ul aria-label="domains">
        {domains.data?.domains.map((domain) => (
          <li key={domain.id}>{domain.domain}</li>
        ))}
      </ul>
    </div>
  )
}

const orgTokenGetter = vi.fn<MyOrgGetAccessToken>(({ audience, organizationId }) =>
  Promise.resolve(
    createMockAccessToken({ audience, ...(organizationId ? { orgId: organizationId } : {}) }),
  ),
)

describe('myOrgKeys', () => {
  it('roots every key at the API and the organization', () => {
    const acme = { api: 'https://tenant.example/my-org', organizationId: 'org_a' }
    const globex = { api: 'https://tenant.example/my-org', organizationId: 'org_b' }
    expect(myOrgKeys.details(acme)).toEqual(['myorg-kit', acme.api, 'org_a', 'details'])
    expect(myOrgKeys.details(acme)).not.toEqual(myOrgKeys.details(globex))
    expect(myOrgKeys.domainList(acme, { take: 50 }).slice(0, 3)).toEqual(myOrgKeys.all(acme))
    expect(myOrgKeys.scimTokens(acme, 'con_1').slice(0, 6)).toEqual(
      myOrgKeys.identityProvider(acme, 'con_1'),
    )
  })

  it('takes the organization from the token when no organizationId prop is given', async () => {
    const { queryClient } = renderWithMyOrg(<OrgView />)
    expect(await screen.findByText('acme.com')).toBeInTheDocument()
    const queries = queryClient.getQueryCache().getAll()
    const fetched = queries.filter((query) => query.state.dataUpdateCount > 0)
    expect(fetched.length).toBe(2)
    for (const query of fetched) {
      expect(query.queryKey.slice(0, 3)).toEqual([
        'myorg-kit',
        'https://tenant.example/my-org',
        seedOrganizationId,
      ])
    }
    // Before the token told us the organization, queries were disabled: nothing was fetched
    // under an unknown organization.
    for (const query of queries.filter((q) => q.queryKey[2] === null)) {
      expect(query.state.dataUpdateCount).toBe(0)
      expect(query.state.fetchStatus).toBe('idle')
    }
  })
})

describe('switching organization', () => {
  it('refetches for the new organization and never shows the old one’s data', async () => {
    const globex = serveGlobex()
    const { rerenderWithProps, getAccessToken } = renderWithMyOrg(<OrgView />, {
      getAccessToken: orgTokenGetter,
      providerProps: { organizationId: seedOrganizationId },
    })
    expect(await screen.findByRole('heading', { name: 'Acme Corp' })).toBeInTheDocument()
    expect(screen.getByText('acme.com')).toBeInTheDocument()

    // Hold Globex's answers so we can look at the screen while they are in flight.
    globex.gate.hold = true
    rerenderWithProps({ organizationId: globexId })

    await waitFor(() => {
      expect(screen.getByRole('heading', { name: 'no organization' })).toBeInTheDocument()
    })
    expect(screen.queryByText('acme.com')).not.toBeInTheDocument()

    globex.gate.hold = false
    globex.release()
    expect(await screen.findByRole('heading', { name: 'Globex Inc' })).toBeInTheDocument()
    expect(await screen.findByText('globex.com')).toBeInTheDocument()
    expect(screen.queryByText('acme.com')).not.toBeInTheDocument()
    // One token per organization.
    expect(getAccessToken.mock.calls.map(([request]) => request.organizationId)).toEqual([
      seedOrganizationId,
      globexId,
    ])
  })
})
