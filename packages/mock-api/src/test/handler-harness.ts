/** What the handler's test files share: a handler on a store with a clock the test moves. */
import { createFaults } from '../faults.ts'
import { createMyOrgHandler } from '../handler.ts'
import { createMyOrgStore } from '../store.ts'
import { createMockAccessToken } from '../tokens.ts'

export const origin = 'https://tenant.example'
export const start = Date.UTC(2026, 4, 1, 12, 0, 0)

export function setup(seed: Parameters<typeof createMyOrgStore>[0] = {}) {
  let time = start
  const now = () => time
  const store = createMyOrgStore(seed, { now })
  const faults = createFaults()
  const handler = createMyOrgHandler({ store, faults })
  const token = createMockAccessToken({ now })
  async function call(
    method: string,
    path: string,
    init: { body?: unknown; rawBody?: string; token?: string | null } = {},
  ) {
    const headers = new Headers()
    const bearer = init.token === undefined ? token : init.token
    if (bearer !== null) {
      headers.set('authorization', `Bearer ${bearer}`)
    }
    let body: string | undefined
    if (init.rawBody !== undefined) {
      body = init.rawBody
    } else if (init.body !== undefined) {
      body = JSON.stringify(init.body)
    }
    if (body !== undefined) {
      headers.set('content-type', 'application/json')
    }
    const response = await handler(
      new Request(`${origin}/my-org${path}`, { method, headers, body }),
    )
    const text = await response.text()
    const json: unknown = text ? JSON.parse(text) : undefined
    return {
      status: response.status,
      headers: response.headers,
      text,
      body: json as Record<string, unknown> | undefined,
      /** The body as whatever JSON it is (an array for `POST /member-invitations`). */
      json,
    }
  }
  return {
    store,
    faults,
    handler,
    call,
    advance: (ms: number) => {
      time += ms
    },
    now,
  }
}

export function idpId(store: ReturnType<typeof createMyOrgStore>, name: string): string {
  const found = store.state.identityProviders.find((idp) => idp.name === name)
  if (!found) {
    throw new Error(`no seed idp ${name}`)
  }
  return found.id
}

export function domainId(store: ReturnType<typeof createMyOrgStore>, name: string): string {
  const found = store.findDomainByName(name)
  if (!found) {
    throw new Error(`no seed domain ${name}`)
  }
  return found.id
}
