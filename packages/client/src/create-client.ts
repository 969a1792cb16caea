import type { MyOrgClient, MyOrgClientOptions, PageParams } from './client-types.ts'
import { type HttpContext, type RequestSpec, request } from './http.ts'
import { createPacer } from './pacer.ts'
import {
  createDomainRequestSchema,
  createIdentityProviderRequestSchema,
  createScimTokenRequestSchema,
  createdScimTokenSchema,
  domainIdentityProvidersSchema,
  domainPageSchema,
  emptyBodySchema,
  identityProviderListSchema,
  identityProviderSchema,
  identityProvidersConfigurationSchema,
  idpDomainRequestSchema,
  idpDomainResponseSchema,
  orgConfigurationSchema,
  orgDetailsSchema,
  orgDomainSchema,
  provisioningConfigSchema,
  scimTokenListSchema,
  updateIdentityProviderRequestSchema,
  updateOrgDetailsRequestSchema,
} from './schemas/index.ts'
import { sleep as defaultSleep } from './sleep.ts'
import type { IdpStrategy, OrgDomain } from './types.ts'
import { MyOrgRequestValidationError } from './errors.ts'

/** Free tier, per organization (requests per second). */
export const DEFAULT_RATE_LIMITS = { readsPerSecond: 4, writesPerSecond: 2 } as const

/**
 * Resolves the API base URL: `baseUrl` as given, else `https://{domain}/my-org`
 * (a domain that already starts with `http://` or `https://` keeps its scheme).
 */
export function resolveBaseUrl(options: {
  domain?: string | undefined
  baseUrl?: string | undefined
}): string {
  if (options.baseUrl) {
    return options.baseUrl.replace(/\/+$/, '')
  }
  if (!options.domain) {
    throw new TypeError('createMyOrgClient needs `domain` (e.g. "acme.eu.auth0.com") or `baseUrl`.')
  }
  const domain = options.domain.trim().replace(/\/+$/, '')
  const origin = /^https?:\/\//i.test(domain) ? domain : `https://${domain}`
  return `${origin}/my-org`
}

/** The audience for a base URL: `${baseUrl}/`, e.g. `https://acme.eu.auth0.com/my-org/`. */
export function audienceFor(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/`
}

/**
 * Creates a typed client for the My Organization API.
 *
 * @example
 * const client = createMyOrgClient({
 *   domain: 'acme.eu.auth0.com',
 *   getAccessToken: ({ audience, scope }) => auth0.getTokenSilently({ authorizationParams: { audience, scope } }),
 * })
 * const { organization_domains } = await client.domains.list()
 */
export function createMyOrgClient(options: MyOrgClientOptions): MyOrgClient {
  const baseUrl = resolveBaseUrl(options)
  const now = options.now ?? Date.now
  const sleep = options.sleep ?? defaultSleep
  const limits =
    options.rateLimits === false ? undefined : { ...DEFAULT_RATE_LIMITS, ...options.rateLimits }
  const fetchImpl =
    options.fetch ??
    ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init))
  const ctx: HttpContext = {
    baseUrl,
    audience: audienceFor(baseUrl),
    apiOrigin: new URL(baseUrl).origin,
    getAccessToken: options.getAccessToken,
    fetch: fetchImpl,
    timeoutMs: options.timeoutMs ?? 30_000,
    retry: { maxRetries: 2, baseDelayMs: 500, maxDelayMs: 30_000, ...options.retry },
    pacer: limits ? createPacer(limits, now, sleep) : undefined,
    validate: options.validate ?? true,
    onRequest: options.onRequest,
    sleep,
    now,
    random: Math.random,
  }
  const call = <T>(spec: RequestSpec<T>): Promise<T> => request(ctx, spec)

  function listDomains(params: PageParams = {}) {
    return call({
      operation: 'listDomains',
      query: { from: params.from, take: params.take ?? 50 },
      responseSchema: domainPageSchema,
      signal: params.signal,
    })
  }

  async function* listAllDomains(params: Omit<PageParams, 'from'> = {}): AsyncGenerator<OrgDomain> {
    let from: string | undefined
    do {
      const page = await listDomains({ ...params, ...(from ? { from } : {}) })
      yield* page.organization_domains
      from = page.next ? page.next : undefined
    } while (from)
  }

  return {
    baseUrl,
    audience: ctx.audience,
    organization: {
      delete: (o = {}) =>
        call<undefined>({ operation: 'deleteOrganization', signal: o.signal }).then(
          () => undefined,
        ),
    },
    details: {
      get: (o = {}) =>
        call({
          operation: 'getOrganizationDetails',
          responseSchema: orgDetailsSchema,
          signal: o.signal,
        }),
      update: (body, o = {}) =>
        call({
          operation: 'updateOrganizationDetails',
          body,
          bodySchema: updateOrgDetailsRequestSchema,
          responseSchema: orgDetailsSchema,
          signal: o.signal,
        }),
    },
    configuration: {
      get: (o = {}) =>
        call({
          operation: 'getConfiguration',
          responseSchema: orgConfigurationSchema,
          signal: o.signal,
        }),
      identityProviders: (o = {}) =>
        call({
          operation: 'getIdentityProvidersConfiguration',
          responseSchema: identityProvidersConfigurationSchema,
          signal: o.signal,
        }),
    },
    domains: {
      list: listDomains,
      listAll: listAllDomains,
      get: (domainId, o = {}) =>
        call({
          operation: 'getDomain',
          pathParams: { domain_id: domainId },
          responseSchema: orgDomainSchema,
          signal: o.signal,
        }),
      create: (body, o = {}) =>
        call({
          operation: 'createDomain',
          body,
          bodySchema: createDomainRequestSchema,
          responseSchema: orgDomainSchema,
          signal: o.signal,
        }),
      delete: (domainId, o = {}) =>
        call<undefined>({
          operation: 'deleteDomain',
          pathParams: { domain_id: domainId },
          signal: o.signal,
        }).then(() => undefined),
      verify: (domainId, o = {}) =>
        call({
          operation: 'verifyDomain',
          pathParams: { domain_id: domainId },
          responseSchema: orgDomainSchema,
          signal: o.signal,
        }),
      identityProviders: async (domainId, o = {}) =>
        (
          await call({
            operation: 'listDomainIdentityProviders',
            pathParams: { domain_id: domainId },
            responseSchema: domainIdentityProvidersSchema,
            signal: o.signal,
          })
        ).identity_providers ?? [],
    },
    identityProviders: {
      list: async (o = {}) =>
        (
          await call({
            operation: 'listIdentityProviders',
            query: { member_access_level: o.memberAccessLevel },
            responseSchema: identityProviderListSchema,
            signal: o.signal,
          })
        ).identity_providers ?? [],
      get: (idpId, o = {}) =>
        call({
          operation: 'getIdentityProvider',
          pathParams: { idp_id: idpId },
          responseSchema: identityProviderSchema,
          signal: o.signal,
        }),
      create: (body, o = {}) =>
        call({
          operation: 'createIdentityProvider',
          body,
          bodySchema: createIdentityProviderRequestSchema,
          responseSchema: identityProviderSchema,
          signal: o.signal,
        }),
      update: async (idpId, body, o = {}) =>
        call({
          operation: 'updateIdentityProvider',
          pathParams: { idp_id: idpId },
          body,
          bodySchema: updateIdentityProviderRequestSchema(
            requireStrategyForOptions(body, o.strategy),
          ),
          responseSchema: identityProviderSchema,
          signal: o.signal,
        }),
      delete: (idpId, o = {}) =>
        call<undefined>({
          operation: 'deleteIdentityProvider',
          pathParams: { idp_id: idpId },
          signal: o.signal,
        }).then(() => undefined),
      detach: (idpId, o = {}) =>
        call<undefined>({
          operation: 'detachIdentityProvider',
          pathParams: { idp_id: idpId },
          signal: o.signal,
        }).then(() => undefined),
      refreshAttributes: (idpId, o = {}) =>
        call({
          operation: 'refreshIdentityProviderAttributes',
          pathParams: { idp_id: idpId },
          body: {},
          bodySchema: emptyBodySchema,
          responseSchema: identityProviderSchema,
          signal: o.signal,
        }),
      domains: {
        add: (idpId, domain, o = {}) =>
          call({
            operation: 'addIdentityProviderDomain',
            pathParams: { idp_id: idpId },
            body: { domain },
            bodySchema: idpDomainRequestSchema,
            responseSchema: idpDomainResponseSchema,
            signal: o.signal,
          }),
        remove: (idpId, domain, o = {}) =>
          call<undefined>({
            operation: 'removeIdentityProviderDomain',
            pathParams: { idp_id: idpId, domain },
            signal: o.signal,
          }).then(() => undefined),
      },
      provisioning: {
        get: (idpId, o = {}) =>
          call({
            operation: 'getProvisioning',
            pathParams: { idp_id: idpId },
            responseSchema: provisioningConfigSchema,
            signal: o.signal,
          }),
        create: (idpId, o = {}) =>
          call({
            operation: 'createProvisioning',
            pathParams: { idp_id: idpId },
            responseSchema: provisioningConfigSchema,
            signal: o.signal,
          }),
        delete: (idpId, o = {}) =>
          call<undefined>({
            operation: 'deleteProvisioning',
            pathParams: { idp_id: idpId },
            signal: o.signal,
          }).then(() => undefined),
        refreshAttributes: (idpId, o = {}) =>
          call({
            operation: 'refreshProvisioningAttributes',
            pathParams: { idp_id: idpId },
            body: {},
            bodySchema: emptyBodySchema,
            responseSchema: provisioningConfigSchema,
            signal: o.signal,
          }),
        scimTokens: {
          list: async (idpId, o = {}) =>
            (
              await call({
                operation: 'listScimTokens',
                pathParams: { idp_id: idpId },
                responseSchema: scimTokenListSchema,
                signal: o.signal,
              })
            ).scim_tokens ?? [],
          create: (idpId, body = {}, o = {}) =>
            call({
              operation: 'createScimToken',
              pathParams: { idp_id: idpId },
              body,
              bodySchema: createScimTokenRequestSchema,
              responseSchema: createdScimTokenSchema,
              signal: o.signal,
            }),
          delete: (idpId, tokenId, o = {}) =>
            call<undefined>({
              operation: 'deleteScimToken',
              pathParams: { idp_id: idpId, idp_scim_token_id: tokenId },
              signal: o.signal,
            }).then(() => undefined),
        },
      },
    },
  }
}

/**
 * `options` differ per strategy and the API's own update schema cannot tell them apart, so an
 * update that carries `options` must say which strategy it is for.
 */
function requireStrategyForOptions(
  body: { options?: unknown },
  strategy: IdpStrategy | undefined,
): IdpStrategy | undefined {
  if (body.options !== undefined && strategy === undefined) {
    throw new MyOrgRequestValidationError(
      [
        {
          path: ['options'],
          field: 'options',
          message:
            'can only be checked with the provider’s strategy: pass { strategy } as the third argument',
        },
      ],
      'updateIdentityProvider',
    )
  }
  return strategy
}
