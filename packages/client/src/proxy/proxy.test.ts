import { describe, expect, it, vi } from 'vitest'

import { operations } from '../operations.ts'
import { createMyOrgProxy } from './create-proxy.ts'
import type { MyOrgProxyOptions } from './types.ts'

const ORIGIN = 'https://app.example'
const API = 'https://tenant.example/my-org'
const LOGIN = '/auth/login'

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url')
}

/** A JWT-shaped token (unsigned: the proxy only decodes it for the session endpoint). */
function tokenWith(claims: Record<string, unknown>): string {
  return `${base64url({ alg: 'none' })}.${base64url(claims)}.signature-part`
}

const TOKEN = tokenWith({
  scope: 'read:my_org:domains create:my_org:domains',
  org_id: 'org_abc',
  sub: 'auth0|admin',
  exp: 4_102_444_800,
})

/** A `Request` whose `url` is the request target exactly as sent, as a server might hand it over. */
class RawRequest extends Request {
  readonly #raw: string
  constructor(raw: string, init?: RequestInit) {
    super(`${ORIGIN}/`, init)
    this.#raw = raw
  }
  override get url(): string {
    return `${ORIGIN}${this.#raw}`
  }
}

interface Upstream {
  fetch: typeof fetch
  calls: Request[]
}

/** A fake API: records every request and answers with `respond` (200 `{}` by default). */
function fakeUpstream(
  respond: (request: Request) => Response | Promise<Response> = () => Response.json({}),
): Upstream {
  const calls: Request[] = []
  const fetchImpl: typeof fetch = (input, init) => {
    const request = new Request(input, init)
    calls.push(request)
    return Promise.resolve(respond(request))
  }
  return { fetch: fetchImpl, calls }
}

function makeProxy(upstream: Upstream, options: Partial<MyOrgProxyOptions> = {}) {
  return createMyOrgProxy({
    baseUrl: API,
    basePath: '/api/my-org',
    getAccessToken: () => Promise.resolve(TOKEN),
    loginUrl: LOGIN,
    maxBodyBytes: 1024,
    fetch: upstream.fetch,
    ...options,
  })
}

const json = { 'content-type': 'application/json' }

function apiProblem(status: number, code: string, title: string) {
  return { type: `https://auth0.com/api-errors#${code}`, status, title }
}
const bigBody = JSON.stringify({ domain: 'x'.repeat(2000) })

function streamOf(bytes: number): ReadableStream<Uint8Array> {
  let sent = 0
  return new ReadableStream({
    pull(controller) {
      if (sent >= bytes) {
        controller.close()
        return
      }
      controller.enqueue(new Uint8Array(256).fill(0x20))
      sent += 256
    },
  })
}

/** A request factory (each test gets a fresh, unread request). */
function req(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: BodyInit,
): () => Request {
  return () =>
    new Request(`${ORIGIN}${path}`, { method, headers, ...(body === undefined ? {} : { body }) })
}

/** A request whose target reaches the handler as sent (see {@link RawRequest}). */
function raw(path: string): () => Request {
  return () => new RawRequest(path)
}

const mine = { ...json, origin: ORIGIN }
const domain = '{"domain":"a.com"}'
const domains = '/api/my-org/domains'

/** What was tried -> the status that came back. The upstream must never be called for any. */
const refusals: { tried: string; request: () => Request; status: number; allow?: string }[] = [
  {
    tried: 'GET unknown path /api/my-org/nope',
    request: req('GET', '/api/my-org/nope'),
    status: 404,
  },
  {
    tried: 'GET path outside basePath /api/other/domains',
    request: req('GET', '/api/other/domains'),
    status: 404,
  },
  {
    tried: 'GET extra segment /api/my-org/domains/d1/verify/x',
    request: req('GET', '/api/my-org/domains/d1/verify/x'),
    status: 404,
  },
  {
    tried:
      'encoded dot-dots the URL parser folds: /api/my-org/domains/%2e%2e/%2e%2e/etc (arrives as /api/etc)',
    request: req('GET', '/api/my-org/domains/%2e%2e/%2e%2e/etc'),
    status: 404,
  },
  {
    tried: 'PUT known path /api/my-org/domains',
    request: req('PUT', domains, json, '{}'),
    status: 405,
    allow: 'GET, POST',
  },
  {
    tried: 'HEAD /api/my-org/details',
    request: req('HEAD', '/api/my-org/details'),
    status: 405,
    allow: 'GET, PATCH',
  },
  {
    tried: 'POST /api/my-org/session',
    request: req('POST', '/api/my-org/session', { origin: ORIGIN }),
    status: 405,
    allow: 'GET',
  },
  {
    tried: 'raw dot-dot segment /api/my-org/domains/../roles',
    request: raw('/api/my-org/domains/../roles'),
    status: 400,
  },
  {
    tried: 'raw dot segment /api/my-org/./domains',
    request: raw('/api/my-org/./domains'),
    status: 400,
  },
  {
    tried: 'raw encoded dots /api/my-org/domains/%2e%2e/verify',
    request: raw('/api/my-org/domains/%2e%2e/verify'),
    status: 400,
  },
  {
    tried: 'encoded dot in a param /api/my-org/domains/a%2Eb',
    request: req('GET', '/api/my-org/domains/a%2Eb'),
    status: 400,
  },
  {
    tried: 'encoded slash /api/my-org/domains/a%2fb',
    request: req('GET', '/api/my-org/domains/a%2fb'),
    status: 400,
  },
  {
    tried: 'encoded backslash /api/my-org/domains/a%5Cb',
    request: req('GET', '/api/my-org/domains/a%5Cb'),
    status: 400,
  },
  {
    tried: 'double-encoded slash /api/my-org/domains/a%252fb',
    request: req('GET', '/api/my-org/domains/a%252fb'),
    status: 400,
  },
  {
    tried: 'raw backslash /api/my-org/domains\\d1',
    request: raw('/api/my-org/domains\\d1'),
    status: 400,
  },
  {
    tried: 'double slash /api/my-org//domains',
    request: req('GET', '/api/my-org//domains'),
    status: 400,
  },
  {
    tried: 'NUL byte /api/my-org/domains/a%00b',
    request: req('GET', '/api/my-org/domains/a%00b'),
    status: 400,
  },
  {
    tried: 'malformed escape /api/my-org/domains/%E0%A4%A',
    request: req('GET', '/api/my-org/domains/%E0%A4%A'),
    status: 400,
  },
  {
    tried: 'GET with Sec-Fetch-Site: cross-site',
    request: req('GET', domains, { 'sec-fetch-site': 'cross-site' }),
    status: 403,
  },
  {
    tried: 'GET session with Sec-Fetch-Site: cross-site',
    request: req('GET', '/api/my-org/session', { 'sec-fetch-site': 'cross-site' }),
    status: 403,
  },
  {
    tried: 'POST with Sec-Fetch-Site: same-site',
    request: req('POST', domains, { ...json, 'sec-fetch-site': 'same-site' }, domain),
    status: 403,
  },
  {
    tried: 'DELETE with Sec-Fetch-Site: none',
    request: req('DELETE', '/api/my-org/domains/d1', { 'sec-fetch-site': 'none' }),
    status: 403,
  },
  {
    tried: 'POST with Origin: https://evil.example',
    request: req('POST', domains, { ...json, origin: 'https://evil.example' }, domain),
    status: 403,
  },
  {
    tried: 'POST with Origin: null',
    request: req('POST', domains, { ...json, origin: 'null' }, domain),
    status: 403,
  },
  {
    tried: 'GET with Origin: https://evil.example',
    request: req('GET', domains, { origin: 'https://evil.example' }),
    status: 403,
  },
  {
    tried: 'POST with Origin of a sibling subdomain https://evil.app.example',
    request: req('POST', domains, { ...json, origin: 'https://evil.app.example' }, '{}'),
    status: 403,
  },
  {
    tried: 'POST body over maxBodyBytes (Content-Length)',
    request: req('POST', domains, mine, bigBody),
    status: 413,
  },
  {
    tried: 'POST streamed body over maxBodyBytes (no Content-Length)',
    request: () =>
      new Request(`${ORIGIN}${domains}`, {
        method: 'POST',
        headers: mine,
        body: streamOf(4096),
        duplex: 'half',
      } as RequestInit),
    status: 413,
  },
  {
    tried: 'POST body with Content-Type: text/plain',
    request: req('POST', domains, { 'content-type': 'text/plain', origin: ORIGIN }, domain),
    status: 415,
  },
  {
    tried: 'POST form body (application/x-www-form-urlencoded)',
    request: req('POST', domains, { origin: ORIGIN }, new URLSearchParams({ domain: 'a.com' })),
    status: 415,
  },
  {
    tried: 'POST body without Content-Type',
    request: req('POST', domains, { origin: ORIGIN }, new TextEncoder().encode(domain)),
    status: 415,
  },
]

describe('createMyOrgProxy refusals', () => {
  for (const { tried, request, status, allow } of refusals) {
    it(`${tried} -> ${status}`, async () => {
      const upstream = fakeUpstream()
      const response = await makeProxy(upstream)(request())
      expect(response.status).toBe(status)
      expect(response.headers.get('content-type')).toBe('application/json')
      expect(response.headers.get('cache-control')).toBe('no-store')
      const body = (await response.json()) as { status: number; error: string; detail: string }
      expect(body.status).toBe(status)
      expect(body.error).toMatch(/^[a-z_]+$/)
      expect(body.detail.length).toBeGreaterThan(0)
      expect(response.headers.get('allow')).toBe(allow ?? null)
      expect(upstream.calls).toHaveLength(0)
    })
  }

  it('answers 401 with the login URL, without calling the API, when the host has no token', async () => {
    for (const getAccessToken of [
      () => Promise.resolve(null),
      () => Promise.reject(new Error('no session')),
    ]) {
      const upstream = fakeUpstream()
      const response = await makeProxy(upstream, { getAccessToken })(
        new Request(`${ORIGIN}/api/my-org/domains`),
      )
      expect(response.status).toBe(401)
      expect(await response.json()).toMatchObject({ error: 'unauthorized', loginUrl: LOGIN })
      expect(upstream.calls).toHaveLength(0)
    }
  })

  it('never reaches another host: the forwarded URL comes from the configured base URL only', async () => {
    const upstream = fakeUpstream()
    const proxy = makeProxy(upstream)
    await proxy(
      new Request('https://evil.example/api/my-org/domains?take=5', {
        headers: { host: 'evil.example' },
      }),
    )
    await proxy(new Request(`${ORIGIN}/api/my-org/domains/%2e%2e/%2e%2e/%2e%2e/@evil.example/x`))
    expect(upstream.calls.map((call) => call.url)).toEqual([`${API}/domains?take=5`])
  })

  it('no operation path collides with the session endpoint', () => {
    const first = Object.values(operations).map((operation) => operation.path.split('/')[1])
    expect(first).not.toContain('session')
  })
})

describe('createMyOrgProxy forwarding', () => {
  it('forwards an allowed operation with the token, the query and the body', async () => {
    const upstream = fakeUpstream(() =>
      Response.json({ id: 'd1', domain: 'a.com' }, { status: 201 }),
    )
    const response = await makeProxy(upstream)(
      new Request(`${ORIGIN}/api/my-org/domains?x=1`, {
        method: 'POST',
        headers: { ...json, origin: ORIGIN, 'sec-fetch-site': 'same-origin' },
        body: '{"domain":"a.com"}',
      }),
    )
    expect(response.status).toBe(201)
    expect(await response.json()).toEqual({ id: 'd1', domain: 'a.com' })
    const [call] = upstream.calls
    expect(call?.method).toBe('POST')
    expect(call?.url).toBe(`${API}/domains?x=1`)
    expect(call?.headers.get('authorization')).toBe(`Bearer ${TOKEN}`)
    expect(await call?.text()).toBe('{"domain":"a.com"}')
  })

  it('forwards path parameters as sent, and the API root for DELETE /', async () => {
    const upstream = fakeUpstream(() => new Response(null, { status: 204 }))
    const proxy = makeProxy(upstream)
    const del = { method: 'DELETE', headers: { origin: ORIGIN } }
    expect(
      (await proxy(new Request(`${ORIGIN}/api/my-org/members/auth0%7C123/roles`))).status,
    ).toBe(204)
    expect(
      (
        await proxy(
          new Request(`${ORIGIN}/api/my-org/identity-providers/con_1/domains/acme.com`, del),
        )
      ).status,
    ).toBe(204)
    expect((await proxy(new Request(`${ORIGIN}/api/my-org`, del))).status).toBe(204)
    expect(upstream.calls.map((call) => `${call.method} ${call.url}`)).toEqual([
      `GET ${API}/members/auth0%7C123/roles`,
      `DELETE ${API}/identity-providers/con_1/domains/acme.com`,
      `DELETE ${API}/`,
    ])
  })

  it('lets through the allowed origins, and state-changing requests from non-browser clients', async () => {
    const upstream = fakeUpstream()
    const proxy = makeProxy(upstream, { allowedOrigins: ['https://admin.example'] })
    const post = (headers: Record<string, string>) =>
      proxy(
        new Request(`${ORIGIN}/api/my-org/domains`, {
          method: 'POST',
          headers: { ...json, ...headers },
          body: '{}',
        }),
      )
    expect((await post({ origin: 'https://admin.example' })).status).toBe(200)
    expect((await post({})).status).toBe(200)
    expect((await post({ origin: ORIGIN, 'sec-fetch-site': 'same-origin' })).status).toBe(200)
    expect(upstream.calls).toHaveLength(3)
  })

  it('sends only the allowlisted request headers and the bearer token', async () => {
    const upstream = fakeUpstream()
    await makeProxy(upstream)(
      new Request(`${ORIGIN}/api/my-org/member-invitations`, {
        method: 'POST',
        headers: {
          ...json,
          origin: ORIGIN,
          accept: 'application/json',
          'accept-language': 'fr-FR',
          'auth0-custom-domain': 'login.acme.com',
          'if-match': '"v1"',
          authorization: 'Bearer from-the-browser',
          cookie: 'appSession=secret',
          host: 'evil.example',
          'x-forwarded-for': '10.0.0.1',
          'x-forwarded-host': 'evil.example',
          connection: 'keep-alive, x-custom',
          'keep-alive': 'timeout=5',
          te: 'trailers',
          trailer: 'x-trailer',
          upgrade: 'websocket',
          'proxy-authorization': 'Basic abc',
          'x-custom': 'nope',
        },
        body: '{"invitees":[]}',
      }),
    )
    const sent = Object.fromEntries(upstream.calls[0]?.headers ?? [])
    expect(sent).toEqual({
      accept: 'application/json',
      'accept-language': 'fr-FR',
      'auth0-custom-domain': 'login.acme.com',
      authorization: `Bearer ${TOKEN}`,
      'content-type': 'application/json',
      'if-match': '"v1"',
    })
  })

  it('passes status, body and rate-limit headers back, strips cookies and hop-by-hop headers', async () => {
    const problem = apiProblem(429, 'A0E-429-0001', 'Too Many Requests')
    const passed = {
      'content-type': 'application/problem+json',
      'retry-after': '7',
      'x-ratelimit-limit': '4',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': '1700000000',
      'ratelimit-policy': '4;w=1',
      'x-auth0-error-kind': 'global-rate-limit',
    }
    const upstream = fakeUpstream(
      () =>
        new Response(JSON.stringify(problem), {
          status: 429,
          headers: {
            ...passed,
            'set-cookie': 'did=tracker; Secure',
            connection: 'close',
            'keep-alive': 'timeout=5',
            'access-control-allow-origin': '*',
            'cache-control': 'public, max-age=600',
          },
        }),
    )
    const response = await makeProxy(upstream)(new Request(`${ORIGIN}/api/my-org/domains`))
    expect(response.status).toBe(429)
    expect(await response.json()).toEqual(problem)
    expect(Object.fromEntries(response.headers)).toEqual({ 'cache-control': 'no-store', ...passed })
  })

  it("passes the API's own 401 through unchanged", async () => {
    const problem = apiProblem(401, 'A0E-401-0002', 'Invalid Token')
    const upstream = fakeUpstream(() => Response.json(problem, { status: 401 }))
    const response = await makeProxy(upstream)(new Request(`${ORIGIN}/api/my-org/details`))
    expect(response.status).toBe(401)
    expect(await response.json()).toEqual(problem)
  })

  it('answers 502 with a JSON error when the tenant cannot be reached', async () => {
    const proxy = makeProxy({
      fetch: () => Promise.reject(new TypeError('fetch failed')),
      calls: [],
    })
    const response = await proxy(new Request(`${ORIGIN}/api/my-org/details`))
    expect(response.status).toBe(502)
    expect(await response.json()).toMatchObject({ error: 'upstream_unreachable', status: 502 })
  })
})

describe('createMyOrgProxy session endpoint', () => {
  it('reports the scopes, organization and user of the token and the tenant origin, never the token, not cached', async () => {
    const upstream = fakeUpstream()
    const response = await makeProxy(upstream)(new Request(`${ORIGIN}/api/my-org/session`))
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toEqual({
      authenticated: true,
      scopes: ['read:my_org:domains', 'create:my_org:domains'],
      organizationId: 'org_abc',
      userId: 'auth0|admin',
      tenantOrigin: 'https://tenant.example',
      loginUrl: LOGIN,
    })
    expect(upstream.calls).toHaveLength(0)
  })

  it("uses the host's getScopes when given", async () => {
    const getScopes = vi.fn(() => Promise.resolve(['read:my_org:details']))
    const response = await makeProxy(fakeUpstream(), { getScopes })(
      new Request(`${ORIGIN}/api/my-org/session`),
    )
    expect(await response.json()).toMatchObject({
      authenticated: true,
      scopes: ['read:my_org:details'],
    })
    expect(getScopes).toHaveBeenCalledTimes(1)
  })

  it('answers 200 with authenticated: false and the login URL when signed out', async () => {
    const proxy = makeProxy(fakeUpstream(), { getAccessToken: () => Promise.resolve(null) })
    const response = await proxy(new Request(`${ORIGIN}/api/my-org/session`))
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({
      authenticated: false,
      scopes: [],
      tenantOrigin: 'https://tenant.example',
      loginUrl: LOGIN,
    })
  })
})

describe('createMyOrgProxy secrecy', () => {
  it('never puts the token in any response', async () => {
    const echo = fakeUpstream((request) =>
      Response.json(
        { echoed: request.headers.get('authorization') === null ? 'none' : 'hidden' },
        { status: 401 },
      ),
    )
    const failing: Upstream = { fetch: () => Promise.reject(new Error(`boom ${TOKEN}`)), calls: [] }
    const requests = [
      ...refusals.map((row) => row.request()),
      new Request(`${ORIGIN}/api/my-org/session`),
      new Request(`${ORIGIN}/api/my-org/domains`),
    ]
    const responses = [
      ...(await Promise.all(requests.map((request) => makeProxy(echo)(request)))),
      await makeProxy(failing)(new Request(`${ORIGIN}/api/my-org/domains`)),
    ]
    for (const response of responses) {
      const text = `${JSON.stringify([...response.headers])}${await response.text()}`
      expect(text).not.toContain(TOKEN)
      expect(text).not.toContain(TOKEN.split('.')[1])
    }
    expect(responses.map((response) => response.status)).toContain(502)
  })

  it('never logs', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((name) =>
      vi.spyOn(console, name).mockImplementation(() => undefined),
    )
    const proxy = makeProxy({ fetch: () => Promise.reject(new Error('down')), calls: [] })
    await proxy(new Request(`${ORIGIN}/api/my-org/details`))
    await proxy(new RawRequest('/api/my-org/../x'))
    await proxy(new Request(`${ORIGIN}/api/my-org/session`))
    for (const spy of spies) {
      expect(spy).not.toHaveBeenCalled()
      spy.mockRestore()
    }
  })
})
