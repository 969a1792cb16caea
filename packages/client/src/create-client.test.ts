import { HttpResponse, delay, http } from 'msw'
import { describe, expect, it } from 'vitest'

import { resolveBaseUrl } from './base-url.ts'
import { createMyOrgClient } from './create-client.ts'
import {
  MyOrgApiError,
  MyOrgNetworkError,
  MyOrgRequestValidationError,
  MyOrgResponseValidationError,
  MyOrgTokenError,
} from './errors.ts'
import { operations } from './operations.ts'
import { details, domain, okta, problem, provisioning, scimToken } from './test/fixtures.ts'
import { BASE, type EndpointCase, makeClient, useRecordingServer } from './test/harness.ts'
import { memberCases } from './test/member-cases.ts'

const { server, recorded, record } = useRecordingServer()

const cases: EndpointCase[] = [
  {
    operation: 'getOrganizationDetails',
    call: (c) => c.details.get(),
    path: '/details',
    status: 200,
    response: details,
  },
  {
    operation: 'updateOrganizationDetails',
    call: (c) => c.details.update({ display_name: 'Acme Inc.' }),
    path: '/details',
    body: { display_name: 'Acme Inc.' },
    status: 200,
    response: details,
  },
  { operation: 'deleteOrganization', call: (c) => c.organization.delete(), path: '/', status: 204 },
  {
    operation: 'getConfiguration',
    call: (c) => c.configuration.get(),
    path: '/config',
    status: 200,
    response: { allowed_strategies: ['okta'], connection_deletion_behavior: 'allow' },
  },
  {
    operation: 'getIdentityProvidersConfiguration',
    call: (c) => c.configuration.identityProviders(),
    path: '/config/identity-providers',
    status: 200,
    response: {
      organization: { can_set_show_as_button: true, can_set_assign_membership_on_login: false },
      strategies: {
        googleapps: { enabled_features: ['provisioning'], provisioning_methods: ['scim'] },
      },
    },
  },
  {
    operation: 'listDomains',
    call: (c) => c.domains.list({ take: 10, from: 'cursor-1' }),
    path: '/domains',
    query: { take: '10', from: 'cursor-1' },
    status: 200,
    response: { organization_domains: [domain] },
  },
  {
    operation: 'createDomain',
    call: (c) => c.domains.create({ domain: 'acme.com' }),
    path: '/domains',
    body: { domain: 'acme.com' },
    status: 201,
    response: domain,
  },
  {
    operation: 'getDomain',
    call: (c) => c.domains.get(domain.id),
    path: `/domains/${domain.id}`,
    status: 200,
    response: domain,
  },
  {
    operation: 'deleteDomain',
    call: (c) => c.domains.delete(domain.id),
    path: `/domains/${domain.id}`,
    status: 204,
  },
  {
    operation: 'verifyDomain',
    call: (c) => c.domains.verify(domain.id),
    path: `/domains/${domain.id}/verify`,
    status: 202,
    response: { ...domain, status: 'verified' },
  },
  {
    operation: 'listDomainIdentityProviders',
    call: (c) => c.domains.identityProviders(domain.id),
    path: `/domains/${domain.id}/identity-providers`,
    status: 200,
    response: { identity_providers: [{ id: okta.id, name: 'acme-okta' }] },
  },
  {
    operation: 'listIdentityProviders',
    call: (c) => c.identityProviders.list({ memberAccessLevel: ['full', 'limited'] }),
    path: '/identity-providers',
    query: { member_access_level: ['full', 'limited'] },
    status: 200,
    response: { identity_providers: [okta] },
  },
  {
    operation: 'createIdentityProvider',
    call: (c) =>
      c.identityProviders.create({
        strategy: 'okta',
        name: 'acme-okta',
        display_name: 'Acme Okta',
        options: { domain: 'acme.okta.com', client_id: 'abc', client_secret: 's3cret' },
      }),
    path: '/identity-providers',
    body: {
      strategy: 'okta',
      name: 'acme-okta',
      display_name: 'Acme Okta',
      options: { domain: 'acme.okta.com', client_id: 'abc', client_secret: 's3cret' },
    },
    status: 201,
    response: okta,
  },
  {
    operation: 'getIdentityProvider',
    call: (c) => c.identityProviders.get(okta.id!),
    path: `/identity-providers/${okta.id!}`,
    status: 200,
    response: okta,
  },
  {
    operation: 'updateIdentityProvider',
    call: (c) => c.identityProviders.update(okta.id!, { is_enabled: false }),
    path: `/identity-providers/${okta.id!}`,
    body: { is_enabled: false },
    status: 200,
    response: { ...okta, is_enabled: false },
  },
  {
    operation: 'deleteIdentityProvider',
    call: (c) => c.identityProviders.delete(okta.id!),
    path: `/identity-providers/${okta.id!}`,
    status: 204,
  },
  {
    operation: 'detachIdentityProvider',
    call: (c) => c.identityProviders.detach(okta.id!),
    path: `/identity-providers/${okta.id!}/detach`,
    status: 204,
  },
  {
    operation: 'refreshIdentityProviderAttributes',
    call: (c) => c.identityProviders.refreshAttributes(okta.id!),
    path: `/identity-providers/${okta.id!}/update-attributes`,
    body: {},
    status: 200,
    response: okta,
  },
  {
    operation: 'addIdentityProviderDomain',
    call: (c) => c.identityProviders.domains.add(okta.id!, 'acme.com'),
    path: `/identity-providers/${okta.id!}/domains`,
    body: { domain: 'acme.com' },
    status: 201,
    response: { domain: 'acme.com' },
  },
  {
    operation: 'removeIdentityProviderDomain',
    call: (c) => c.identityProviders.domains.remove(okta.id!, 'acme.com'),
    path: `/identity-providers/${okta.id!}/domains/acme.com`,
    status: 204,
  },
  {
    operation: 'getProvisioning',
    call: (c) => c.identityProviders.provisioning.get(okta.id!),
    path: `/identity-providers/${okta.id!}/provisioning`,
    status: 200,
    response: provisioning,
  },
  {
    operation: 'createProvisioning',
    call: (c) => c.identityProviders.provisioning.create(okta.id!),
    path: `/identity-providers/${okta.id!}/provisioning`,
    status: 201,
    response: provisioning,
  },
  {
    operation: 'deleteProvisioning',
    call: (c) => c.identityProviders.provisioning.delete(okta.id!),
    path: `/identity-providers/${okta.id!}/provisioning`,
    status: 204,
  },
  {
    operation: 'refreshProvisioningAttributes',
    call: (c) => c.identityProviders.provisioning.refreshAttributes(okta.id!),
    path: `/identity-providers/${okta.id!}/provisioning/update-attributes`,
    body: {},
    status: 200,
    response: provisioning,
  },
  {
    operation: 'listScimTokens',
    call: (c) => c.identityProviders.provisioning.scimTokens.list(okta.id!),
    path: `/identity-providers/${okta.id!}/provisioning/scim-tokens`,
    status: 200,
    response: { scim_tokens: [scimToken] },
  },
  {
    operation: 'createScimToken',
    call: (c) =>
      c.identityProviders.provisioning.scimTokens.create(okta.id!, { token_lifetime: 86_400 }),
    path: `/identity-providers/${okta.id!}/provisioning/scim-tokens`,
    body: { token_lifetime: 86_400 },
    status: 201,
    response: { ...scimToken, token: 'scim-plaintext' },
  },
  {
    operation: 'deleteScimToken',
    call: (c) => c.identityProviders.provisioning.scimTokens.delete(okta.id!, scimToken.token_id),
    path: `/identity-providers/${okta.id!}/provisioning/scim-tokens/${scimToken.token_id}`,
    status: 204,
  },
  ...memberCases,
]

describe('createMyOrgClient endpoints', () => {
  it('covers every operation in the operation table but the legacy ones', () => {
    const current = Object.entries(operations).filter(([, definition]) => !('legacy' in definition))
    expect(new Set(cases.map((c) => c.operation))).toEqual(new Set(current.map(([name]) => name)))
    expect(Object.keys(operations).length - current.length).toBe(2)
  })

  it.each(cases)('$operation sends the right method, path, scopes and body', async (testCase) => {
    server.use(
      http.all(`${BASE}/*`, async ({ request }) => {
        await record(request)
        return testCase.response === undefined
          ? new HttpResponse(null, { status: testCase.status })
          : HttpResponse.json(testCase.response, { status: testCase.status })
      }),
      http.all(BASE + '/', async ({ request }) => {
        await record(request)
        return new HttpResponse(null, { status: testCase.status })
      }),
    )
    const { client, tokenRequests } = makeClient()
    await testCase.call(client)

    expect(recorded).toHaveLength(1)
    const [sent] = recorded
    const definition = operations[testCase.operation]
    expect(sent!.method).toBe(definition.method)
    expect(sent!.url.pathname).toBe(`/my-org${testCase.path}`)
    for (const [key, value] of Object.entries(testCase.query ?? {})) {
      expect(sent!.url.searchParams.getAll(key)).toEqual(Array.isArray(value) ? value : [value])
    }
    expect(sent!.authorization).toBe('Bearer token')
    expect(sent!.body).toEqual(testCase.body)
    expect(sent!.contentType).toBe(testCase.body === undefined ? null : 'application/json')
    expect(tokenRequests).toHaveLength(1)
    expect(tokenRequests[0]!.scopes).toEqual(definition.scopes)
    expect(tokenRequests[0]!.scope).toBe(definition.scopes.join(' '))
    expect(tokenRequests[0]!.audience).toBe('https://tenant.example.com/my-org/')
  })

  it('percent-encodes path parameters', async () => {
    server.use(
      http.delete(`${BASE}/identity-providers/:id/domains/:domain`, async ({ request }) => {
        await record(request)
        return new HttpResponse(null, { status: 204 })
      }),
    )
    const { client } = makeClient()
    await client.identityProviders.domains.remove('con_abcdefghijklmnop', 'a b/c?d')
    expect(recorded[0]!.url.pathname).toBe(
      '/my-org/identity-providers/con_abcdefghijklmnop/domains/a%20b%2Fc%3Fd',
    )
  })

  it('asks for the default page size of 50', async () => {
    server.use(
      http.get(`${BASE}/domains`, async ({ request }) => {
        await record(request)
        return HttpResponse.json({ organization_domains: [] })
      }),
    )
    await makeClient().client.domains.list()
    expect(recorded[0]!.url.searchParams.get('take')).toBe('50')
    expect(recorded[0]!.url.searchParams.has('from')).toBe(false)
  })
})

describe('base URL', () => {
  it('derives https://{domain}/my-org, keeps an explicit scheme and honours baseUrl', () => {
    expect(resolveBaseUrl({ domain: 'login.acme.com' })).toBe('https://login.acme.com/my-org')
    expect(resolveBaseUrl({ domain: 'https://acme.eu.auth0.com/' })).toBe(
      'https://acme.eu.auth0.com/my-org',
    )
    expect(resolveBaseUrl({ domain: 'http://localhost:4000' })).toBe('http://localhost:4000/my-org')
    expect(resolveBaseUrl({ baseUrl: 'http://localhost:4000/my-org/', domain: 'ignored' })).toBe(
      'http://localhost:4000/my-org',
    )
    expect(() => resolveBaseUrl({})).toThrow(/domain/)
  })
})

describe('pagination', () => {
  it('iterates every page, passing each next cursor back as from', async () => {
    const all = Array.from({ length: 120 }, (_, index) => ({
      ...domain,
      id: `ord_${String(index).padStart(22, '0')}`,
      domain: `d${index}.acme.com`,
    }))
    server.use(
      http.get(`${BASE}/domains`, async ({ request }) => {
        const sent = await record(request)
        const start = Number(sent.url.searchParams.get('from') ?? '0')
        const take = Number(sent.url.searchParams.get('take'))
        const end = start + take
        return HttpResponse.json({
          organization_domains: all.slice(start, end),
          ...(end < all.length ? { next: String(end) } : {}),
        })
      }),
    )
    const seen: string[] = []
    for await (const item of makeClient().client.domains.listAll()) {
      seen.push(item.domain)
    }
    expect(seen).toHaveLength(120)
    expect(seen[119]).toBe('d119.acme.com')
    expect(recorded.map((r) => r.url.searchParams.get('from'))).toEqual([null, '50', '100'])
  })
})

describe('request validation', () => {
  it('blocks a bad body before anything is sent, with field-level issues', async () => {
    server.use(
      http.all(`${BASE}/*`, async ({ request }) => {
        await record(request)
        return HttpResponse.json({})
      }),
    )
    const { client, tokenRequests } = makeClient()
    const error = await client.details
      .update({ name: '', branding: { colors: { primary: 'blue', page_background: '#fff' } } })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MyOrgRequestValidationError)
    const fields = (error as MyOrgRequestValidationError).issues.map((issue) => issue.field)
    expect(fields).toEqual(expect.arrayContaining(['name', 'branding.colors.primary']))
    expect(recorded).toHaveLength(0)
    expect(tokenRequests).toHaveLength(0)
  })

  it('refuses a domain with a scheme, and a token lifetime of 900 seconds or less', async () => {
    const { client } = makeClient()
    await expect(client.domains.create({ domain: 'https://acme.com' })).rejects.toBeInstanceOf(
      MyOrgRequestValidationError,
    )
    await expect(
      client.identityProviders.provisioning.scimTokens.create(okta.id!, { token_lifetime: 900 }),
    ).rejects.toMatchObject({ issues: [{ field: 'token_lifetime' }] })
    expect(recorded).toHaveLength(0)
  })

  it('refuses IdP options without the strategy needed to check them', async () => {
    const { client } = makeClient()
    await expect(
      client.identityProviders.update(okta.id!, {
        options: { domain: 'x', client_id: 'y', client_secret: 'z' },
      }),
    ).rejects.toMatchObject({ issues: [{ field: 'options' }] })
    server.use(
      http.patch(`${BASE}/identity-providers/:id`, async ({ request }) => {
        await record(request)
        return HttpResponse.json(okta)
      }),
    )
    await client.identityProviders.update(
      okta.id!,
      { options: { domain: 'x.okta.com', client_id: 'y', client_secret: 'z' } },
      { strategy: 'okta' },
    )
    expect(recorded).toHaveLength(1)
  })
})

describe('errors', () => {
  it('maps an API error: status, Auth0 code, title, detail', async () => {
    server.use(
      http.post(`${BASE}/domains`, () =>
        HttpResponse.json(
          problem(409, 'A0E-409-0003', 'Duplicate Resource', 'Domain name must be unique'),
          {
            status: 409,
          },
        ),
      ),
    )
    const error = await makeClient()
      .client.domains.create({ domain: 'acme.com' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MyOrgApiError)
    expect(error).toMatchObject({
      kind: 'api',
      status: 409,
      code: 'A0E-409-0003',
      title: 'Duplicate Resource',
      detail: 'Domain name must be unique',
      operation: 'createDomain',
    })
  })

  it('maps validation_errors to field paths', async () => {
    server.use(
      http.patch(`${BASE}/details`, () =>
        HttpResponse.json(
          {
            type: 'https://auth0.com/api-errors#A0E-400-0003',
            status: 400,
            title: 'Validation Error',
            validation_errors: [
              { detail: 'is too long', pointer: '/branding/colors/primary', source: 'body' },
              { detail: 'is required', field: 'data/display_name' },
            ],
          },
          { status: 400 },
        ),
      ),
    )
    const error = (await makeClient()
      .client.details.update({ name: 'acme' })
      .catch((e: unknown) => e)) as MyOrgApiError
    expect(error.code).toBe('A0E-400-0003')
    expect(error.validationErrors).toEqual([
      {
        path: ['branding', 'colors', 'primary'],
        field: 'branding.colors.primary',
        message: 'is too long',
        source: 'body',
      },
      { path: ['display_name'], field: 'display_name', message: 'is required', source: undefined },
    ])
  })

  it('turns a response that breaks the contract into a typed error', async () => {
    server.use(
      http.get(`${BASE}/domains/:id`, () =>
        HttpResponse.json({ ...domain, status: 'unknown-status' }),
      ),
    )
    const error = await makeClient()
      .client.domains.get(domain.id)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MyOrgResponseValidationError)
    expect((error as MyOrgResponseValidationError).issues[0]!.field).toBe('status')
  })

  it('returns the valid items of a list and counts the ones that break the contract', async () => {
    const good = [domain, { ...domain, id: 'ord_abcdefghijklmnopqrstuw', domain: 'b.example.com' }]
    server.use(
      http.get(`${BASE}/domains`, () =>
        HttpResponse.json({
          organization_domains: [good[0], { ...domain, status: 'bogus' }, good[1]],
          next: 'cursor-2',
        }),
      ),
    )
    const page = await makeClient().client.domains.list()
    expect(page.organization_domains).toEqual(good)
    expect(page.next).toBe('cursor-2')
    expect(page.skipped?.count).toBe(1)
    expect(page.skipped?.error).toBeInstanceOf(MyOrgResponseValidationError)
    expect(page.skipped?.error.issues[0]!.field).toBe('organization_domains.1.status')
  })

  it('turns a non-JSON success body into a typed error', async () => {
    server.use(http.get(`${BASE}/details`, () => HttpResponse.text('<html>gateway</html>')))
    await expect(makeClient().client.details.get()).rejects.toBeInstanceOf(
      MyOrgResponseValidationError,
    )
  })

  it('tolerates unknown extra fields in responses', async () => {
    server.use(
      http.get(`${BASE}/details`, () => HttpResponse.json({ ...details, brand_new_field: 1 })),
    )
    await expect(makeClient().client.details.get()).resolves.toMatchObject({ name: 'acme' })
  })

  it('wraps auth0 token errors with their code', async () => {
    const { client } = makeClient({
      getAccessToken: () =>
        Promise.reject(
          Object.assign(new Error('Consent required'), {
            error: 'consent_required',
            error_description: 'Consent required',
          }),
        ),
    })
    const error = await client.details.get().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MyOrgTokenError)
    expect(error).toMatchObject({ kind: 'token', code: 'consent_required', needsInteraction: true })
    const mfa = await makeClient({
      getAccessToken: () =>
        Promise.reject(Object.assign(new Error('mfa'), { error: 'mfa_required' })),
    })
      .client.details.get()
      .catch((e: unknown) => e)
    expect(mfa).toMatchObject({ code: 'mfa_required' })
  })

  it('classifies a CORS refusal (server reachable without credentials) and names the origin to allow', async () => {
    server.use(
      http.get(`${BASE}/details`, ({ request }) =>
        request.headers.has('authorization')
          ? HttpResponse.error() // what the page sees when the browser blocks the response
          : new HttpResponse(null, { status: 401 }),
      ),
    )
    const previous = Object.getOwnPropertyDescriptor(globalThis, 'location')
    Object.defineProperty(globalThis, 'location', {
      value: { origin: 'https://app.saas.example' },
      configurable: true,
    })
    try {
      const error = await makeClient()
        .client.details.get()
        .catch((e: unknown) => e)
      expect(error).toBeInstanceOf(MyOrgNetworkError)
      expect(error).toMatchObject({ reason: 'cors', pageOrigin: 'https://app.saas.example' })
      expect((error as Error).message).toContain('Add https://app.saas.example to the application')
      expect((error as Error).message).toContain('Allowed Origins (CORS)')
    } finally {
      if (previous) {
        Object.defineProperty(globalThis, 'location', previous)
      } else {
        Reflect.deleteProperty(globalThis, 'location')
      }
    }
  })

  it('classifies an unreachable server as offline', async () => {
    server.use(http.get(`${BASE}/details`, () => HttpResponse.error()))
    const error = await makeClient()
      .client.details.get()
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'network', reason: 'offline' })
  })

  it('classifies a slow server as a timeout', async () => {
    server.use(
      http.get(`${BASE}/details`, async () => {
        await delay(2_000)
        return HttpResponse.json(details)
      }),
    )
    const error = await makeClient({ timeoutMs: 50, retry: { maxRetries: 0 } })
      .client.details.get()
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'network', reason: 'timeout' })
  })

  it('classifies a cancelled call as aborted', async () => {
    server.use(
      http.get(`${BASE}/details`, async () => {
        await delay(2_000)
        return HttpResponse.json(details)
      }),
    )
    const controller = new AbortController()
    const pending = makeClient().client.details.get({ signal: controller.signal })
    setTimeout(() => {
      controller.abort()
    }, 20)
    await expect(pending).rejects.toMatchObject({ kind: 'network', reason: 'aborted' })
  })
})

describe('retries', () => {
  it('retries a 429 after the Retry-After delay', async () => {
    let calls = 0
    server.use(
      http.get(`${BASE}/domains`, () => {
        calls += 1
        return calls === 1
          ? HttpResponse.json(
              problem(429, 'A0E-429-0003', 'Endpoint Rate Limit Exceeded', 'Slow down'),
              {
                status: 429,
                headers: { 'Retry-After': '3' },
              },
            )
          : HttpResponse.json({ organization_domains: [domain] })
      }),
    )
    const { client, sleeps } = makeClient()
    const page = await client.domains.list()
    expect(page.organization_domains).toHaveLength(1)
    expect(calls).toBe(2)
    expect(sleeps).toEqual([3000])
  })

  it('retries a POST refused with 429, since it was not processed', async () => {
    let calls = 0
    server.use(
      http.post(`${BASE}/domains`, () => {
        calls += 1
        return calls === 1
          ? HttpResponse.json(
              problem(429, 'A0E-429-0003', 'Endpoint Rate Limit Exceeded', 'Slow down'),
              {
                status: 429,
                headers: { 'Retry-After': '1' },
              },
            )
          : HttpResponse.json(domain, { status: 201 })
      }),
    )
    await makeClient().client.domains.create({ domain: 'acme.com' })
    expect(calls).toBe(2)
  })

  it('gives up after the retry budget and reports the 429 with its Retry-After', async () => {
    let calls = 0
    server.use(
      http.get(`${BASE}/details`, () => {
        calls += 1
        return HttpResponse.json(
          problem(429, 'A0E-429-0003', 'Endpoint Rate Limit Exceeded', 'Slow down'),
          {
            status: 429,
            headers: { 'Retry-After': '7', 'X-RateLimit-Limit': '4', 'X-RateLimit-Remaining': '0' },
          },
        )
      }),
    )
    const error = (await makeClient({ retry: { maxRetries: 2 } })
      .client.details.get()
      .catch((e: unknown) => e)) as MyOrgApiError
    expect(calls).toBe(3)
    expect(error.isRateLimited).toBe(true)
    expect(error.retryAfter).toBe(7)
    expect(error.rateLimit).toMatchObject({ limit: 4, remaining: 0 })
  })

  it('never retries a POST after a 503 (the write may have happened)', async () => {
    let calls = 0
    server.use(
      http.post(`${BASE}/identity-providers/:id/provisioning/scim-tokens`, () => {
        calls += 1
        return HttpResponse.json(problem(503, 'A0E-503-0001', 'Service Unavailable', 'Try later'), {
          status: 503,
        })
      }),
    )
    const error = await makeClient()
      .client.identityProviders.provisioning.scimTokens.create(okta.id!, {})
      .catch((e: unknown) => e)
    expect(calls).toBe(1)
    expect(error).toMatchObject({ status: 503 })
  })

  it('retries a GET after a 503 with growing backoff', async () => {
    let calls = 0
    server.use(
      http.get(`${BASE}/details`, () => {
        calls += 1
        return calls < 3 ? new HttpResponse('busy', { status: 503 }) : HttpResponse.json(details)
      }),
    )
    const { client, sleeps } = makeClient()
    await expect(client.details.get()).resolves.toMatchObject({ name: 'acme' })
    expect(calls).toBe(3)
    expect(sleeps).toHaveLength(2)
    expect(sleeps[0]).toBeGreaterThanOrEqual(250)
    expect(sleeps[0]).toBeLessThanOrEqual(500)
    expect(sleeps[1]).toBeGreaterThanOrEqual(500)
    expect(sleeps[1]).toBeLessThanOrEqual(1000)
  })

  it('does not retry a 500 or a 4xx', async () => {
    let calls = 0
    server.use(
      http.get(`${BASE}/details`, () => {
        calls += 1
        return HttpResponse.json(problem(500, 'A0E-500-0001', 'Internal Error', 'Oops'), {
          status: 500,
        })
      }),
    )
    await expect(makeClient().client.details.get()).rejects.toMatchObject({ status: 500 })
    expect(calls).toBe(1)
  })

  it('treats a 404 on a retried DELETE as done (the first attempt already deleted it)', async () => {
    let calls = 0
    server.use(
      http.delete(`${BASE}/domains/:id`, () => {
        calls += 1
        return calls === 1
          ? new HttpResponse(null, { status: 503 })
          : HttpResponse.json(
              problem(404, 'A0E-404-0002', 'Resource Not Found', 'No such domain'),
              { status: 404 },
            )
      }),
    )
    await expect(makeClient().client.domains.delete(domain.id)).resolves.toBeUndefined()
    expect(calls).toBe(2)
  })

  it('fetches one fresh token after a 401 and retries once', async () => {
    server.use(
      http.get(`${BASE}/details`, ({ request }) =>
        request.headers.get('authorization') === 'Bearer fresh-token'
          ? HttpResponse.json(details)
          : HttpResponse.json(problem(401, 'A0E-401-0002', 'Invalid Token', 'Token expired'), {
              status: 401,
            }),
      ),
    )
    const { client, tokenRequests } = makeClient()
    await expect(client.details.get()).resolves.toMatchObject({ name: 'acme' })
    expect(tokenRequests.map((r) => r.forceRefresh)).toEqual([false, true])
  })

  it('gives up when the fresh token is refused too', async () => {
    let calls = 0
    server.use(
      http.get(`${BASE}/details`, () => {
        calls += 1
        return HttpResponse.json(problem(401, 'A0E-401-0002', 'Invalid Token', 'Token expired'), {
          status: 401,
        })
      }),
    )
    const { client, tokenRequests } = makeClient()
    await expect(client.details.get()).rejects.toMatchObject({ status: 401 })
    expect(calls).toBe(2)
    expect(tokenRequests).toHaveLength(2)
  })
})

describe('pacing', () => {
  it('keeps writes within the free tier (2 per second) on a virtual clock', async () => {
    let clock = 0
    const starts: number[] = []
    server.use(
      http.post(`${BASE}/identity-providers/:id/domains`, async ({ request }) => {
        starts.push(clock)
        const body = (await request.json()) as { domain: string }
        return HttpResponse.json({ domain: body.domain }, { status: 201 })
      }),
    )
    const client = createMyOrgClient({
      domain: 'tenant.example.com',
      getAccessToken: () => Promise.resolve('token'),
      now: () => clock,
      sleep: (ms) => {
        clock += ms
        return Promise.resolve()
      },
    })
    await Promise.all(
      ['a.acme.com', 'b.acme.com', 'c.acme.com', 'd.acme.com', 'e.acme.com'].map((name) =>
        client.identityProviders.domains.add(okta.id!, name),
      ),
    )
    expect(starts).toHaveLength(5)
    for (let i = 2; i < starts.length; i += 1) {
      // Any three consecutive writes span at least one second.
      expect(starts[i]! - starts[i - 2]!).toBeGreaterThanOrEqual(1000)
    }
  })
})
