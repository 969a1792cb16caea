import { HttpResponse, http } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { createMyOrgClient } from './create-client.ts'
import { MyOrgApiError, MyOrgNetworkError } from './errors.ts'
import { details, problem } from './test/fixtures.ts'
import { useRecordingServer } from './test/harness.ts'

const { server, recorded, record } = useRecordingServer()

const PROXY = 'https://app.example/api/my-org'

function cookieClient(baseUrl = PROXY, fetchImpl?: typeof fetch) {
  return createMyOrgClient({
    auth: 'cookie',
    baseUrl,
    rateLimits: false,
    sleep: () => Promise.resolve(),
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  })
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('cookie authentication (through the host proxy)', () => {
  it('sends no Authorization header, with same-origin credentials, and still validates', async () => {
    server.use(
      http.get(`${PROXY}/details`, async ({ request }) => {
        await record(request)
        return HttpResponse.json(details)
      }),
    )
    const inits: RequestInit[] = []
    const fetchImpl: typeof fetch = (input, init) => {
      inits.push(init ?? {})
      return globalThis.fetch(input, init)
    }
    await expect(cookieClient(PROXY, fetchImpl).details.get()).resolves.toEqual(details)
    expect(recorded).toHaveLength(1)
    expect(recorded[0]?.authorization).toBeNull()
    expect(inits[0]).toMatchObject({ credentials: 'same-origin', mode: 'same-origin' })
  })

  it('resolves a path-only base URL against the page', async () => {
    vi.stubGlobal('location', {
      href: 'https://app.example/settings/org',
      origin: 'https://app.example',
    })
    server.use(
      http.get(`${PROXY}/domains`, async ({ request }) => {
        await record(request)
        return HttpResponse.json({ organization_domains: [] })
      }),
    )
    const client = cookieClient('/api/my-org')
    expect(client.baseUrl).toBe(PROXY)
    await client.domains.list()
    expect(recorded.map((entry) => `${entry.url.origin}${entry.url.pathname}`)).toEqual([
      `${PROXY}/domains`,
    ])
  })

  it('does not retry a 401: only signing in again renews a server-side session', async () => {
    server.use(
      http.get(`${PROXY}/details`, async ({ request }) => {
        await record(request)
        return HttpResponse.json(
          {
            ...problem(401, 'A0E-401-0001', 'Unauthorized', 'Sign in again.'),
            error: 'unauthorized',
            loginUrl: '/auth/login',
          },
          { status: 401 },
        )
      }),
    )
    const error = await cookieClient()
      .details.get()
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MyOrgApiError)
    expect(error).toMatchObject({ status: 401 })
    expect(recorded).toHaveLength(1)
  })

  it('keeps Retry-After of a 429 and waits for it', async () => {
    let calls = 0
    server.use(
      http.get(`${PROXY}/details`, () => {
        calls += 1
        return calls === 1
          ? HttpResponse.json(problem(429, 'A0E-429-0001', 'Too Many Requests', 'Slow down.'), {
              status: 429,
              headers: { 'retry-after': '3' },
            })
          : HttpResponse.json(details)
      }),
    )
    const sleeps: number[] = []
    const client = createMyOrgClient({
      auth: 'cookie',
      baseUrl: PROXY,
      rateLimits: false,
      sleep: (ms) => {
        sleeps.push(ms)
        return Promise.resolve()
      },
    })
    await expect(client.details.get()).resolves.toEqual(details)
    expect(sleeps).toEqual([3000])
  })

  it('explains an unreachable proxy without suggesting CORS, and never probes with no-cors', async () => {
    vi.stubGlobal('location', {
      href: 'https://app.example/settings',
      origin: 'https://app.example',
    })
    const modes: (RequestMode | undefined)[] = []
    const fetchImpl: typeof fetch = (_input, init) => {
      modes.push(init?.mode)
      return Promise.reject(new TypeError('Failed to fetch'))
    }
    const error = await cookieClient('/api/my-org', fetchImpl)
      .details.get()
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MyOrgNetworkError)
    expect(error).toMatchObject({
      reason: 'offline',
      proxied: true,
      apiOrigin: 'https://app.example',
    })
    expect((error as Error).message).toContain("this app's My Organization endpoint")
    expect((error as Error).message).not.toMatch(/CORS|Allowed Origins/)
    expect(modes).toEqual(['same-origin'])
  })
})
