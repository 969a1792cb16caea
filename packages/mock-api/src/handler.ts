/**
 * The mock My Organization API as one Fetch-style function: `(Request) => Promise<Response>`.
 * Web APIs only (no MSW, no Node modules), so the same code serves MSW in tests and browsers and
 * a plain Node HTTP server.
 */
import type {
  IdpStrategy,
  OperationName,
  OrganizationAccessLevel,
  ProvisioningConfig,
} from '@myorg-kit/client'
import {
  createDomainRequestSchema,
  createIdentityProviderRequestSchema,
  createScimTokenRequestSchema,
  emptyBodySchema,
  idpDomainRequestSchema,
  updateIdentityProviderRequestSchema,
  updateOrgDetailsRequestSchema,
} from '@myorg-kit/client/schemas'

import { type MockFaults, createFaults } from './faults.ts'
import { randomAlphanumeric, randomId } from './ids.ts'
import { authorize } from './pipeline/auth.ts'
import { type MockAuthenticate, createMockTokenAuthenticator } from './pipeline/authenticate.ts'
import { corsHeaders, preflight } from './pipeline/cors.ts'
import { injectFaults } from './pipeline/faults.ts'
import { matchOperation, noRoute, unmatched } from './pipeline/match.ts'
import { parseParams } from './pipeline/params.ts'
import { limitRate } from './pipeline/rate-limit.ts'
import { type RateLimiterOptions, createRateLimiter } from './rate-limiter.ts'
import {
  type ValidationErrorDetail,
  apiError,
  badRequest,
  fieldError,
  forbidden,
  json,
  noContent,
  notFound,
  validationError,
  withHeaders,
} from './responses.ts'
import {
  type MockIdentityProvider,
  defaultProvisioningAttributes,
  defaultSsoAttributes,
  mockCertificate,
  scimTokenScopes,
  verificationHostFor,
} from './seed.ts'
import { type MyOrgStore, createMyOrgStore } from './store.ts'
import { base64UrlDecode, base64UrlEncode } from './tokens.ts'
import { type SafeParser, check } from './validation.ts'

export { createMockTokenAuthenticator } from './pipeline/authenticate.ts'
export type { MockAuthContext, MockAuthenticate } from './pipeline/authenticate.ts'

/** Options of {@link createMyOrgHandler}. */
export interface MyOrgHandlerOptions {
  /** The data. @default a fresh `createMyOrgStore()` */
  store?: MyOrgStore
  /** Faults to inject. @default a fresh `createFaults()` (all off) */
  faults?: MockFaults
  /**
   * Path prefix of the API on any origin. `${basePath}/v1` is accepted too.
   * @default '/my-org'
   */
  basePath?: string
  /** Replace token verification (e.g. real JWT verification in a dev server). */
  authenticate?: MockAuthenticate
  /** Clock in ms. @default the store's clock */
  now?: () => number
  /**
   * Enforce per-organization rate limits (token buckets per read/write class): a tier name such
   * as `'free'` (4 reads/s, 2 writes/s) or explicit limits. @default false (no limit)
   */
  rateLimit?: RateLimiterOptions | false
  /**
   * Answer CORS preflights and add CORS headers (exposing `Retry-After` and `X-RateLimit-*`), for
   * a mock served over HTTP to a page on another origin. @default false
   */
  cors?: boolean
}

/** The handler, with the store and faults it uses. */
export interface MyOrgHandler {
  (request: Request): Promise<Response>
  readonly store: MyOrgStore
  readonly faults: MockFaults
}

const bodyOperations = new Set<OperationName>([
  'updateOrganizationDetails',
  'createDomain',
  'createIdentityProvider',
  'updateIdentityProvider',
  'refreshIdentityProviderAttributes',
  'addIdentityProviderDomain',
  'refreshProvisioningAttributes',
  'createScimToken',
])

const accessLevels: readonly OrganizationAccessLevel[] = ['none', 'readonly', 'limited', 'full']
const strategiesWithAttributes = new Set<IdpStrategy>(['oidc', 'okta', 'samlp'])

function stripPem(certificate: string): string {
  return certificate.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '')
}

/** Response-shaped options: secrets dropped, `signingCert` returned as `cert`. */
function responseOptions(
  strategy: IdpStrategy,
  options: Record<string, unknown>,
  previous?: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = structuredClone(options)
  delete out.client_secret
  if (strategy === 'samlp' || strategy === 'pingfederate') {
    const signingCert = out.signingCert
    delete out.signingCert
    if (typeof signingCert === 'string') {
      out.cert = stripPem(signingCert)
    } else if (typeof previous?.cert === 'string') {
      out.cert = previous.cert
    } else {
      // Read from the SAML metadata document, in the real service.
      out.cert = mockCertificate
    }
  }
  return out
}

function identityProviderBody(idp: MockIdentityProvider): Record<string, unknown> {
  const body: Record<string, unknown> = {
    id: idp.id,
    name: idp.name,
    display_name: idp.display_name,
    strategy: idp.strategy,
    show_as_button: idp.show_as_button,
    assign_membership_on_login: idp.assign_membership_on_login,
    access_level: idp.access_level,
    domains: [...idp.domains],
    is_enabled: idp.is_enabled,
    options: structuredClone(idp.options),
  }
  if (strategiesWithAttributes.has(idp.strategy)) {
    body.attributes = structuredClone(idp.attributes ?? [])
  }
  return body
}

function minimalIdentityProviderBody(idp: MockIdentityProvider): Record<string, unknown> {
  return {
    id: idp.id,
    name: idp.name,
    display_name: idp.display_name,
    is_enabled: idp.is_enabled,
    access_level: idp.access_level,
  }
}

/**
 * The real service fetches an OIDC provider's discovery document when the provider is saved and
 * answers 400 "discovery failure: …" when it cannot. The mock cannot fetch, so it fails only for
 * hosts under `.invalid` (RFC 6761: guaranteed not to resolve), e.g. `https://idp.invalid/…`.
 */
function discoveryFailure(strategy: IdpStrategy, options: object): Response | undefined {
  const url = (options as { discovery_url?: unknown }).discovery_url
  if (strategy !== 'oidc' || typeof url !== 'string') {
    return undefined
  }
  let host: string
  try {
    host = new URL(url).hostname
  } catch {
    return undefined
  }
  return host === 'invalid' || host.endsWith('.invalid')
    ? badRequest(`OIDC discovery failure: could not fetch ${url} (the host does not resolve).`)
    : undefined
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('')
}

function encodeCursor(offset: number): string {
  return base64UrlEncode(`domains:${offset}`)
}

function decodeCursor(cursor: string): number | undefined {
  try {
    const match = /^domains:(\d+)$/.exec(base64UrlDecode(cursor))
    return match?.[1] === undefined ? undefined : Number(match[1])
  } catch {
    return undefined
  }
}

const strategyConfigKey = (strategy: IdpStrategy) =>
  strategy === 'google-apps' ? 'googleapps' : strategy

/**
 * Create the mock API handler.
 *
 * @example
 * const handler = createMyOrgHandler({ store: createMyOrgStore() })
 * const response = await handler(
 *   new Request('https://tenant.example/my-org/domains', {
 *     headers: { authorization: `Bearer ${createMockAccessToken()}` },
 *   }),
 * )
 */
export function createMyOrgHandler(options: MyOrgHandlerOptions = {}): MyOrgHandler {
  const store = options.store ?? createMyOrgStore()
  const faults = options.faults ?? createFaults()
  const now = options.now ?? store.now
  const basePath = (options.basePath ?? '/my-org').replace(/\/+$/, '')
  const authenticate = options.authenticate ?? createMockTokenAuthenticator(now)
  const limiter = options.rateLimit ? createRateLimiter(options.rateLimit, now) : undefined
  const cors = options.cors ?? false
  const { state } = store
  const auth = { faults, authenticate, state, now }
  const iso = () => new Date(now()).toISOString()

  async function readBody(request: Request): Promise<{ ok: true; body: unknown } | { ok: false }> {
    const text = await request.text()
    if (text.trim() === '') {
      return { ok: true, body: {} }
    }
    try {
      return { ok: true, body: JSON.parse(text) as unknown }
    } catch {
      return { ok: false }
    }
  }

  function validateBody<T>(
    schema: SafeParser<T>,
    body: unknown,
  ): { ok: true; data: T } | { ok: false; response: Response } {
    const result = check(schema, body, 'body')
    return result.ok
      ? { ok: true, data: result.data }
      : { ok: false, response: validationError(result.errors) }
  }

  function visibleIdp(id: string): MockIdentityProvider | undefined {
    const idp = store.findIdentityProvider(id)
    return idp && idp.access_level !== 'none' ? idp : undefined
  }

  function requireFullAccess(idp: MockIdentityProvider, action: string): Response | undefined {
    if (idp.access_level === 'full') {
      return undefined
    }
    return forbidden(
      `You cannot ${action}: its access_level is ${idp.access_level}, and this needs full access. Ask the tenant administrator.`,
    )
  }

  function removeIdentityProvider(idpId: string) {
    state.identityProviders = state.identityProviders.filter((idp) => idp.id !== idpId)
    state.provisioning.delete(idpId)
    state.scimTokens = state.scimTokens.filter((token) => token.identity_provider_id !== idpId)
  }

  function refreshRows<T extends { is_extra: boolean; is_missing: boolean }>(rows: T[]): T[] {
    return rows.filter((row) => !row.is_extra).map((row) => ({ ...row, is_missing: false }))
  }

  function provisioningFor(idp: MockIdentityProvider): ProvisioningConfig | Response {
    const config = state.provisioning.get(idp.id)
    return config ?? notFound('Provisioning is not configured for this identity provider.')
  }

  /**
   * `show_as_button` and `assign_membership_on_login` may be set only where the Connection
   * Profile lets the organization admin (`GET /config/identity-providers` `organization`).
   */
  function organizationFlagErrors(input: {
    show_as_button?: boolean | undefined
    assign_membership_on_login?: boolean | undefined
  }): ValidationErrorDetail[] {
    const orgConfig = state.identityProvidersConfiguration.organization
    const errors: ValidationErrorDetail[] = []
    if (input.show_as_button !== undefined && !orgConfig.can_set_show_as_button) {
      errors.push(fieldError(['show_as_button'], 'cannot be set by the organization', 'body'))
    }
    if (
      input.assign_membership_on_login !== undefined &&
      !orgConfig.can_set_assign_membership_on_login
    ) {
      errors.push(
        fieldError(['assign_membership_on_login'], 'cannot be set by the organization', 'body'),
      )
    }
    return errors
  }

  /** The IdP named by the path, or the 404 the API gives for one that is absent or hidden. */
  function idpFromPath(params: Record<string, string>): MockIdentityProvider | Response {
    return visibleIdp(params.idp_id ?? '') ?? notFound('The IdP does not exist.')
  }

  /** The IdP named by the path and its provisioning configuration, or the API's 404. */
  function provisionedIdpFromPath(
    params: Record<string, string>,
  ): { idp: MockIdentityProvider; config: ProvisioningConfig } | Response {
    const idp = idpFromPath(params)
    if (idp instanceof Response) {
      return idp
    }
    const config = provisioningFor(idp)
    return config instanceof Response ? config : { idp, config }
  }

  async function dispatch(
    name: OperationName,
    params: Record<string, string>,
    url: URL,
    request: Request,
  ): Promise<Response> {
    let body: unknown = undefined
    if (bodyOperations.has(name)) {
      const read = await readBody(request)
      if (!read.ok) {
        return badRequest('The request body is not valid JSON.')
      }
      body = read.body
    }

    switch (name) {
      case 'getOrganizationDetails':
        return json(200, state.organization)

      case 'updateOrganizationDetails': {
        const parsed = validateBody(updateOrgDetailsRequestSchema, body)
        if (!parsed.ok) {
          return parsed.response
        }
        const { name: orgName, display_name, branding } = parsed.data
        if (orgName !== undefined) {
          state.organization.name = orgName
        }
        if (display_name !== undefined) {
          state.organization.display_name = display_name
        }
        if (branding !== undefined) {
          const next = { ...state.organization.branding }
          if (branding.logo_url === null) {
            delete next.logo_url
          } else if (branding.logo_url !== undefined) {
            next.logo_url = branding.logo_url
          }
          if (branding.colors !== undefined) {
            next.colors = { ...branding.colors }
          }
          state.organization.branding = next
        }
        return json(200, state.organization)
      }

      case 'deleteOrganization':
        state.organizationDeleted = true
        return noContent()

      case 'getConfiguration':
        return json(200, state.configuration)

      case 'getIdentityProvidersConfiguration':
        return json(200, state.identityProvidersConfiguration)

      case 'listDomains': {
        const errors: ValidationErrorDetail[] = []
        const takeRaw = url.searchParams.get('take')
        let take = 50
        if (takeRaw !== null) {
          const parsedTake = /^\d+$/.test(takeRaw) ? Number(takeRaw) : Number.NaN
          if (!Number.isInteger(parsedTake) || parsedTake < 1 || parsedTake > 100) {
            errors.push(fieldError(['take'], 'must be an integer from 1 to 100', 'query'))
          } else {
            take = parsedTake
          }
        }
        const from = url.searchParams.get('from')
        let offset = 0
        if (from !== null) {
          const decoded = from.length >= 1 && from.length <= 1000 ? decodeCursor(from) : undefined
          if (decoded === undefined) {
            errors.push(
              fieldError(['from'], 'is not a cursor returned by this endpoint (`next`)', 'query'),
            )
          } else {
            offset = decoded
          }
        }
        if (errors.length > 0) {
          return validationError(errors)
        }
        const page = state.domains.slice(offset, offset + take)
        const end = offset + page.length
        return json(200, {
          organization_domains: page,
          ...(end < state.domains.length ? { next: encodeCursor(end) } : {}),
        })
      }

      case 'createDomain': {
        const parsed = validateBody(createDomainRequestSchema, body)
        if (!parsed.ok) {
          return parsed.response
        }
        const domainName = parsed.data.domain.toLowerCase()
        if (store.findDomainByName(domainName)) {
          return apiError(409, 'A0E-409-0003', 'Duplicate Resource', 'Domain name must be unique')
        }
        const domain = {
          id: randomId('ord'),
          org_id: state.organization.id,
          domain: domainName,
          status: 'pending' as const,
          verification_txt: `auth0-domain-verification=${randomAlphanumeric(32).toLowerCase()}`,
          verification_host: verificationHostFor(state.organization.id, domainName),
        }
        state.domains.push(domain)
        return json(201, domain)
      }

      case 'getDomain': {
        const domain = store.findDomain(params.domain_id ?? '')
        return domain ? json(200, domain) : notFound('The domain does not exist.')
      }

      case 'deleteDomain': {
        const domain = store.findDomain(params.domain_id ?? '')
        if (!domain) {
          return notFound('The domain does not exist.')
        }
        state.domains = state.domains.filter((candidate) => candidate.id !== domain.id)
        for (const idp of state.identityProviders) {
          idp.domains = idp.domains.filter((linked) => linked.toLowerCase() !== domain.domain)
        }
        return noContent()
      }

      case 'verifyDomain': {
        const domain = store.findDomain(params.domain_id ?? '')
        if (!domain) {
          return notFound('The domain does not exist.')
        }
        if (domain.status !== 'verified') {
          const records = store.lookupTxt(domain.verification_host)
          domain.status = records.includes(domain.verification_txt)
            ? 'verified'
            : records.length > 0
              ? 'failed'
              : 'pending'
        }
        return json(202, domain)
      }

      case 'listDomainIdentityProviders': {
        const domain = store.findDomain(params.domain_id ?? '')
        if (!domain) {
          return notFound('The domain does not exist.')
        }
        return json(200, {
          identity_providers: state.identityProviders
            .filter((idp) => idp.domains.some((linked) => linked.toLowerCase() === domain.domain))
            .map((idp) => ({ id: idp.id, name: idp.name, display_name: idp.display_name })),
        })
      }

      case 'listIdentityProviders': {
        const levels = url.searchParams.getAll('member_access_level')
        const errors = levels.flatMap((level, index) =>
          accessLevels.some((known) => known === level)
            ? []
            : [
                fieldError(
                  ['member_access_level', index],
                  `must be one of: ${accessLevels.join(', ')}`,
                  'query',
                ),
              ],
        )
        if (errors.length > 0) {
          return validationError(errors)
        }
        const selected =
          levels.length > 0
            ? state.identityProviders.filter((idp) => levels.includes(idp.access_level))
            : state.identityProviders
        return json(200, {
          identity_providers: selected.map((idp) =>
            idp.access_level === 'none'
              ? minimalIdentityProviderBody(idp)
              : identityProviderBody(idp),
          ),
        })
      }

      case 'createIdentityProvider': {
        const parsed = validateBody(createIdentityProviderRequestSchema, body)
        if (!parsed.ok) {
          return parsed.response
        }
        const input = parsed.data
        const errors: ValidationErrorDetail[] = []
        const allowed = state.configuration.allowed_strategies
        if (allowed && !allowed.includes(input.strategy)) {
          errors.push(
            fieldError(
              ['strategy'],
              `is not allowed for this organization (allowed: ${allowed.join(', ')})`,
              'body',
            ),
          )
        }
        errors.push(...organizationFlagErrors(input))
        const domains = (input.domains ?? []).map((domain) => domain.toLowerCase())
        domains.forEach((domain, index) => {
          if (store.findDomainByName(domain)?.status !== 'verified') {
            errors.push(
              fieldError(
                ['domains', index],
                'must be a verified domain of this organization',
                'body',
              ),
            )
          }
        })
        if (errors.length > 0) {
          return validationError(errors)
        }
        if (
          state.identityProviders.some((idp) => idp.name.toLowerCase() === input.name.toLowerCase())
        ) {
          return apiError(
            409,
            'A0E-409-0001',
            'Configuration issue',
            `An identity provider named "${input.name}" already exists.`,
          )
        }
        const discovery = discoveryFailure(input.strategy, input.options)
        if (discovery) {
          return discovery
        }
        const idp: MockIdentityProvider = {
          id: randomId('con'),
          name: input.name,
          strategy: input.strategy,
          display_name: input.display_name ?? input.name,
          show_as_button: input.show_as_button ?? true,
          assign_membership_on_login: input.assign_membership_on_login ?? false,
          is_enabled: input.is_enabled ?? true,
          access_level: 'full',
          domains: [...new Set(domains)],
          options: responseOptions(input.strategy, { ...input.options }),
          user_count: 0,
        }
        const attributes = defaultSsoAttributes(input.strategy)
        if (attributes) {
          idp.attributes = attributes
        }
        state.identityProviders.push(idp)
        return json(201, identityProviderBody(idp))
      }

      case 'getIdentityProvider': {
        const idp = visibleIdp(params.idp_id ?? '')
        return idp ? json(200, identityProviderBody(idp)) : notFound('The IdP does not exist.')
      }

      case 'updateIdentityProvider': {
        const idp = idpFromPath(params)
        if (idp instanceof Response) {
          return idp
        }
        const parsed = validateBody(updateIdentityProviderRequestSchema(idp.strategy), body)
        if (!parsed.ok) {
          return parsed.response
        }
        const input = parsed.data
        const changed = Object.keys(input)
        if (idp.access_level === 'readonly' && changed.length > 0) {
          return forbidden(
            'This identity provider is read-only for the organization (access_level readonly). Ask the tenant administrator to change it.',
          )
        }
        if (idp.access_level === 'limited') {
          const refused = changed.filter((key) => key === 'display_name' || key === 'options')
          if (refused.length > 0) {
            return forbidden(
              `With access_level limited you can only change is_enabled, show_as_button and assign_membership_on_login, not ${refused.join(', ')}.`,
            )
          }
        }
        const errors: ValidationErrorDetail[] = []
        errors.push(...organizationFlagErrors(input))
        if (errors.length > 0) {
          return validationError(errors)
        }
        if (input.display_name !== undefined) {
          idp.display_name = input.display_name
        }
        if (input.show_as_button !== undefined) {
          idp.show_as_button = input.show_as_button
        }
        if (input.assign_membership_on_login !== undefined) {
          idp.assign_membership_on_login = input.assign_membership_on_login
        }
        if (input.is_enabled !== undefined) {
          idp.is_enabled = input.is_enabled
        }
        const discovery = input.options && discoveryFailure(idp.strategy, input.options)
        if (discovery) {
          return discovery
        }
        if (input.options !== undefined) {
          idp.options = responseOptions(idp.strategy, { ...input.options }, idp.options)
        }
        return json(200, identityProviderBody(idp))
      }

      case 'deleteIdentityProvider': {
        const idp = idpFromPath(params)
        if (idp instanceof Response) {
          return idp
        }
        const refused = requireFullAccess(idp, 'delete this identity provider')
        if (refused) {
          return refused
        }
        if (
          state.configuration.connection_deletion_behavior === 'allow_if_empty' &&
          idp.user_count > 0
        ) {
          return apiError(
            409,
            'A0E-409-0001',
            'Configuration issue',
            `The identity provider still has ${idp.user_count} user${idp.user_count === 1 ? '' : 's'}, and connection_deletion_behavior is allow_if_empty: it can only be deleted once it has no users. Detach it from the organization instead, or ask the tenant administrator.`,
          )
        }
        removeIdentityProvider(idp.id)
        return noContent()
      }

      case 'detachIdentityProvider': {
        const idp = idpFromPath(params)
        if (idp instanceof Response) {
          return idp
        }
        const refused = requireFullAccess(idp, 'detach this identity provider')
        if (refused) {
          return refused
        }
        removeIdentityProvider(idp.id)
        return noContent()
      }

      case 'refreshIdentityProviderAttributes': {
        const idp = idpFromPath(params)
        if (idp instanceof Response) {
          return idp
        }
        const parsed = validateBody(emptyBodySchema, body)
        if (!parsed.ok) {
          return parsed.response
        }
        if (idp.access_level === 'readonly') {
          return forbidden(
            'This identity provider is read-only for the organization (access_level readonly).',
          )
        }
        if (idp.attributes) {
          idp.attributes = refreshRows(idp.attributes)
        }
        return json(200, identityProviderBody(idp))
      }

      case 'addIdentityProviderDomain': {
        const idp = idpFromPath(params)
        if (idp instanceof Response) {
          return idp
        }
        const parsed = validateBody(idpDomainRequestSchema, body)
        if (!parsed.ok) {
          return parsed.response
        }
        const refused = requireFullAccess(idp, "change this identity provider's domains")
        if (refused) {
          return refused
        }
        const domain = store.findDomainByName(parsed.data.domain)
        if (!domain) {
          return notFound(`The domain ${parsed.data.domain} does not exist in this organization.`)
        }
        if (domain.status !== 'verified') {
          return badRequest(
            `The domain ${domain.domain} is ${domain.status}: verify it before associating it with an identity provider.`,
          )
        }
        if (idp.domains.some((linked) => linked.toLowerCase() === domain.domain)) {
          return apiError(
            409,
            'A0E-409-0003',
            'Duplicate Resource',
            'Domain is already associated with this identity provider',
          )
        }
        idp.domains.push(domain.domain)
        return json(201, { domain: domain.domain })
      }

      case 'removeIdentityProviderDomain': {
        const idp = idpFromPath(params)
        if (idp instanceof Response) {
          return idp
        }
        const refused = requireFullAccess(idp, "change this identity provider's domains")
        if (refused) {
          return refused
        }
        const domainName = (params.domain ?? '').toLowerCase()
        if (!idp.domains.some((linked) => linked.toLowerCase() === domainName)) {
          return notFound('The domain is not associated with this identity provider.')
        }
        idp.domains = idp.domains.filter((linked) => linked.toLowerCase() !== domainName)
        return noContent()
      }

      case 'getProvisioning': {
        const idp = idpFromPath(params)
        if (idp instanceof Response) {
          return idp
        }
        const config = provisioningFor(idp)
        return config instanceof Response ? config : json(200, config)
      }

      case 'createProvisioning': {
        const idp = idpFromPath(params)
        if (idp instanceof Response) {
          return idp
        }
        const refused = requireFullAccess(idp, 'set up provisioning for this identity provider')
        if (refused) {
          return refused
        }
        const features =
          state.identityProvidersConfiguration.strategies[strategyConfigKey(idp.strategy)]
        if (!features?.enabled_features.includes('provisioning')) {
          return badRequest(`Provisioning is not available for the ${idp.strategy} strategy.`)
        }
        if (state.provisioning.has(idp.id)) {
          return badRequest('Provisioning is already configured for this identity provider.')
        }
        const timestamp = iso()
        const config: ProvisioningConfig = {
          identity_provider_id: idp.id,
          identity_provider_name: idp.name,
          strategy: idp.strategy,
          method: 'scim',
          attributes: defaultProvisioningAttributes(),
          user_id_attribute: 'externalId',
          created_at: timestamp,
          updated_on: timestamp,
        }
        state.provisioning.set(idp.id, config)
        return json(201, config)
      }

      case 'deleteProvisioning': {
        const found = provisionedIdpFromPath(params)
        if (found instanceof Response) {
          return found
        }
        const { idp } = found
        const refused = requireFullAccess(idp, 'remove provisioning from this identity provider')
        if (refused) {
          return refused
        }
        state.provisioning.delete(idp.id)
        state.scimTokens = state.scimTokens.filter((token) => token.identity_provider_id !== idp.id)
        return noContent()
      }

      case 'refreshProvisioningAttributes': {
        const found = provisionedIdpFromPath(params)
        if (found instanceof Response) {
          return found
        }
        const { idp, config } = found
        const parsed = validateBody(emptyBodySchema, body)
        if (!parsed.ok) {
          return parsed.response
        }
        const refused = requireFullAccess(idp, 'change provisioning of this identity provider')
        if (refused) {
          return refused
        }
        config.attributes = refreshRows(config.attributes)
        config.updated_on = iso()
        // Auth0's UI warns that re-syncing the mapping deletes the existing SCIM tokens.
        state.scimTokens = state.scimTokens.filter((token) => token.identity_provider_id !== idp.id)
        return json(200, config)
      }

      case 'listScimTokens': {
        const found = provisionedIdpFromPath(params)
        if (found instanceof Response) {
          return found
        }
        const { idp } = found
        return json(200, {
          scim_tokens: state.scimTokens
            .filter((token) => token.identity_provider_id === idp.id)
            .map(({ token_id, created_at, valid_until, scopes }) => ({
              token_id,
              ...(scopes ? { scopes: [...scopes] } : {}),
              created_at,
              ...(valid_until ? { valid_until } : {}),
            })),
        })
      }

      case 'createScimToken': {
        const idp = idpFromPath(params)
        if (idp instanceof Response) {
          return idp
        }
        const parsed = validateBody(createScimTokenRequestSchema, body)
        if (!parsed.ok) {
          return parsed.response
        }
        const config = provisioningFor(idp)
        if (config instanceof Response) {
          return config
        }
        const refused = requireFullAccess(idp, 'create SCIM tokens for this identity provider')
        if (refused) {
          return refused
        }
        const existing = state.scimTokens.filter((token) => token.identity_provider_id === idp.id)
        const cap = state.maxScimTokensPerIdentityProvider
        if (cap !== null && existing.length >= cap) {
          return badRequest(
            `This identity provider already has ${existing.length} SCIM token${existing.length === 1 ? '' : 's'}, the most allowed (${cap}). Delete one before creating another.`,
          )
        }
        const plaintext = randomAlphanumeric(64)
        const created = now()
        const lifetime = parsed.data.token_lifetime
        const token = {
          token_id: randomId('tok'),
          scopes: [...scimTokenScopes],
          created_at: new Date(created).toISOString(),
          ...(lifetime === undefined
            ? {}
            : { valid_until: new Date(created + lifetime * 1000).toISOString() }),
        }
        state.scimTokens.push({
          ...token,
          identity_provider_id: idp.id,
          token_hash: await sha256Hex(plaintext),
        })
        return json(201, { ...token, token: plaintext })
      }

      case 'deleteScimToken': {
        const found = provisionedIdpFromPath(params)
        if (found instanceof Response) {
          return found
        }
        const { idp } = found
        const tokenId = params.idp_scim_token_id ?? ''
        const exists = state.scimTokens.some(
          (token) => token.identity_provider_id === idp.id && token.token_id === tokenId,
        )
        if (!exists) {
          return notFound('The SCIM token does not exist.')
        }
        const refused = requireFullAccess(idp, 'revoke SCIM tokens of this identity provider')
        if (refused) {
          return refused
        }
        state.scimTokens = state.scimTokens.filter(
          (token) => !(token.identity_provider_id === idp.id && token.token_id === tokenId),
        )
        return noContent()
      }

      default:
        return name satisfies never
    }
  }

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url)
    const method = request.method.toUpperCase()
    const match = matchOperation(url.pathname, basePath, method)
    if (match.kind === 'outside') {
      return noRoute(method, url.pathname)
    }
    if (cors && method === 'OPTIONS') {
      return preflight(request)
    }
    const faulted = await injectFaults(faults, request, match.operation, method, now)
    if (faulted) {
      return faulted
    }
    if (match.kind === 'unmatched') {
      return unmatched(method, url.pathname, match.allowed)
    }
    const caller = await authorize(request, match.operation, method, auth)
    if (caller instanceof Response) {
      return caller
    }
    const rateHeaders = limitRate(limiter, caller.orgId ?? state.organization.id, match.operation)
    if (rateHeaders instanceof Response) {
      return rateHeaders
    }
    const params = parseParams(match.params, match.values)
    const response =
      params instanceof Response ? params : await dispatch(match.operation, params, url, request)
    return withHeaders(response, rateHeaders)
  }

  const handler = async (request: Request): Promise<Response> =>
    withHeaders(await handle(request), corsHeaders(request, cors))
  return Object.assign(handler, { store, faults })
}
