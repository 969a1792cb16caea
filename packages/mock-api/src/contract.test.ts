/**
 * Contract test: every response the mock returns (success and provoked errors) must match the
 * official OpenAPI 3.1 document, with a status code the spec declares for the operation; and
 * every request the real client sends must match the spec's request schemas.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { Ajv2020 } from 'ajv/dist/2020.js'
import type { ValidateFunction } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import { afterAll, describe, expect, it } from 'vitest'

import { createMyOrgClient, operations } from '@myorg-kit/client'
import type { IdpStrategy, MyOrgClient, OperationName } from '@myorg-kit/client'

import { createFaults } from './faults.ts'
import { createMyOrgHandler } from './handler.ts'
import { createMyOrgStore } from './store.ts'
import {
  badMemberParams,
  driveMemberOperations,
  runClientMemberMethods,
  unknownMemberParams,
} from './test/contract-members.ts'
import { createMockAccessToken, scopesWithout } from './tokens.ts'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const specPath = path.resolve(repoRoot, '../shared/myorg-api-spec/myorganization-api-oas.json')
const specExists = existsSync(specPath)
if (!specExists) {
  console.warn(
    `[mock-api contract test] SKIPPED: the OpenAPI document was not found at ${specPath}. ` +
      'Put myorganization-api-oas.json there to run the contract test.',
  )
}

const specId = 'https://myorg-kit.test/myorganization-api-oas.json'
const origin = 'https://tenant.example'

type Json = Record<string, unknown>

/**
 * Responses the mock returns with a status the spec does not declare for that operation, each
 * with the reason. Everything else must be declared.
 */
const undeclaredStatuses: Partial<Record<OperationName, Record<number, string>>> = {
  deleteIdentityProvider: {
    409: 'allow_if_empty refusal: the docs only say "will return an error" (myorg-api.md §2.4)',
  },
}

interface Recorded {
  operation: OperationName
  label: string
  status: number
  text: string
  headers: Headers
}

/** Strategy → the spec's strategy-specific update schema (gotcha §9.2). */
const updateSchemaByStrategy: Record<IdpStrategy, string> = {
  adfs: 'IdpAdfsUpdateRequest',
  'google-apps': 'IdpGoogleAppsUpdateRequest',
  oidc: 'IdpOidcUpdateRequest',
  okta: 'IdpOktaUpdateRequest',
  pingfederate: 'IdpPingFederateUpdateRequest',
  samlp: 'IdpSamlpUpdateRequest',
  waad: 'IdpWaadUpdateRequest',
}

describe.skipIf(!specExists)('OpenAPI contract', () => {
  const spec = specExists ? (JSON.parse(readFileSync(specPath, 'utf8')) as Json) : {}
  const ajv = new Ajv2020({ strict: false, allErrors: true })
  // ajv-formats is CommonJS; its default export arrives wrapped under some loaders.
  const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
    addFormatsModule) as (instance: Ajv2020) => void
  addFormats(ajv)
  ajv.addSchema({ ...spec, $id: specId })
  const compiled = new Map<string, ValidateFunction>()

  function validatorFor(pointer: string): ValidateFunction {
    let validate = compiled.get(pointer)
    if (!validate) {
      validate = ajv.compile({ $ref: `${specId}${pointer}` })
      compiled.set(pointer, validate)
    }
    return validate
  }

  function resolve(pointer: string): Json {
    let node: unknown = spec
    for (const raw of pointer.replace(/^#\//, '').split('/')) {
      const key = raw.replace(/~1/g, '/').replace(/~0/g, '~')
      node = (node as Json)[key]
    }
    return node as Json
  }

  /** Follow `$ref`s from `pointer`; returns the final pointer and node. */
  function follow(pointer: string): { pointer: string; node: Json } {
    let current = pointer
    let node = resolve(current)
    while (typeof node.$ref === 'string') {
      current = node.$ref
      node = resolve(current)
    }
    return { pointer: current, node }
  }

  const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1')

  function operationPointer(operation: OperationName): string {
    const { method, path: opPath } = operations[operation]
    return `#/paths/${escape(opPath)}/${method.toLowerCase()}`
  }

  function declaredStatuses(operation: OperationName): number[] {
    return Object.keys(resolve(`${operationPointer(operation)}/responses`)).map(Number)
  }

  /** Validator of the response body, or `null` when the spec declares no body. */
  function responseValidator(operation: OperationName, status: number): ValidateFunction | null {
    const { pointer, node } = follow(`${operationPointer(operation)}/responses/${String(status)}`)
    if (!node.content) {
      return null
    }
    return validatorFor(`${pointer}/content/application~1json/schema`)
  }

  function requestBodyValidator(operation: OperationName): ValidateFunction | null {
    const op = resolve(operationPointer(operation))
    if (!op.requestBody) {
      return null
    }
    const { pointer } = follow(`${operationPointer(operation)}/requestBody`)
    return validatorFor(`${pointer}/content/application~1json/schema`)
  }

  function errorsOf(validate: ValidateFunction): string {
    return ajv.errorsText(validate.errors, { separator: '\n' })
  }

  // ── Drive the mock ──────────────────────────────────────────────────────────────────────────

  const recorded: Recorded[] = []
  const requestBodiesChecked: { operation: OperationName; label: string }[] = []

  function setup() {
    const store = createMyOrgStore()
    const faults = createFaults()
    const handler = createMyOrgHandler({ store, faults })
    const token = createMockAccessToken()
    const idp = (name: string) => {
      const found = store.state.identityProviders.find((candidate) => candidate.name === name)
      if (!found) {
        throw new Error(`seed has no ${name}`)
      }
      return found
    }
    const domain = (name: string) => {
      const found = store.findDomainByName(name)
      if (!found) {
        throw new Error(`seed has no ${name}`)
      }
      return found
    }
    async function call(
      operation: OperationName,
      label: string,
      options: {
        params?: Record<string, string>
        query?: string
        body?: unknown
        rawBody?: string
        token?: string | null
        strategy?: IdpStrategy
      } = {},
    ): Promise<Recorded> {
      const definition = operations[operation]
      let relative: string = definition.path
      for (const [key, value] of Object.entries(options.params ?? {})) {
        relative = relative.replace(`{${key}}`, encodeURIComponent(value))
      }
      const headers = new Headers()
      const bearer = options.token === undefined ? token : options.token
      if (bearer !== null) {
        headers.set('authorization', `Bearer ${bearer}`)
      }
      let body: string | undefined = options.rawBody
      if (options.body !== undefined) {
        body = JSON.stringify(options.body)
        headers.set('content-type', 'application/json')
      }
      const response = await handler(
        new Request(`${origin}/my-org${relative === '/' ? '' : relative}${options.query ?? ''}`, {
          method: definition.method,
          headers,
          body,
        }),
      )
      const entry: Recorded = {
        operation,
        label,
        status: response.status,
        text: await response.text(),
        headers: response.headers,
      }
      recorded.push(entry)
      return entry
    }
    return { store, faults, handler, token, call, idp, domain }
  }

  it('has every operation of the spec in the operation table, legacy ones marked', () => {
    const methods = ['get', 'post', 'put', 'patch', 'delete']
    const inSpec = Object.entries(spec.paths as Record<string, Json>).flatMap(([specPath, item]) =>
      Object.entries(item)
        .filter(([method]) => methods.includes(method))
        .map(([method, op]) => ({
          key: `${method.toUpperCase()} ${specPath}`,
          ignored: (op as Json)['x-sdk-ignore'] === true,
        })),
    )
    const table = Object.values(operations).map((op) => ({
      key: `${op.method} ${op.path}`,
      ignored: 'legacy' in op,
    }))
    const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key)
    expect(inSpec).toHaveLength(41)
    expect(table.sort(byKey)).toEqual(inSpec.sort(byKey))
  })

  it('drives every operation through success and error paths', async () => {
    const { store, faults, call, idp, domain } = setup()
    const okta = idp('acme-okta').id
    const entra = idp('acme-entra').id
    const saml = idp('acme-saml').id
    const oidc = idp('acme-oidc').id
    const google = idp('acme-google').id
    const adfs = idp('acme-adfs').id
    const acmeCom = domain('acme.com').id
    const unknownDomain = 'ord_AAAAAAAAAAAAAAAAAAAAAA'
    const unknownIdp = 'con_AAAAAAAAAAAAAAAA'

    // 401, 403 and 429 for every operation.
    for (const operation of Object.keys(operations) as OperationName[]) {
      const params = {
        domain_id: acmeCom,
        idp_id: okta,
        domain: 'acme.com',
        idp_scim_token_id: 'tok_AAAAAAAAAAAAAAAA',
        ...unknownMemberParams,
      }
      await call(operation, 'no token', { params, token: null })
      await call(operation, 'expired token', {
        params,
        token: createMockAccessToken({ expiresInSeconds: -1 }),
      })
      await call(operation, 'missing scope', {
        params,
        token: createMockAccessToken({ scopes: scopesWithout(operation) }),
      })
      faults.rateLimit = { times: 1, retryAfterSeconds: 2 }
      const limited = await call(operation, 'rate limited', { params })
      expect(limited.status).toBe(429)
      expect(limited.headers.get('retry-after')).toBe('2')
    }

    // Reads of every seeded record (all seven strategies, all access levels).
    await call('getOrganizationDetails', 'seed')
    await call('getConfiguration', 'seed')
    await call('getIdentityProvidersConfiguration', 'seed')
    await call('listDomains', 'seed')
    await call('listDomains', 'take=2', { query: '?take=2' })
    await call('listDomains', 'take=0', { query: '?take=0' })
    await call('listIdentityProviders', 'seed')
    await call('listIdentityProviders', 'filter', {
      query: '?member_access_level=none&member_access_level=full',
    })
    await call('listIdentityProviders', 'bad filter', { query: '?member_access_level=owner' })
    for (const candidate of store.state.identityProviders) {
      await call('getIdentityProvider', candidate.name, { params: { idp_id: candidate.id } })
    }
    for (const candidate of store.state.domains) {
      await call('getDomain', candidate.domain, { params: { domain_id: candidate.id } })
      await call('listDomainIdentityProviders', candidate.domain, {
        params: { domain_id: candidate.id },
      })
    }
    await call('getProvisioning', 'okta', { params: { idp_id: okta } })
    await call('getProvisioning', 'not set up', { params: { idp_id: oidc } })
    await call('listScimTokens', 'okta', { params: { idp_id: okta } })
    await call('listScimTokens', 'entra', { params: { idp_id: entra } })

    // 400 (path params) and 404 (unknown ids) for every operation with an id.
    for (const operation of Object.keys(operations) as OperationName[]) {
      const template = operations[operation].path
      if (!template.includes('{')) {
        continue
      }
      await call(operation, 'bad id', {
        params: {
          domain_id: 'ord_bad',
          idp_id: 'con_bad',
          domain: 'not a domain',
          idp_scim_token_id: 'tok_bad',
          ...badMemberParams,
        },
      })
      await call(operation, 'unknown id', {
        params: {
          domain_id: unknownDomain,
          idp_id: unknownIdp,
          domain: 'acme.com',
          idp_scim_token_id: 'tok_AAAAAAAAAAAAAAAA',
          ...unknownMemberParams,
        },
      })
    }

    // Details.
    await call('updateOrganizationDetails', 'ok', {
      body: {
        name: 'acme',
        display_name: 'Acme',
        branding: {
          logo_url: 'https://acme.example/logo.svg',
          colors: { primary: '#000', page_background: '#ffffff' },
        },
      },
    })
    await call('updateOrganizationDetails', 'bad colour', {
      body: { branding: { colors: { primary: 'red', page_background: '#fff' } } },
    })
    await call('updateOrganizationDetails', 'bad json', { rawBody: '{' })

    // Domains.
    const created = await call('createDomain', 'ok', { body: { domain: 'shop.acme.com' } })
    const createdId = (JSON.parse(created.text) as { id: string }).id
    await call('createDomain', 'duplicate', { body: { domain: 'acme.com' } })
    await call('createDomain', 'invalid', { body: { domain: 'https://x.y/' } })
    await call('verifyDomain', 'will verify', { params: { domain_id: domain('acme-labs.io').id } })
    await call('verifyDomain', 'will fail', { params: { domain_id: domain('acme-legacy.net').id } })
    await call('verifyDomain', 'stays pending', {
      params: { domain_id: domain('acmecorp.dev').id },
    })
    await call('deleteDomain', 'ok', { params: { domain_id: createdId } })

    // Identity providers: create one of each strategy.
    const creates: Json[] = [
      {
        strategy: 'okta',
        name: 'new-okta',
        display_name: 'New Okta',
        show_as_button: true,
        assign_membership_on_login: false,
        is_enabled: true,
        domains: ['acme.com'],
        options: {
          domain: 'new.okta.com',
          client_id: 'id',
          client_secret: 'secret',
          icon_url: 'https://x.example/i.png',
        },
      },
      {
        strategy: 'oidc',
        name: 'new-oidc',
        options: {
          type: 'front_channel',
          client_id: 'id',
          discovery_url: 'https://x.example/.well-known/openid-configuration',
        },
      },
      {
        strategy: 'samlp',
        name: 'new-saml-auto',
        options: {
          metadataUrl: 'https://x.example/metadata',
          signSAMLRequest: true,
          signatureAlgorithm: 'rsa-sha256',
          digestAlgorithm: 'sha256',
        },
      },
      {
        strategy: 'samlp',
        name: 'new-saml-manual',
        options: {
          signInEndpoint: 'https://x.example/sso',
          signingCert: 'MIIBfake',
          signSAMLRequest: false,
          protocolBinding: 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST',
        },
      },
      {
        strategy: 'google-apps',
        name: 'new-google',
        options: { domain: 'acme.com', client_id: 'id', client_secret: 'secret' },
      },
      {
        strategy: 'waad',
        name: 'new-entra',
        options: { tenant_domain: 'acme.onmicrosoft.com', client_id: 'id', client_secret: 's' },
      },
      { strategy: 'adfs', name: 'new-adfs-server', options: { adfs_server: 'https://adfs.x' } },
      {
        strategy: 'adfs',
        name: 'new-adfs-xml',
        options: { fedMetadataXml: '<EntityDescriptor/>' },
      },
      {
        strategy: 'pingfederate',
        name: 'new-ping',
        options: {
          pingFederateBaseUrl: 'https://ping.x',
          signingCert: 'MIIBfake',
          signatureAlgorithm: 'rsa-sha1',
          digestAlgorithm: 'sha1',
          signSAMLRequest: true,
          idpInitiated: { enabled: true, client_id: 'abc', client_protocol: 'oidc' },
        },
      },
    ]
    const createRequest = requestBodyValidator('createIdentityProvider')!
    for (const body of creates) {
      expect(createRequest(body), errorsOf(createRequest)).toBe(true)
      requestBodiesChecked.push({ operation: 'createIdentityProvider', label: String(body.name) })
      const res = await call('createIdentityProvider', String(body.name), { body })
      expect(res.status, res.text).toBe(201)
    }
    await call('createIdentityProvider', 'duplicate name', {
      body: { strategy: 'adfs', name: 'acme-okta', options: { adfs_server: 'https://a' } },
    })
    await call('createIdentityProvider', 'invalid', { body: { strategy: 'okta', name: '' } })

    // Updates, validated against the strategy-specific request schema.
    const updates: { id: string; strategy: IdpStrategy; label: string; body: Json }[] = [
      {
        id: okta,
        strategy: 'okta',
        label: 'okta full',
        body: {
          display_name: 'Okta',
          options: { domain: 'a.okta.com', client_id: 'x', client_secret: 'y' },
        },
      },
      { id: saml, strategy: 'samlp', label: 'saml limited toggle', body: { is_enabled: false } },
      { id: saml, strategy: 'samlp', label: 'saml limited rename', body: { display_name: 'S' } },
      { id: google, strategy: 'google-apps', label: 'google readonly', body: { is_enabled: true } },
      {
        id: adfs,
        strategy: 'adfs',
        label: 'adfs options',
        body: { options: { fedMetadataXml: '<EntityDescriptor/>' } },
      },
      {
        id: oidc,
        strategy: 'oidc',
        label: 'oidc options',
        body: {
          options: { type: 'back_channel', client_id: 'c', client_secret: 's', discovery_url: 'u' },
        },
      },
    ]
    for (const update of updates) {
      const validate = validatorFor(
        `#/components/schemas/${updateSchemaByStrategy[update.strategy]}`,
      )
      expect(validate(update.body), `${update.label}: ${errorsOf(validate)}`).toBe(true)
      requestBodiesChecked.push({ operation: 'updateIdentityProvider', label: update.label })
      await call('updateIdentityProvider', update.label, {
        params: { idp_id: update.id },
        body: update.body,
      })
    }
    await call('updateIdentityProvider', 'wrong options for strategy', {
      params: { idp_id: okta },
      body: { options: { adfs_server: 'x' } },
    })
    await call('refreshIdentityProviderAttributes', 'oidc', { params: { idp_id: oidc }, body: {} })
    await call('refreshIdentityProviderAttributes', 'adfs', { params: { idp_id: adfs }, body: {} })
    await call('refreshIdentityProviderAttributes', 'non-empty body', {
      params: { idp_id: oidc },
      body: { key: 'value' },
    })

    // IdP ↔ domain.
    await call('addIdentityProviderDomain', 'ok', {
      params: { idp_id: adfs },
      body: { domain: 'acme.co.uk' },
    })
    await call('addIdentityProviderDomain', 'duplicate', {
      params: { idp_id: adfs },
      body: { domain: 'acme.co.uk' },
    })
    await call('addIdentityProviderDomain', 'unverified', {
      params: { idp_id: adfs },
      body: { domain: 'acmecorp.dev' },
    })
    await call('addIdentityProviderDomain', 'unknown domain', {
      params: { idp_id: adfs },
      body: { domain: 'nowhere.example' },
    })
    await call('removeIdentityProviderDomain', 'ok', {
      params: { idp_id: adfs, domain: 'acme.co.uk' },
    })
    await call('removeIdentityProviderDomain', 'not linked', {
      params: { idp_id: adfs, domain: 'acme.co.uk' },
    })

    // Provisioning and tokens.
    await call('createProvisioning', 'oidc', { params: { idp_id: oidc } })
    await call('createProvisioning', 'exists', { params: { idp_id: oidc } })
    await call('createProvisioning', 'adfs has no provisioning', { params: { idp_id: adfs } })
    await call('refreshProvisioningAttributes', 'okta', { params: { idp_id: okta }, body: {} })
    await call('createScimToken', 'expiring', {
      params: { idp_id: oidc },
      body: { token_lifetime: 3600 },
    })
    const never = await call('createScimToken', 'never expiring', {
      params: { idp_id: oidc },
      body: {},
    })
    await call('createScimToken', 'over the cap', { params: { idp_id: oidc }, body: {} })
    await call('createScimToken', 'too short', {
      params: { idp_id: oidc },
      body: { token_lifetime: 60 },
    })
    await call('listScimTokens', 'oidc', { params: { idp_id: oidc } })
    await call('deleteScimToken', 'ok', {
      params: {
        idp_id: oidc,
        idp_scim_token_id: (JSON.parse(never.text) as Json).token_id as string,
      },
    })
    await call('deleteProvisioning', 'oidc', { params: { idp_id: oidc } })

    // Members, their roles, invitations and roles.
    await driveMemberOperations(call, store, (operation, body) => {
      const validate = requestBodyValidator(operation)!
      expect(validate(body), `${operation}: ${errorsOf(validate)}`).toBe(true)
      requestBodiesChecked.push({ operation, label: 'members' })
    })

    // Deletion and detachment.
    await call('deleteIdentityProvider', 'has users', { params: { idp_id: okta } })
    await call('deleteIdentityProvider', 'readonly', { params: { idp_id: google } })
    await call('deleteIdentityProvider', 'empty', { params: { idp_id: adfs } })
    await call('detachIdentityProvider', 'ok', { params: { idp_id: entra } })

    // Finally the organization itself, then 404 for everything that declares it.
    await call('deleteOrganization', 'ok')
    await call('getOrganizationDetails', 'organization deleted')
    await call('getConfiguration', 'organization deleted')
    await call('getIdentityProvidersConfiguration', 'organization deleted')
    await call('listDomains', 'organization deleted')
    await call('listMembers', 'organization deleted')
    await call('listMemberInvitations', 'organization deleted')

    // Every operation reached its success status.
    for (const operation of Object.keys(operations) as OperationName[]) {
      const success = declaredStatuses(operation).find((status) => status < 300)
      expect(
        recorded.some((entry) => entry.operation === operation && entry.status === success),
        `${operation} never returned ${String(success)}`,
      ).toBe(true)
    }
    const provoked = new Set(recorded.map((entry) => entry.status))
    for (const status of [200, 201, 202, 204, 400, 401, 403, 404, 409, 429]) {
      expect(provoked.has(status), `no response with status ${String(status)}`).toBe(true)
    }
  })

  it('every recorded response has a declared status and a body matching the spec', () => {
    expect(recorded.length).toBeGreaterThan(200)
    const failures: string[] = []
    for (const entry of recorded) {
      const where = `${entry.operation} [${entry.label}] → ${String(entry.status)}`
      const declared = declaredStatuses(entry.operation).includes(entry.status)
      const excused = undeclaredStatuses[entry.operation]?.[entry.status]
      if (!declared && !excused) {
        failures.push(`${where}: status not declared in the spec`)
        continue
      }
      const validate = declared
        ? responseValidator(entry.operation, entry.status)
        : validatorFor('#/components/schemas/ErrorResponseContent')
      if (validate === null) {
        if (entry.text !== '') {
          failures.push(`${where}: the spec declares no body but got ${entry.text}`)
        }
        continue
      }
      if (entry.headers.get('content-type') !== 'application/json') {
        failures.push(`${where}: content-type ${String(entry.headers.get('content-type'))}`)
      }
      let body: unknown
      try {
        body = JSON.parse(entry.text)
      } catch {
        failures.push(`${where}: body is not JSON: ${entry.text}`)
        continue
      }
      if (!validate(body)) {
        failures.push(`${where}: ${errorsOf(validate)}\n${entry.text}`)
      }
    }
    expect(failures).toEqual([])
  })

  it('204 responses have an empty body', () => {
    const noContent = recorded.filter((entry) => entry.status === 204)
    expect(new Set(noContent.map((entry) => entry.operation)).size).toBe(13)
    expect(noContent.filter((entry) => entry.text !== '')).toEqual([])
  })

  describe('the validator is not vacuous', () => {
    function sample(operation: OperationName, status: number): Json {
      const entry = recorded.find((r) => r.operation === operation && r.status === status)
      if (!entry) {
        throw new Error(`no recorded ${operation} ${String(status)}`)
      }
      return JSON.parse(entry.text) as Json
    }

    it('accepts the untouched responses used below', () => {
      expect(responseValidator('getDomain', 200)!(sample('getDomain', 200))).toBe(true)
      expect(
        responseValidator('getIdentityProvider', 200)!(sample('getIdentityProvider', 200)),
      ).toBe(true)
      expect(responseValidator('getDomain', 404)!(sample('getDomain', 404))).toBe(true)
    })

    it('rejects a domain with an unknown property', () => {
      const bent = { ...sample('getDomain', 200), verified_at: '2026-01-01T00:00:00Z' }
      expect(responseValidator('getDomain', 200)!(bent)).toBe(false)
    })

    it('rejects a domain with a status outside the enum', () => {
      const bent = { ...sample('getDomain', 200), status: 'verifying' }
      expect(responseValidator('getDomain', 200)!(bent)).toBe(false)
    })

    it('rejects a domain without a required field', () => {
      const bent = sample('getDomain', 200)
      delete bent.verification_txt
      expect(responseValidator('getDomain', 200)!(bent)).toBe(false)
    })

    it('rejects an identity provider that leaks client_secret', () => {
      const original = sample('getIdentityProvider', 200)
      const bent = {
        ...original,
        options: { ...(original.options as Json), client_secret: 'leaked' },
      }
      expect(responseValidator('getIdentityProvider', 200)!(bent)).toBe(false)
    })

    it('rejects an error body with an extra field or a missing detail', () => {
      const original = sample('getDomain', 404)
      expect(responseValidator('getDomain', 404)!({ ...original, message: 'x' })).toBe(false)
      const withoutDetail = { ...original }
      delete withoutDetail.detail
      expect(responseValidator('getDomain', 404)!(withoutDetail)).toBe(false)
    })
  })

  describe('requests sent by @myorg-kit/client', () => {
    const captured: { method: string; url: URL; body: string; strategy?: IdpStrategy }[] = []
    let client: MyOrgClient
    let store: ReturnType<typeof createMyOrgStore>
    const responses: Recorded[] = []

    afterAll(() => {
      captured.length = 0
    })

    function matchOperation(method: string, url: URL) {
      const relative = url.pathname.replace(/^\/my-org/, '') || '/'
      for (const operation of Object.keys(operations) as OperationName[]) {
        const definition = operations[operation]
        if (definition.method !== method) {
          continue
        }
        const names: string[] = []
        const regex = new RegExp(
          `^${definition.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
            names.push(name)
            return '([^/]+)'
          })}$`,
        )
        const found = regex.exec(relative)
        if (found) {
          const params: Record<string, string> = {}
          names.forEach((name, index) => {
            params[name] = decodeURIComponent(found[index + 1] ?? '')
          })
          return { operation, params }
        }
      }
      return undefined
    }

    it('runs every client method against the mock', async () => {
      store = createMyOrgStore()
      const handler = createMyOrgHandler({ store })
      const token = createMockAccessToken()
      client = createMyOrgClient({
        baseUrl: `${origin}/my-org`,
        getAccessToken: () => Promise.resolve(token),
        rateLimits: false,
        retry: { maxRetries: 0 },
        fetch: async (input, init) => {
          const request = new Request(input, init)
          const target = matchOperation(request.method, new URL(request.url))
          // The strategy decides which update schema applies (spec gotcha §9.2).
          const strategy = target?.params.idp_id
            ? store.findIdentityProvider(target.params.idp_id)?.strategy
            : undefined
          captured.push({
            method: request.method,
            url: new URL(request.url),
            body: await request.clone().text(),
            ...(strategy ? { strategy } : {}),
          })
          const response = await handler(request)
          const copy = response.clone()
          const match = matchOperation(request.method, new URL(request.url))
          if (match) {
            responses.push({
              operation: match.operation,
              label: 'client',
              status: copy.status,
              text: await copy.text(),
              headers: copy.headers,
            })
          }
          return response
        },
      })
      const find = (name: string) => store.state.identityProviders.find((i) => i.name === name)!.id
      const okta = find('acme-okta')
      const oidc = find('acme-oidc')
      const adfs = find('acme-adfs')

      await client.details.get()
      await client.details.update({ display_name: 'Acme Inc', branding: { logo_url: null } })
      await client.configuration.get()
      await client.configuration.identityProviders()
      const page = await client.domains.list({ take: 2 })
      await client.domains.list({ from: page.next!, take: 2 })
      const domain = await client.domains.create({ domain: 'client.acme.com' })
      await client.domains.get(domain.id)
      await client.domains.verify(domain.id)
      await client.domains.identityProviders(store.findDomainByName('acme.com')!.id)
      await client.domains.delete(domain.id)
      await client.identityProviders.list()
      await client.identityProviders.list({ memberAccessLevel: ['full', 'limited'] })
      await client.identityProviders.get(okta)
      const createdIdp = await client.identityProviders.create({
        strategy: 'samlp',
        name: 'client-saml',
        options: { metadataUrl: 'https://x.example/m', signSAMLRequest: true },
      })
      await client.identityProviders.update(
        createdIdp.id!,
        {
          display_name: 'Client SAML',
          options: { signInEndpoint: 'https://x/sso', signingCert: 'MII', signSAMLRequest: false },
        },
        { strategy: 'samlp' },
      )
      await client.identityProviders.update(okta, { is_enabled: false })
      await client.identityProviders.refreshAttributes(oidc)
      await client.identityProviders.domains.add(adfs, 'acme.co.uk')
      await client.identityProviders.domains.remove(adfs, 'acme.co.uk')
      await client.identityProviders.provisioning.create(oidc)
      await client.identityProviders.provisioning.get(oidc)
      await client.identityProviders.provisioning.refreshAttributes(oidc)
      const token1 = await client.identityProviders.provisioning.scimTokens.create(oidc, {
        token_lifetime: 3600,
      })
      await client.identityProviders.provisioning.scimTokens.create(oidc)
      await client.identityProviders.provisioning.scimTokens.list(oidc)
      await client.identityProviders.provisioning.scimTokens.delete(oidc, token1.token_id)
      await client.identityProviders.provisioning.delete(oidc)
      await client.identityProviders.detach(createdIdp.id!)
      await client.identityProviders.delete(adfs)
      await runClientMemberMethods(client, store)
      await client.organization.delete()

      const seen = new Set(captured.map((c) => matchOperation(c.method, c.url)?.operation))
      const legacy = (Object.keys(operations) as OperationName[]).filter(
        (op) => 'legacy' in operations[op],
      )
      expect(legacy).toEqual(['unassignMemberRolesLegacy', 'deleteMemberInvitationLegacy'])
      expect(
        [...(Object.keys(operations) as OperationName[])].filter(
          (op) => !seen.has(op) && !legacy.includes(op),
        ),
      ).toEqual([])
      // The client uses the current POST forms, never the legacy DELETEs.
      expect(legacy.filter((op) => seen.has(op))).toEqual([])
    })

    it('every request body, path parameter and query parameter matches the spec', () => {
      expect(captured.length).toBeGreaterThanOrEqual(39)
      const failures: string[] = []
      for (const entry of captured) {
        const match = matchOperation(entry.method, entry.url)
        if (!match) {
          failures.push(`no operation for ${entry.method} ${entry.url.pathname}`)
          continue
        }
        const where = `${match.operation} ${entry.method} ${entry.url.pathname}${entry.url.search}`
        const op = resolve(operationPointer(match.operation))
        const parameters = ((op.parameters ?? []) as Json[]).map((parameter) => {
          const ref = typeof parameter.$ref === 'string' ? parameter.$ref : undefined
          return { pointer: ref ?? '', node: ref ? follow(ref).node : parameter }
        })
        for (const [name, value] of Object.entries(match.params)) {
          const parameter = parameters.find((p) => p.node.in === 'path' && p.node.name === name)
          if (!parameter) {
            failures.push(`${where}: path parameter ${name} not in the spec`)
            continue
          }
          const validate = validatorFor(`${parameter.pointer}/schema`)
          if (!validate(value)) {
            failures.push(`${where}: path ${name}: ${errorsOf(validate)}`)
          }
        }
        for (const name of new Set(entry.url.searchParams.keys())) {
          const parameter = parameters.find((p) => p.node.in === 'query' && p.node.name === name)
          if (!parameter) {
            failures.push(`${where}: query parameter ${name} not in the spec`)
            continue
          }
          const schema = parameter.node.schema as Json
          const values = entry.url.searchParams.getAll(name)
          const value =
            schema.type === 'array'
              ? values
              : schema.type === 'integer'
                ? Number(values[0])
                : schema.type === 'boolean' && /^(true|false)$/.test(values[0] ?? '')
                  ? values[0] === 'true'
                  : values[0]
          const validate = validatorFor(`${parameter.pointer}/schema`)
          if (!validate(value)) {
            failures.push(`${where}: query ${name}: ${errorsOf(validate)}`)
          }
        }
        let validate = requestBodyValidator(match.operation)
        if (match.operation === 'updateIdentityProvider') {
          if (!entry.strategy) {
            failures.push(`${where}: unknown strategy`)
            continue
          }
          validate = validatorFor(`#/components/schemas/${updateSchemaByStrategy[entry.strategy]}`)
        }
        if (validate === null) {
          if (entry.body !== '') {
            failures.push(`${where}: sends a body but the spec declares none: ${entry.body}`)
          }
          continue
        }
        if (!validate(entry.body === '' ? undefined : JSON.parse(entry.body))) {
          failures.push(`${where}: ${errorsOf(validate)}\n${entry.body}`)
        }
      }
      expect(failures).toEqual([])
    })

    it('every response the client received matches the spec', () => {
      const failures: string[] = []
      for (const entry of responses) {
        const validate = responseValidator(entry.operation, entry.status)
        if (validate === null) {
          if (entry.text !== '') {
            failures.push(`${entry.operation}: unexpected body`)
          }
          continue
        }
        if (!validate(JSON.parse(entry.text))) {
          failures.push(`${entry.operation} ${String(entry.status)}: ${errorsOf(validate)}`)
        }
      }
      expect(responses.every((entry) => entry.status < 300)).toBe(true)
      expect(failures).toEqual([])
    })
  })
})
