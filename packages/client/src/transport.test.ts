import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'

import { createMyOrgClient } from './create-client.ts'
import {
  detailsOf,
  domainsOf,
  identityProvidersOf,
  membersOf,
  rolesOf,
} from './resources/accessors.ts'
import { createMyOrgTransport } from './transport.ts'
import { details, domain, role } from './test/fixtures.ts'
import { BASE, useRecordingServer } from './test/harness.ts'

const { server, recorded, record } = useRecordingServer()

function makeTransport() {
  const scopes: string[] = []
  const transport = createMyOrgTransport({
    domain: 'tenant.example.com',
    getAccessToken: ({ scope }) => {
      scopes.push(scope)
      return Promise.resolve('token')
    },
    rateLimits: false,
  })
  return { transport, scopes }
}

describe('createMyOrgTransport and the resource accessors', () => {
  it('sends a resource call through the transport with its token, like the full client', async () => {
    server.use(
      http.get(`${BASE}/domains`, async ({ request }) => {
        await record(request)
        return HttpResponse.json({ organization_domains: [domain] })
      }),
    )
    const { transport, scopes } = makeTransport()

    const page = await domainsOf(transport).list({ take: 5 })

    expect(page.organization_domains.map((d) => d.domain)).toEqual(['acme.com'])
    expect(recorded[0]?.authorization).toBe('Bearer token')
    expect(recorded[0]?.url.searchParams.get('take')).toBe('5')
    expect(scopes).toEqual(['read:my_org:domains'])
  })

  it('builds each resource once per transport, and a new one for another transport', () => {
    const first = makeTransport().transport
    const second = makeTransport().transport

    expect(domainsOf(first)).toBe(domainsOf(first))
    expect(identityProvidersOf(first)).toBe(identityProvidersOf(first))
    expect(domainsOf(second)).not.toBe(domainsOf(first))
  })

  it('accepts a full client wherever a transport goes', async () => {
    server.use(http.get(`${BASE}/details`, () => HttpResponse.json(details)))
    const client = createMyOrgClient({
      domain: 'tenant.example.com',
      getAccessToken: () => Promise.resolve('token'),
      rateLimits: false,
    })

    await expect(detailsOf(client).get()).resolves.toEqual(details)
    expect(client.baseUrl).toBe(BASE)
    expect(client.audience).toBe(`${BASE}/`)
  })

  it('loads the member operations on their first call and answers through them', async () => {
    server.use(http.get(`${BASE}/roles`, () => HttpResponse.json({ roles: [role] })))
    const { transport } = makeTransport()

    const page = await rolesOf(transport).list()

    expect(page.roles.map((r) => r.id)).toEqual([role.id])
    expect(membersOf(transport)).toBe(membersOf(transport))
  })
})
