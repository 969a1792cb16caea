import { describe, expect, it } from 'vitest'

import { operations } from '@myorg-kit/client'
import type { OperationName } from '@myorg-kit/client'

import { isMockNetworkError } from './faults.ts'
import { createMyOrgHandler } from './handler.ts'
import { createDomainFixture, seedOrganizationId } from './seed.ts'
import { createMyOrgStore } from './store.ts'
import { domainId, idpId, origin, setup, start } from './test/handler-harness.ts'
import { createMockAccessToken, permissionSets, scopesWithout } from './tokens.ts'

describe('createMyOrgHandler', () => {
  describe('organization details and configuration', () => {
    it('returns the seed organization', async () => {
      const { call } = setup()
      const res = await call('GET', '/details')
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('application/json')
      expect(res.body).toEqual({
        id: seedOrganizationId,
        name: 'acme-corp',
        display_name: 'Acme Corp',
        branding: {
          logo_url: 'https://acme.example/assets/logo.png',
          colors: { primary: '#4F46E5', page_background: '#F8FAFC' },
        },
      })
      expect(seedOrganizationId).toMatch(/^org_[A-Za-z0-9]{16}$/)
    })

    it('updates details and clears the logo with null', async () => {
      const { call } = setup()
      const res = await call('PATCH', '/details', {
        body: { display_name: 'Acme Corporation', branding: { logo_url: null } },
      })
      expect(res.status).toBe(200)
      expect(res.body).toEqual({
        id: seedOrganizationId,
        name: 'acme-corp',
        display_name: 'Acme Corporation',
        branding: { colors: { primary: '#4F46E5', page_background: '#F8FAFC' } },
      })
      expect((await call('GET', '/details')).body?.display_name).toBe('Acme Corporation')
    })

    it('refuses an invalid colour with a field pointer', async () => {
      const { call } = setup()
      const res = await call('PATCH', '/details', {
        body: { branding: { colors: { primary: 'red', page_background: '#fff' } } },
      })
      expect(res.status).toBe(400)
      expect(res.body).toEqual({
        type: 'https://auth0.com/api-errors#A0E-400-0003',
        status: 400,
        title: 'Validation Error',
        validation_errors: [
          {
            detail: 'must be a colour like #RGB or #RRGGBB',
            field: 'data/branding/colors/primary',
            pointer: '/branding/colors/primary',
            source: 'body',
          },
        ],
      })
    })

    it('refuses a body that is not JSON', async () => {
      const { call } = setup()
      const res = await call('PATCH', '/details', { rawBody: '{"name":' })
      expect(res.status).toBe(400)
      expect(res.body).toMatchObject({
        type: 'https://auth0.com/api-errors#A0E-400-0001',
        title: 'Bad Request',
      })
    })

    it('returns the configuration and the IdP configuration (googleapps key)', async () => {
      const { call } = setup()
      const config = await call('GET', '/config')
      expect(config.status).toBe(200)
      expect(config.body).toEqual({
        allowed_strategies: [
          'adfs',
          'google-apps',
          'oidc',
          'okta',
          'pingfederate',
          'samlp',
          'waad',
        ],
        connection_deletion_behavior: 'allow_if_empty',
      })
      const idpConfig = await call('GET', '/config/identity-providers')
      expect(idpConfig.status).toBe(200)
      const strategies = idpConfig.body?.strategies as Record<string, unknown>
      expect(Object.keys(strategies).sort()).toEqual([
        'adfs',
        'googleapps',
        'oidc',
        'okta',
        'pingfederate',
        'samlp',
        'waad',
      ])
    })

    it('deletes the organization: 204 with an empty body, then 404 everywhere', async () => {
      const { call, store } = setup()
      const res = await call('DELETE', '/')
      expect(res.status).toBe(204)
      expect(res.text).toBe('')
      const after = await call('GET', '/details')
      expect(after.status).toBe(404)
      expect(after.body?.detail).toBe('The organization does not exist.')
      store.reset()
      expect((await call('GET', '/details')).status).toBe(200)
    })
  })

  describe('authentication and scopes', () => {
    it('answers 401 Missing Token without a token', async () => {
      const { call } = setup()
      const res = await call('GET', '/domains', { token: null })
      expect(res.status).toBe(401)
      expect(res.body).toEqual({
        type: 'https://auth0.com/api-errors#A0E-401-0002',
        status: 401,
        title: 'Missing Token',
        detail: 'No auth token provided.',
      })
    })

    it('answers 401 with invalid_token for an expired token', async () => {
      const { call, now } = setup()
      const expired = createMockAccessToken({ now, expiresInSeconds: -5 })
      const res = await call('GET', '/domains', { token: expired })
      expect(res.status).toBe(401)
      expect(res.body?.type).toBe('https://auth0.com/api-errors#A0E-401-0002')
      expect(res.body?.detail).toMatch(/expired/)
      expect(res.headers.get('www-authenticate')).toContain('error="invalid_token"')
    })

    it('answers 401 when the token expires while in use (injectable clock)', async () => {
      const { call, advance } = setup()
      expect((await call('GET', '/config')).status).toBe(200)
      advance(601_000)
      expect((await call('GET', '/config')).status).toBe(401)
    })

    it('answers 401 for a token that is not a mock token', async () => {
      const { call } = setup()
      const res = await call('GET', '/domains', { token: 'not-a-jwt' })
      expect(res.status).toBe(401)
      expect(res.body?.detail).toMatch(/malformed/)
    })

    it('answers 403 Insufficient Scope when a scope is missing', async () => {
      const { call, now } = setup()
      const token = createMockAccessToken({ now, scopes: scopesWithout('createDomain') })
      const res = await call('POST', '/domains', { token, body: { domain: 'new.acme.com' } })
      expect(res.status).toBe(403)
      expect(res.body).toEqual({
        type: 'https://auth0.com/api-errors#A0E-403-0002',
        status: 403,
        title: 'Insufficient Scope',
        detail:
          'The auth token lacks the required scope: Check the API documentation for the required scopes for this endpoint.',
      })
      expect(res.headers.get('www-authenticate')).toContain('scope="create:my_org:domains"')
    })

    it('needs every listed scope (domains + identity providers for a domain’s IdPs)', async () => {
      const { call, now, store } = setup()
      const token = createMockAccessToken({ now, scopes: ['read:my_org:domains'] })
      const id = domainId(store, 'acme.com')
      expect((await call('GET', `/domains/${id}/identity-providers`, { token })).status).toBe(403)
      expect((await call('GET', `/domains/${id}`, { token })).status).toBe(200)
    })

    it('lets a read-only token read but not write', async () => {
      const { call, now } = setup()
      const token = createMockAccessToken({ now, scopes: permissionSets.readOnly })
      expect((await call('GET', '/domains', { token })).status).toBe(200)
      expect((await call('POST', '/domains', { token, body: { domain: 'x.com' } })).status).toBe(
        403,
      )
    })

    it.each(Object.keys(operations) as OperationName[])(
      'refuses %s with 403 when its scopes are missing',
      async (operation) => {
        const { call, now, store } = setup()
        const token = createMockAccessToken({ now, scopes: scopesWithout(operation) })
        const path = operations[operation].path
          .replace('{domain_id}', domainId(store, 'acme.com'))
          .replace('{idp_id}', idpId(store, 'acme-okta'))
          .replace('{domain}', 'acme.com')
          .replace('{idp_scim_token_id}', 'tok_AAAAAAAAAAAAAAAA')
          .replace('{user_id}', encodeURIComponent(store.state.members[0]!.user_id))
          .replace('{invitation_id}', store.state.invitations[0]!.id)
        const res = await call(operations[operation].method, path === '/' ? '' : path, { token })
        expect(res.status).toBe(403)
      },
    )

    it('answers 404 for a token of another organization', async () => {
      const { call, now } = setup()
      const token = createMockAccessToken({ now, orgId: 'org_AAAAAAAAAAAAAAAA' })
      expect((await call('GET', '/details', { token })).status).toBe(404)
      const own = createMockAccessToken({ now, orgId: seedOrganizationId })
      expect((await call('GET', '/details', { token: own })).status).toBe(200)
    })

    it('accepts a custom authenticate function', async () => {
      const store = createMyOrgStore()
      const handler = createMyOrgHandler({
        store,
        authenticate: (request) =>
          Promise.resolve(
            request.headers.get('x-test-user') === 'admin'
              ? { scopes: ['read:my_org:details'] }
              : new Response(null, { status: 401 }),
          ),
      })
      const ok = await handler(
        new Request(`${origin}/my-org/details`, { headers: { 'x-test-user': 'admin' } }),
      )
      expect(ok.status).toBe(200)
      const refused = await handler(new Request(`${origin}/my-org/details`))
      expect(refused.status).toBe(401)
    })
  })

  describe('routing', () => {
    it('serves /my-org/v1 too', async () => {
      const { handler } = setup()
      const res = await handler(
        new Request(`${origin}/my-org/v1/config`, {
          headers: { authorization: `Bearer ${createMockAccessToken()}` },
        }),
      )
      expect(res.status).toBe(200)
    })

    it('answers 404 for an unknown path and 405 for a wrong method', async () => {
      const { call } = setup()
      expect((await call('GET', '/nothing-here')).status).toBe(404)
      const wrong = await call('PUT', '/domains')
      expect(wrong.status).toBe(405)
      expect(wrong.headers.get('allow')).toBe('GET, POST')
    })
  })

  describe('domains', () => {
    it('lists the seed domains with one of each status', async () => {
      const { call } = setup()
      const res = await call('GET', '/domains')
      expect(res.status).toBe(200)
      const domains = res.body?.organization_domains as { domain: string; status: string }[]
      expect(domains.map((d) => `${d.domain}:${d.status}`)).toEqual([
        'acme.com:verified',
        'acme.co.uk:verified',
        'acme-labs.io:pending',
        'acmecorp.dev:pending',
        'acme-legacy.net:failed',
      ])
      expect(res.body).not.toHaveProperty('next')
    })

    it('paginates over more than 50 domains with an opaque cursor', async () => {
      const domains = Array.from({ length: 120 }, (_, i) =>
        createDomainFixture(`d${String(i)}.example.com`),
      )
      const { call } = setup({ domains })
      const first = await call('GET', '/domains')
      expect((first.body?.organization_domains as unknown[]).length).toBe(50)
      expect(typeof first.body?.next).toBe('string')
      const seen: string[] = []
      let from: string | undefined
      let pages = 0
      do {
        const res = await call(
          'GET',
          `/domains?take=45${from ? `&from=${encodeURIComponent(from)}` : ''}`,
        )
        expect(res.status).toBe(200)
        seen.push(...(res.body?.organization_domains as { domain: string }[]).map((d) => d.domain))
        from = res.body?.next as string | undefined
        pages += 1
      } while (from)
      expect(pages).toBe(3)
      expect(seen).toEqual(domains.map((d) => d.domain))
    })

    it('refuses take outside 1..100 and a forged cursor', async () => {
      const { call } = setup()
      const res = await call('GET', '/domains?take=101')
      expect(res.status).toBe(400)
      expect(res.body?.validation_errors).toEqual([
        {
          detail: 'must be an integer from 1 to 100',
          field: 'data/take',
          pointer: '/take',
          source: 'query',
        },
      ])
      expect((await call('GET', '/domains?from=garbage')).status).toBe(400)
    })

    it('returns an empty list for { domains: [] }', async () => {
      const { call } = setup({ domains: [] })
      expect((await call('GET', '/domains')).body).toEqual({ organization_domains: [] })
    })

    it('creates a pending domain (201) with a verification record', async () => {
      const { call } = setup()
      const res = await call('POST', '/domains', { body: { domain: 'Shop.Acme.com' } })
      expect(res.status).toBe(201)
      expect(res.body).toMatchObject({
        org_id: seedOrganizationId,
        domain: 'shop.acme.com',
        status: 'pending',
        verification_host: `_ss-verification.${seedOrganizationId}.shop.acme.com`,
      })
      expect(res.body?.id).toMatch(/^ord_[A-Za-z0-9]{22}$/)
      expect(res.body?.verification_txt).toMatch(/^auth0-domain-verification=[a-z0-9]{32}$/)
      const fetched = await call('GET', `/domains/${String(res.body?.id)}`)
      expect(fetched.body).toEqual(res.body)
    })

    it('answers 409 Duplicate Resource for a domain that exists', async () => {
      const { call } = setup()
      const res = await call('POST', '/domains', { body: { domain: 'ACME.com' } })
      expect(res.status).toBe(409)
      expect(res.body).toEqual({
        type: 'https://auth0.com/api-errors#A0E-409-0003',
        status: 409,
        title: 'Duplicate Resource',
        detail: 'Domain name must be unique',
      })
    })

    it('refuses a domain with a scheme', async () => {
      const { call } = setup()
      const res = await call('POST', '/domains', { body: { domain: 'https://acme.org' } })
      expect(res.status).toBe(400)
      expect(res.body?.validation_errors).toEqual([
        expect.objectContaining({ pointer: '/domain', source: 'body' }),
      ])
    })

    it('validates path ids against their pattern (source params)', async () => {
      const { call } = setup()
      const res = await call('GET', '/domains/ord_short')
      expect(res.status).toBe(400)
      expect(res.body?.validation_errors).toEqual([
        {
          detail: 'must match ^ord_[A-Za-z0-9]{22}$',
          field: 'data/domain_id',
          pointer: '/domain_id',
          source: 'params',
        },
      ])
    })

    it('answers 404 for an unknown domain', async () => {
      const { call } = setup()
      const res = await call('GET', '/domains/ord_AAAAAAAAAAAAAAAAAAAAAA')
      expect(res.status).toBe(404)
      expect(res.body).toEqual({
        type: 'https://auth0.com/api-errors#A0E-404-0002',
        status: 404,
        title: 'Resource Not Found',
        detail: 'The domain does not exist.',
      })
    })

    it('verifies against the store DNS: verified, failed, pending', async () => {
      const { call, store } = setup()
      const labs = await call('POST', `/domains/${domainId(store, 'acme-labs.io')}/verify`)
      expect(labs.status).toBe(202)
      expect(labs.body?.status).toBe('verified')

      const legacy = await call('POST', `/domains/${domainId(store, 'acme-legacy.net')}/verify`)
      expect(legacy.status).toBe(202)
      expect(legacy.body?.status).toBe('failed')

      const dev = await call('POST', `/domains/${domainId(store, 'acmecorp.dev')}/verify`)
      expect(dev.status).toBe(202)
      expect(dev.body?.status).toBe('pending')

      const record = store.findDomainByName('acmecorp.dev')!
      store.publishTxtRecord(record.verification_host, record.verification_txt)
      const again = await call('POST', `/domains/${record.id}/verify`)
      expect(again.body?.status).toBe('verified')
    })

    it('deleting a domain removes it and its IdP links', async () => {
      const { call, store } = setup()
      const okta = idpId(store, 'acme-okta')
      expect((await call('GET', `/identity-providers/${okta}`)).body?.domains).toEqual(['acme.com'])
      const res = await call('DELETE', `/domains/${domainId(store, 'acme.com')}`)
      expect(res.status).toBe(204)
      expect(res.text).toBe('')
      expect((await call('GET', `/identity-providers/${okta}`)).body?.domains).toEqual([])
      expect(store.findDomainByName('acme.com')).toBeUndefined()
    })

    it('lists the identity providers of a domain', async () => {
      const { call, store } = setup()
      const res = await call('GET', `/domains/${domainId(store, 'acme.com')}/identity-providers`)
      expect(res.status).toBe(200)
      expect(res.body).toEqual({
        identity_providers: [
          { id: idpId(store, 'acme-okta'), name: 'acme-okta', display_name: 'Acme Okta' },
        ],
      })
    })
  })

  describe('identity providers', () => {
    it('lists all seven strategies, secrets never included, none-level as minimal', async () => {
      const { call, store } = setup()
      const res = await call('GET', '/identity-providers')
      expect(res.status).toBe(200)
      const items = res.body?.identity_providers as Record<string, unknown>[]
      expect(new Set(items.map((idp) => idp.strategy).filter(Boolean))).toEqual(
        new Set(['okta', 'waad', 'samlp', 'oidc', 'google-apps', 'adfs', 'pingfederate']),
      )
      expect(res.text).not.toMatch(/client_secret|signingCert/)
      const minimal = items.find((idp) => idp.id === idpId(store, 'contractors-okta'))
      expect(minimal).toEqual({
        id: idpId(store, 'contractors-okta'),
        name: 'contractors-okta',
        display_name: 'Contractors (managed by Acme IT)',
        is_enabled: true,
        access_level: 'none',
      })
    })

    it('filters by repeated member_access_level', async () => {
      const { call } = setup()
      const res = await call(
        'GET',
        '/identity-providers?member_access_level=readonly&member_access_level=limited',
      )
      expect(res.status).toBe(200)
      const items = res.body?.identity_providers as { name: string; access_level: string }[]
      expect(items.map((idp) => `${idp.name}:${idp.access_level}`)).toEqual([
        'acme-saml:limited',
        'acme-google:readonly',
      ])
      const bad = await call('GET', '/identity-providers?member_access_level=owner')
      expect(bad.status).toBe(400)
      expect(bad.body?.validation_errors).toEqual([
        expect.objectContaining({ pointer: '/member_access_level/0', source: 'query' }),
      ])
    })

    it('creates an OIDC provider (201) without echoing the secret', async () => {
      const { call } = setup()
      const res = await call('POST', '/identity-providers', {
        body: {
          strategy: 'oidc',
          name: 'partner-oidc',
          display_name: 'Partner',
          options: {
            type: 'back_channel',
            client_id: 'abc',
            client_secret: 'shh',
            discovery_url: 'https://partner.example/.well-known/openid-configuration',
          },
        },
      })
      expect(res.status).toBe(201)
      expect(res.body).toMatchObject({
        name: 'partner-oidc',
        display_name: 'Partner',
        strategy: 'oidc',
        access_level: 'full',
        domains: [],
        options: {
          type: 'back_channel',
          client_id: 'abc',
          discovery_url: 'https://partner.example/.well-known/openid-configuration',
        },
      })
      expect(res.body?.id).toMatch(/^con_[A-Za-z0-9]{16}$/)
      expect(res.text).not.toContain('shh')
      expect(Array.isArray(res.body?.attributes)).toBe(true)
    })

    it('turns a SAML signingCert into cert', async () => {
      const { call } = setup()
      const res = await call('POST', '/identity-providers', {
        body: {
          strategy: 'samlp',
          name: 'manual-saml',
          options: {
            signInEndpoint: 'https://idp.example/sso',
            signingCert: '-----BEGIN CERTIFICATE-----\nMIIBfake\n-----END CERTIFICATE-----',
            signSAMLRequest: false,
          },
        },
      })
      expect(res.status).toBe(201)
      expect(res.body?.options).toEqual({
        signInEndpoint: 'https://idp.example/sso',
        signSAMLRequest: false,
        cert: 'MIIBfake',
      })
    })

    it('answers 409 for a duplicate name and 400 for an unknown strategy', async () => {
      const { call } = setup()
      const duplicate = await call('POST', '/identity-providers', {
        body: {
          strategy: 'adfs',
          name: 'acme-okta',
          options: { adfs_server: 'https://adfs.example' },
        },
      })
      expect(duplicate.status).toBe(409)
      expect(duplicate.body?.type).toBe('https://auth0.com/api-errors#A0E-409-0001')
      const unknown = await call('POST', '/identity-providers', {
        body: { strategy: 'github', name: 'x', options: {} },
      })
      expect(unknown.status).toBe(400)
      expect(unknown.body?.validation_errors).toEqual([
        expect.objectContaining({ pointer: '/strategy', source: 'body' }),
      ])
    })

    it('answers 400 "discovery failure" for an OIDC discovery URL that does not resolve', async () => {
      const { call } = setup()
      const failed = await call('POST', '/identity-providers', {
        body: {
          strategy: 'oidc',
          name: 'broken-oidc',
          options: {
            type: 'front_channel',
            client_id: 'abc',
            discovery_url: 'https://login.acme.invalid/.well-known/openid-configuration',
          },
        },
      })
      expect(failed.status).toBe(400)
      expect(failed.body?.detail).toMatch(
        /^OIDC discovery failure: could not fetch https:\/\/login\.acme\.invalid\//,
      )
      const list = await call('GET', '/identity-providers')
      const names = (list.body?.identity_providers as { name: string }[]).map((idp) => idp.name)
      expect(names).not.toContain('broken-oidc')
    })

    it('refuses a strategy the organization does not allow', async () => {
      const { call, store } = setup()
      store.state.configuration.allowed_strategies = ['okta']
      const res = await call('POST', '/identity-providers', {
        body: { strategy: 'adfs', name: 'x', options: { adfs_server: 'https://adfs.example' } },
      })
      expect(res.status).toBe(400)
      expect(res.body?.validation_errors).toEqual([
        expect.objectContaining({ pointer: '/strategy' }),
      ])
    })

    it('gets a provider and answers 404 for unknown or none-level ones', async () => {
      const { call, store } = setup()
      const okta = await call('GET', `/identity-providers/${idpId(store, 'acme-okta')}`)
      expect(okta.status).toBe(200)
      expect(okta.body?.strategy).toBe('okta')
      expect((await call('GET', '/identity-providers/con_AAAAAAAAAAAAAAAA')).body?.detail).toBe(
        'The IdP does not exist.',
      )
      expect(
        (await call('GET', `/identity-providers/${idpId(store, 'contractors-okta')}`)).status,
      ).toBe(404)
    })

    it('updates a full provider', async () => {
      const { call, store } = setup()
      const id = idpId(store, 'acme-okta')
      const res = await call('PATCH', `/identity-providers/${id}`, {
        body: {
          display_name: 'Okta (Acme)',
          is_enabled: false,
          options: { domain: 'acme2.okta.com', client_id: 'new', client_secret: 'secret' },
        },
      })
      expect(res.status).toBe(200)
      expect(res.body).toMatchObject({
        display_name: 'Okta (Acme)',
        is_enabled: false,
        options: { domain: 'acme2.okta.com', client_id: 'new' },
      })
      expect(res.text).not.toContain('secret')
    })

    it('validates update options against the provider’s strategy', async () => {
      const { call, store } = setup()
      const res = await call('PATCH', `/identity-providers/${idpId(store, 'acme-okta')}`, {
        body: { options: { tenant_domain: 'x.onmicrosoft.com' } },
      })
      expect(res.status).toBe(400)
    })

    it('respects access_level: readonly refused, limited only toggles', async () => {
      const { call, store } = setup()
      const readonly = await call('PATCH', `/identity-providers/${idpId(store, 'acme-google')}`, {
        body: { is_enabled: false },
      })
      expect(readonly.status).toBe(403)
      expect(readonly.body?.detail).toMatch(/read-only/)

      const saml = idpId(store, 'acme-saml')
      const rename = await call('PATCH', `/identity-providers/${saml}`, {
        body: { display_name: 'New' },
      })
      expect(rename.status).toBe(403)
      expect(rename.body?.detail).toMatch(/display_name/)
      const toggle = await call('PATCH', `/identity-providers/${saml}`, {
        body: { show_as_button: true },
      })
      expect(toggle.status).toBe(200)
      expect(toggle.body?.show_as_button).toBe(true)
    })

    it('refuses to delete a provider that still has users (allow_if_empty)', async () => {
      const { call, store } = setup()
      const okta = idpId(store, 'acme-okta')
      const res = await call('DELETE', `/identity-providers/${okta}`)
      expect(res.status).toBe(409)
      expect(res.body?.detail).toMatch(/still has 42 users/)
      store.setUserCount(okta, 0)
      const ok = await call('DELETE', `/identity-providers/${okta}`)
      expect(ok.status).toBe(204)
      expect(ok.text).toBe('')
      expect(store.state.provisioning.has(okta)).toBe(false)
      expect(store.state.scimTokens.some((t) => t.identity_provider_id === okta)).toBe(false)
    })

    it('deletes anything under connection_deletion_behavior allow', async () => {
      const { call, store } = setup()
      store.state.configuration.connection_deletion_behavior = 'allow'
      expect(
        (await call('DELETE', `/identity-providers/${idpId(store, 'acme-entra')}`)).status,
      ).toBe(204)
    })

    it('detaches a provider with its provisioning and tokens', async () => {
      const { call, store } = setup()
      const entra = idpId(store, 'acme-entra')
      const res = await call('POST', `/identity-providers/${entra}/detach`)
      expect(res.status).toBe(204)
      expect(res.text).toBe('')
      expect(store.findIdentityProvider(entra)).toBeUndefined()
      expect(store.state.provisioning.has(entra)).toBe(false)
      expect(store.state.scimTokens.some((t) => t.identity_provider_id === entra)).toBe(false)
    })

    it('refreshes the attribute mapping: extras removed, missing added', async () => {
      const { call, store } = setup()
      const id = idpId(store, 'acme-oidc')
      const before = store.findIdentityProvider(id)!.attributes!
      expect(before.some((a) => a.is_extra)).toBe(true)
      expect(before.some((a) => a.is_missing)).toBe(true)
      const res = await call('PUT', `/identity-providers/${id}/update-attributes`, { body: {} })
      expect(res.status).toBe(200)
      const attributes = res.body?.attributes as {
        is_extra: boolean
        is_missing: boolean
        user_attribute: string
      }[]
      expect(attributes.map((a) => a.user_attribute)).toEqual([
        'email',
        'given_name',
        'family_name',
      ])
      expect(attributes.every((a) => !a.is_extra && !a.is_missing)).toBe(true)
    })

    it('refuses a non-empty update-attributes body', async () => {
      const { call, store } = setup()
      const res = await call(
        'PUT',
        `/identity-providers/${idpId(store, 'acme-oidc')}/update-attributes`,
        {
          body: { key: 'value' },
        },
      )
      expect(res.status).toBe(400)
      expect(res.body?.validation_errors).toEqual([
        expect.objectContaining({ pointer: '/key', detail: 'is not allowed' }),
      ])
    })
  })

  describe('identity provider domains', () => {
    it('links a verified domain (201 { domain }) and unlinks it (204)', async () => {
      const { call, store } = setup()
      const adfs = idpId(store, 'acme-adfs')
      const res = await call('POST', `/identity-providers/${adfs}/domains`, {
        body: { domain: 'acme.co.uk' },
      })
      expect(res.status).toBe(201)
      expect(res.body).toEqual({ domain: 'acme.co.uk' })
      expect(store.findIdentityProvider(adfs)!.domains).toEqual(['acme.co.uk'])
      const removed = await call('DELETE', `/identity-providers/${adfs}/domains/acme.co.uk`)
      expect(removed.status).toBe(204)
      expect(removed.text).toBe('')
      expect(store.findIdentityProvider(adfs)!.domains).toEqual([])
      expect((await call('DELETE', `/identity-providers/${adfs}/domains/acme.co.uk`)).status).toBe(
        404,
      )
    })

    it('answers 409 when the domain is already linked', async () => {
      const { call, store } = setup()
      const res = await call('POST', `/identity-providers/${idpId(store, 'acme-okta')}/domains`, {
        body: { domain: 'acme.com' },
      })
      expect(res.status).toBe(409)
      expect(res.body).toEqual({
        type: 'https://auth0.com/api-errors#A0E-409-0003',
        status: 409,
        title: 'Duplicate Resource',
        detail: 'Domain is already associated with this identity provider',
      })
    })

    it('needs the domain to exist and be verified', async () => {
      const { call, store } = setup()
      const okta = idpId(store, 'acme-okta')
      const pending = await call('POST', `/identity-providers/${okta}/domains`, {
        body: { domain: 'acmecorp.dev' },
      })
      expect(pending.status).toBe(400)
      expect(pending.body?.detail).toMatch(/acmecorp.dev is pending/)
      const missing = await call('POST', `/identity-providers/${okta}/domains`, {
        body: { domain: 'unknown.example' },
      })
      expect(missing.status).toBe(404)
    })
  })

  describe('provisioning and SCIM tokens', () => {
    it('gets, deletes and re-creates a provisioning configuration', async () => {
      const { call, store, advance } = setup()
      const okta = idpId(store, 'acme-okta')
      const got = await call('GET', `/identity-providers/${okta}/provisioning`)
      expect(got.status).toBe(200)
      expect(got.body).toMatchObject({
        identity_provider_id: okta,
        identity_provider_name: 'acme-okta',
        strategy: 'okta',
        method: 'scim',
        user_id_attribute: 'externalId',
      })
      expect((await call('DELETE', `/identity-providers/${okta}/provisioning`)).status).toBe(204)
      expect(store.state.scimTokens.some((t) => t.identity_provider_id === okta)).toBe(false)
      expect((await call('GET', `/identity-providers/${okta}/provisioning`)).body?.detail).toBe(
        'Provisioning is not configured for this identity provider.',
      )
      advance(1000)
      const created = await call('POST', `/identity-providers/${okta}/provisioning`)
      expect(created.status).toBe(201)
      expect(created.body?.created_at).toBe(new Date(start + 1000).toISOString())
      expect(created.body?.updated_on).toBe(created.body?.created_at)
      const again = await call('POST', `/identity-providers/${okta}/provisioning`)
      expect(again.status).toBe(400)
      expect(again.body?.detail).toBe(
        'Provisioning is already configured for this identity provider.',
      )
    })

    it('refuses provisioning for a strategy without the feature', async () => {
      const { call, store } = setup()
      const res = await call(
        'POST',
        `/identity-providers/${idpId(store, 'acme-adfs')}/provisioning`,
      )
      expect(res.status).toBe(400)
      expect(res.body?.detail).toMatch(/not available for the adfs strategy/)
    })

    it('refreshes provisioning attributes (extras removed) and returns the config', async () => {
      const { call, store } = setup()
      const okta = idpId(store, 'acme-okta')
      const res = await call('PUT', `/identity-providers/${okta}/provisioning/update-attributes`, {
        body: {},
      })
      expect(res.status).toBe(200)
      const fields = (
        res.body?.attributes as { provisioning_field: string; is_extra: boolean }[]
      ).map((a) => a.provisioning_field)
      expect(fields).not.toContain(
        'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:costCenter',
      )
      expect(fields).toContain('externalId')
    })

    it('lists tokens: one never expires, one expires soon', async () => {
      const { call, store } = setup()
      const okta = await call(
        'GET',
        `/identity-providers/${idpId(store, 'acme-okta')}/provisioning/scim-tokens`,
      )
      expect(okta.status).toBe(200)
      const [never] = okta.body?.scim_tokens as Record<string, unknown>[]
      expect(never).not.toHaveProperty('valid_until')
      expect(never).not.toHaveProperty('token')
      const entra = await call(
        'GET',
        `/identity-providers/${idpId(store, 'acme-entra')}/provisioning/scim-tokens`,
      )
      const [soon] = entra.body?.scim_tokens as { valid_until: string }[]
      expect(Date.parse(soon!.valid_until) - start).toBe(3 * 24 * 60 * 60 * 1000)
    })

    it('seeds an expired token on a provisioned provider (acme-ping)', async () => {
      const { call, store } = setup()
      const ping = idpId(store, 'acme-ping')
      expect((await call('GET', `/identity-providers/${ping}/provisioning`)).status).toBe(200)
      const listed = await call('GET', `/identity-providers/${ping}/provisioning/scim-tokens`)
      const [expired] = listed.body?.scim_tokens as { valid_until: string }[]
      expect(Date.parse(expired!.valid_until)).toBeLessThan(start)
    })

    it('returns the plaintext token only in the create response', async () => {
      const { call, store } = setup()
      const okta = idpId(store, 'acme-okta')
      const created = await call('POST', `/identity-providers/${okta}/provisioning/scim-tokens`, {
        body: { token_lifetime: 3600 },
      })
      expect(created.status).toBe(201)
      const plaintext = created.body?.token as string
      expect(plaintext).toMatch(/^[A-Za-z0-9]{64}$/)
      expect(created.body?.token_id).toMatch(/^tok_[A-Za-z0-9]{16}$/)
      expect(created.body?.created_at).toBe(new Date(start).toISOString())
      expect(created.body?.valid_until).toBe(new Date(start + 3600_000).toISOString())

      const listed = await call('GET', `/identity-providers/${okta}/provisioning/scim-tokens`)
      expect(listed.text).not.toContain(plaintext)
      expect(JSON.stringify(store.state)).not.toContain(plaintext)
      const stored = store.state.scimTokens.find((t) => t.token_id === created.body?.token_id)
      expect(stored?.token_hash).toMatch(/^[0-9a-f]{64}$/)
    })

    it('creates a non-expiring token without valid_until', async () => {
      const { call, store } = setup()
      const res = await call(
        'POST',
        `/identity-providers/${idpId(store, 'acme-okta')}/provisioning/scim-tokens`,
        { body: {} },
      )
      expect(res.status).toBe(201)
      expect(res.body).not.toHaveProperty('valid_until')
    })

    it('enforces the per-provider token cap with a clear 400', async () => {
      const { call, store } = setup()
      const okta = idpId(store, 'acme-okta')
      const path = `/identity-providers/${okta}/provisioning/scim-tokens`
      expect((await call('POST', path, { body: {} })).status).toBe(201)
      const third = await call('POST', path, { body: {} })
      expect(third.status).toBe(400)
      expect(third.body?.detail).toBe(
        'This identity provider already has 2 SCIM tokens, the most allowed (2). Delete one before creating another.',
      )
      store.state.maxScimTokensPerIdentityProvider = null
      expect((await call('POST', path, { body: {} })).status).toBe(201)
    })

    it('deletes a token (204) and answers 404 for an unknown one', async () => {
      const { call, store } = setup()
      const okta = idpId(store, 'acme-okta')
      const [token] = store.state.scimTokens.filter((t) => t.identity_provider_id === okta)
      const path = `/identity-providers/${okta}/provisioning/scim-tokens/${token!.token_id}`
      const res = await call('DELETE', path)
      expect(res.status).toBe(204)
      expect(res.text).toBe('')
      expect((await call('DELETE', path)).status).toBe(404)
    })

    it('answers 404 for tokens when provisioning is not set up', async () => {
      const { call, store } = setup()
      const res = await call(
        'GET',
        `/identity-providers/${idpId(store, 'acme-oidc')}/provisioning/scim-tokens`,
      )
      expect(res.status).toBe(404)
    })
  })

  describe('faults', () => {
    it('rate-limits the next N requests with Retry-After and X-RateLimit-*', async () => {
      const { call, faults } = setup()
      faults.rateLimit = { times: 2, retryAfterSeconds: 7 }
      const first = await call('GET', '/details')
      expect(first.status).toBe(429)
      expect(first.body).toEqual({
        type: 'https://auth0.com/api-errors#A0E-429-0003',
        status: 429,
        title: 'Endpoint Rate Limit Exceeded',
        detail: 'The endpoint request limit has been exceeded.',
      })
      expect(first.headers.get('retry-after')).toBe('7')
      expect(first.headers.get('x-ratelimit-remaining')).toBe('0')
      expect(first.headers.get('x-ratelimit-reset')).toBe(String(Math.ceil(start / 1000) + 7))
      expect((await call('GET', '/details')).status).toBe(429)
      expect((await call('GET', '/details')).status).toBe(200)
    })

    it('scopes a fault to one operation', async () => {
      const { call, faults } = setup()
      faults.serverError = { operations: ['createDomain'] }
      expect((await call('GET', '/domains')).status).toBe(200)
      const res = await call('POST', '/domains', { body: { domain: 'x.example' } })
      expect(res.status).toBe(500)
      expect(res.body?.title).toBe('Internal Server Error')
      faults.reset()
      expect((await call('POST', '/domains', { body: { domain: 'x.example' } })).status).toBe(201)
    })

    it('answers 401 for the expiredToken fault', async () => {
      const { call, faults } = setup()
      faults.expiredToken = { times: 1 }
      const res = await call('GET', '/details')
      expect(res.status).toBe(401)
      expect(res.body?.detail).toMatch(/expired/)
      expect((await call('GET', '/details')).status).toBe(200)
    })

    it('throws MockNetworkError for the networkError fault', async () => {
      const { handler, faults } = setup()
      faults.networkError = { methods: ['POST'] }
      const error: unknown = await handler(
        new Request(`${origin}/my-org/domains`, { method: 'POST', body: '{}' }),
      ).catch((caught: unknown) => caught)
      expect(isMockNetworkError(error)).toBe(true)
    })

    it('delays responses by latencyMs', async () => {
      const { call, faults } = setup()
      faults.latencyMs = 60
      const before = performance.now()
      expect((await call('GET', '/config')).status).toBe(200)
      expect(performance.now() - before).toBeGreaterThanOrEqual(55)
    })
  })

  describe('rate limiter', () => {
    it('enforces the free tier per organization, per class, on the injected clock', async () => {
      let time = start
      const now = () => time
      const store = createMyOrgStore({}, { now })
      const handler = createMyOrgHandler({ store, rateLimit: 'free' })
      const token = createMockAccessToken({ now })
      const get = () =>
        handler(
          new Request(`${origin}/my-org/config`, { headers: { authorization: `Bearer ${token}` } }),
        )
      const statuses: number[] = []
      for (let i = 0; i < 5; i += 1) {
        statuses.push((await get()).status)
      }
      expect(statuses).toEqual([200, 200, 200, 200, 429])
      const refused = await get()
      expect(refused.headers.get('retry-after')).toBe('1')
      expect(refused.headers.get('x-ratelimit-limit')).toBe('4')
      expect(((await refused.json()) as { type: string }).type).toBe(
        'https://auth0.com/api-errors#A0E-429-0003',
      )
      time += 250
      const after = await get()
      expect(after.status).toBe(200)
      expect(after.headers.get('x-ratelimit-remaining')).toBe('0')
    })
  })

  describe('cors', () => {
    it('answers preflights and exposes the rate-limit headers', async () => {
      const handler = createMyOrgHandler({ cors: true })
      const preflight = await handler(
        new Request(`${origin}/my-org/domains`, {
          method: 'OPTIONS',
          headers: { origin: 'http://localhost:5173' },
        }),
      )
      expect(preflight.status).toBe(204)
      expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173')
      const res = await handler(
        new Request(`${origin}/my-org/domains`, { headers: { origin: 'http://localhost:5173' } }),
      )
      expect(res.status).toBe(401)
      expect(res.headers.get('access-control-expose-headers')).toContain('Retry-After')
    })
  })
})
