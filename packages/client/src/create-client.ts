import type { MyOrgClient, MyOrgClientOptions } from './client-types.ts'
import type { CheckBody } from './resources/call.ts'
import { type HttpContext, type RequestSpec, checkBody, request } from './http.ts'
import { createPacer } from './pacer.ts'
import { domainResource } from './resources/domains.ts'
import { identityProviderResource } from './resources/identity-providers.ts'
import { organizationResources } from './resources/organization.ts'
import { lazyMemberParts } from './resources/lazy-member-parts.ts'
import { sleep as defaultSleep } from './sleep.ts'
import { audienceFor, originOf, resolveAgainstPage, resolveBaseUrl } from './base-url.ts'

/** Free tier, per organization (requests per second). */
export const DEFAULT_RATE_LIMITS = { readsPerSecond: 4, writesPerSecond: 2 } as const

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
  const cookie = options.auth === 'cookie'
  const baseUrl = cookie ? resolveAgainstPage(resolveBaseUrl(options)) : resolveBaseUrl(options)
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
    apiOrigin: originOf(baseUrl),
    getAccessToken: options.getAccessToken,
    proxied: cookie,
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
  const check: CheckBody = (operation, schema, body) => {
    checkBody(ctx, operation, schema, body)
  }

  return {
    baseUrl,
    audience: ctx.audience,
    ...organizationResources(call),
    domains: domainResource(call),
    identityProviders: identityProviderResource(call),
    // Loaded on first use: the member operations' schemas stay out of pages that don't use them.
    ...lazyMemberParts(() =>
      import('./resources/member-parts.ts').then((module) => module.memberParts(call, check)),
    ),
  }
}
