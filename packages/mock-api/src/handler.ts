/**
 * The mock My Organization API as one Fetch-style function: `(Request) => Promise<Response>`.
 * Web APIs only (no MSW, no Node modules), so the same code serves MSW in tests and browsers and
 * a plain Node HTTP server.
 */
import { operations } from '@myorg-kit/client'
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
  domainIdPattern,
  domainNamePattern,
  emptyBodySchema,
  identityProviderIdPattern,
  idpDomainRequestSchema,
  scimTokenIdPattern,
  updateIdentityProviderRequestSchema,
  updateOrgDetailsRequestSchema,
} from '@myorg-kit/client/schemas'

import { type MockFaults, MockNetworkError, createFaults, takeFault } from './faults.ts'
import { randomAlphanumeric, randomId } from './ids.ts'
import { type RateLimiterOptions, createRateLimiter } from './rate-limiter.ts'
import {
  type ValidationErrorDetail,
  apiError,
  fieldError,
  json,
  noContent,
  notFound,
  validationError,
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
import { base64UrlDecode, base64UrlEncode, decodeMockAccessToken } from './tokens.ts'
import { type SafeParser, check } from './validation.ts'

/** Who is calling: what the token grants. */
export interface MockAuthContext {
  /** Granted scopes. */
  scopes: readonly string[]
  /** The organization of the token; when set and different from the store's, the API answers 404. */
  orgId?: string | undefined
}

/**
 * Verifies a request's credentials. Return the caller's scopes, or a `Response` (e.g. a 401) to
 * refuse. The default reads mock tokens (see `createMockAccessToken`).
 */
export type MockAuthenticate = (request: Request) => Promise<MockAuthContext | Response>

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

interface Route {
  name: OperationName
  method: string
  regex: RegExp
  params: string[]
}

const routes: Route[] = (Object.keys(operations) as OperationName[]).map((name) => {
  const definition = operations[name]
  const params: string[] = []
  const source = definition.path
    .replace(/\/$/, '')
    .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
    .replace(/\{(\w+)\}/g, (_match, param: string) => {
      params.push(param)
      return '([^/]+)'
    })
  return { name, method: definition.method, regex: new RegExp(`^${source}/?$`), params }
})

const paramRules: Record<string, { pattern: RegExp; detail: string }> = {
  domain_id: { pattern: domainIdPattern, detail: 'must match ^ord_[A-Za-z0-9]{22}$' },
  idp_id: { pattern: identityProviderIdPattern, detail: 'must match ^con_[A-Za-z0-9]{16}$' },
  idp_scim_token_id: { pattern: scimTokenIdPattern, detail: 'must match ^tok_[A-Za-z0-9]{16}$' },
  domain: { pattern: domainNamePattern, detail: 'must be a bare domain name such as acme.com' },
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
const exposedHeaders =
  'Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, X-Auth0-Error-Kind, WWW-Authenticate'

function unauthorized(title: string, detail: string, invalid: boolean): Response {
  return apiError(401, 'A0E-401-0002', title, detail, {
    'www-authenticate': invalid
      ? `Bearer realm="my-org", error="invalid_token", error_description="${detail.replace(/"/g, "'")}"`
      : 'Bearer realm="my-org"',
  })
}

function expiredTokenResponse(expiredAt?: number): Response {
  const when = expiredAt === undefined ? '' : ` at ${new Date(expiredAt * 1000).toISOString()}`
  return unauthorized(
    'Invalid Token',
    `The access token expired${when}. Get a new token and try again.`,
    true,
  )
}

/** The default authentication: a mock token from `createMockAccessToken`, checked for expiry. */
export function createMockTokenAuthenticator(now: () => number): MockAuthenticate {
  return (request) => {
    const header = request.headers.get('authorization')
    const match = header ? /^(?:Bearer|DPoP)\s+(\S+)\s*$/i.exec(header) : null
    if (!match?.[1]) {
      return Promise.resolve(unauthorized('Missing Token', 'No auth token provided.', false))
    }
    const claims = decodeMockAccessToken(match[1])
    if (!claims) {
      return Promise.resolve(
        unauthorized(
          'Invalid Token',
          'The access token is malformed: expected a mock token from createMockAccessToken().',
          true,
        ),
      )
    }
    if (claims.exp * 1000 <= now()) {
      return Promise.resolve(expiredTokenResponse(claims.exp))
    }
    return Promise.resolve({
      scopes: claims.scope.split(' ').filter(Boolean),
      orgId: claims.org_id,
    })
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(new MockNetworkError('The request was aborted.'))
      return
    }
    const timer = setTimeout(resolve, ms)
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer)
        reject(new MockNetworkError('The request was aborted.'))
      },
      { once: true },
    )
  })
}

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

function forbidden(detail: string): Response {
  return apiError(403, 'A0E-403-0001', 'Forbidden', detail)
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

function badRequest(detail: string): Response {
  return apiError(400, 'A0E-400-0001', 'Bad Request', detail)
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
  const { state } = store
  const iso = () => new Date(now()).toISOString()

  function relativePath(pathname: string): string | undefined {
    for (const prefix of [`${basePath}/v1`, basePath]) {
      if (pathname === prefix || pathname.startsWith(`${prefix}/`)) {
        return pathname.slice(prefix.length) || '/'
      }
    }
    return undefined
  }

  function corsHeaders(request: Request): Record<string, string> {
    if (!options.cors) {
      return {}
    }
    return {
      'access-control-allow-origin': request.headers.get('origin') ?? '*',
      'access-control-expose-headers': exposedHeaders,
      vary: 'Origin',
    }
  }

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
    const path = relativePath(url.pathname)
    if (path === undefined) {
      return notFound(`No My Organization API route for ${method} ${url.pathname}.`)
    }
    if (options.cors && method === 'OPTIONS') {
      return new Response(null, {
        status: 204,
        headers: {
          ...corsHeaders(request),
          'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE',
          'access-control-allow-headers':
            request.headers.get('access-control-request-headers') ??
            'authorization, content-type, auth0-client',
          'access-control-max-age': '600',
        },
      })
    }

    let matched: { route: Route; values: string[] } | undefined
    const allowedMethods: string[] = []
    for (const route of routes) {
      const found = route.regex.exec(path)
      if (!found) {
        continue
      }
      allowedMethods.push(route.method)
      if (route.method === method) {
        matched = { route, values: found.slice(1) }
        break
      }
    }
    const operation = matched?.route.name

    if (faults.latencyMs > 0) {
      await sleep(faults.latencyMs, request.signal)
    }
    if (takeFault(faults, 'networkError', { operation, method })) {
      throw new MockNetworkError()
    }
    if (
      request.headers.has('authorization') &&
      takeFault(faults, 'corsBlocked', { operation, method })
    ) {
      throw new MockNetworkError('Simulated CORS refusal (mock-api corsBlocked fault).')
    }
    const serverError = takeFault(faults, 'serverError', { operation, method })
    if (serverError) {
      const status = serverError.status ?? 500
      return apiError(
        status,
        `A0E-${status}-0001`,
        'Internal Server Error',
        'Simulated server error (mock-api serverError fault).',
      )
    }
    const rateLimited = takeFault(faults, 'rateLimit', { operation, method })
    if (rateLimited) {
      const retryAfter = rateLimited.retryAfterSeconds ?? 1
      return apiError(
        429,
        'A0E-429-0003',
        'Endpoint Rate Limit Exceeded',
        'The endpoint request limit has been exceeded.',
        {
          'retry-after': String(retryAfter),
          'x-ratelimit-limit': String(rateLimited.limit ?? 2),
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(Math.ceil(now() / 1000) + retryAfter),
        },
      )
    }

    if (!matched) {
      if (allowedMethods.length > 0) {
        return apiError(
          405,
          'A0E-405-0001',
          'Method Not Allowed',
          `${method} is not supported on ${url.pathname}; use ${allowedMethods.join(', ')}.`,
          { allow: allowedMethods.join(', ') },
        )
      }
      return notFound(`No My Organization API route for ${method} ${url.pathname}.`)
    }
    const { route, values } = matched

    if (takeFault(faults, 'expiredToken', { operation, method })) {
      return expiredTokenResponse(Math.floor(now() / 1000) - 1)
    }
    const auth = await authenticate(request)
    if (auth instanceof Response) {
      return auth
    }
    const granted = new Set(auth.scopes)
    const missing = operations[route.name].scopes.filter((scope) => !granted.has(scope))
    if (missing.length > 0) {
      return apiError(
        403,
        'A0E-403-0002',
        'Insufficient Scope',
        'The auth token lacks the required scope: Check the API documentation for the required scopes for this endpoint.',
        {
          'www-authenticate': `Bearer realm="my-org", error="insufficient_scope", scope="${operations[route.name].scopes.join(' ')}"`,
        },
      )
    }
    if (
      state.organizationDeleted ||
      (auth.orgId !== undefined && auth.orgId !== state.organization.id)
    ) {
      return notFound('The organization does not exist.')
    }

    let rateHeaders: Record<string, string> = {}
    if (limiter) {
      const decision = limiter.take(
        auth.orgId ?? state.organization.id,
        operations[route.name].limit,
      )
      rateHeaders = {
        'x-ratelimit-limit': String(decision.limit),
        'x-ratelimit-remaining': String(decision.remaining),
        'x-ratelimit-reset': String(decision.reset),
      }
      if (!decision.allowed) {
        return apiError(
          429,
          'A0E-429-0003',
          'Endpoint Rate Limit Exceeded',
          'The endpoint request limit has been exceeded.',
          { ...rateHeaders, 'retry-after': String(decision.retryAfter) },
        )
      }
    }

    const params: Record<string, string> = {}
    const paramErrors: ValidationErrorDetail[] = []
    route.params.forEach((paramName, index) => {
      let value = values[index] ?? ''
      try {
        value = decodeURIComponent(value)
      } catch {
        // Keep the raw value; the pattern check below reports it.
      }
      params[paramName] = value
      const rule = paramRules[paramName]
      if (rule && !rule.pattern.test(value)) {
        paramErrors.push(fieldError([paramName], rule.detail, 'params'))
      }
    })
    if (paramErrors.length > 0) {
      return withHeaders(validationError(paramErrors), rateHeaders)
    }

    return withHeaders(await dispatch(route.name, params, url, request), rateHeaders)
  }

  const handler = async (request: Request): Promise<Response> => {
    const response = await handle(request)
    return withHeaders(response, corsHeaders(request))
  }
  return Object.assign(handler, { store, faults })
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  const entries = Object.entries(headers)
  if (entries.length === 0) {
    return response
  }
  let target = response
  try {
    for (const [key, value] of entries) {
      target.headers.set(key, value)
    }
  } catch {
    // Headers of a fetched Response are immutable: copy it.
    target = new Response(response.body, response)
    for (const [key, value] of entries) {
      target.headers.set(key, value)
    }
  }
  return target
}
