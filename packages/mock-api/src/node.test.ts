import { createMyOrgClient } from '@myorg-kit/client'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { setupMyOrgServer } from './node.ts'
import { createMockAccessToken } from './tokens.ts'

const { server, store, faults } = setupMyOrgServer()
const auth = { authorization: `Bearer ${createMockAccessToken()}` }

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' })
})
afterEach(() => {
  server.resetHandlers()
  store.reset()
  faults.reset()
})
afterAll(() => {
  server.close()
})

describe('setupMyOrgServer', () => {
  it('serves the API to a real fetch on any origin', async () => {
    const res = await fetch('https://tenant.example/my-org/details', { headers: auth })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/json')
    expect(((await res.json()) as { display_name: string }).display_name).toBe('Acme Corp')

    const other = await fetch('https://acme.eu.auth0.com/my-org/config', { headers: auth })
    expect(other.status).toBe(200)
  })

  it('keeps state across requests and resets it', async () => {
    const created = await fetch('https://tenant.example/my-org/domains', {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ domain: 'new.acme.com' }),
    })
    expect(created.status).toBe(201)
    expect(store.findDomainByName('new.acme.com')).toBeDefined()
    store.reset()
    expect(store.findDomainByName('new.acme.com')).toBeUndefined()
  })

  it('returns 204 with an empty body for deletes', async () => {
    const id = store.findDomainByName('acme-legacy.net')!.id
    const res = await fetch(`https://tenant.example/my-org/domains/${id}`, {
      method: 'DELETE',
      headers: auth,
    })
    expect(res.status).toBe(204)
    expect(await res.text()).toBe('')
  })

  it('turns the networkError fault into a fetch TypeError', async () => {
    faults.networkError = { times: 1 }
    await expect(
      fetch('https://tenant.example/my-org/details', { headers: auth }),
    ).rejects.toBeInstanceOf(TypeError)
    const next = await fetch('https://tenant.example/my-org/details', { headers: auth })
    expect(next.status).toBe(200)
  })

  it('corsBlocked fails the authenticated call but lets the credential-less probe through', async () => {
    faults.corsBlocked = {}
    await expect(
      fetch('https://tenant.example/my-org/details', { headers: auth }),
    ).rejects.toBeInstanceOf(TypeError)
    const probe = await fetch('https://tenant.example/my-org/details')
    expect(probe.status).toBe(401)
  })

  it('lets the client tell a CORS refusal (corsBlocked) from an unreachable API (networkError)', async () => {
    const client = createMyOrgClient({
      domain: 'tenant.example',
      getAccessToken: () => Promise.resolve(createMockAccessToken()),
      retry: { maxRetries: 0 },
    })
    faults.corsBlocked = {}
    await expect(client.details.get()).rejects.toMatchObject({ kind: 'network', reason: 'cors' })
    faults.reset()
    faults.networkError = {}
    await expect(client.details.get()).rejects.toMatchObject({ kind: 'network', reason: 'offline' })
  })

  it('surfaces a 429 fault with readable headers', async () => {
    faults.rateLimit = { retryAfterSeconds: 3 }
    const res = await fetch('https://tenant.example/my-org/domains', { headers: auth })
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after')).toBe('3')
  })

  it('does not intercept other paths', async () => {
    await expect(fetch('https://tenant.example/api/v2/users')).rejects.toThrow()
  })
})
