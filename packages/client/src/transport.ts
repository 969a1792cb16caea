import type { MyOrgClientOptions } from './client-types.ts'
import type { Call, CheckBody } from './resources/call.ts'
import { type HttpContext, checkBody, request } from './http.ts'
import { createPacer } from './pacer.ts'
import { sleep as defaultSleep } from './sleep.ts'
import { audienceFor, originOf, resolveAgainstPage, resolveBaseUrl } from './base-url.ts'

/** Free tier, per organization (requests per second). */
export const DEFAULT_RATE_LIMITS = { readsPerSecond: 4, writesPerSecond: 2 } as const

/**
 * The client's pipeline without its resources: one token per call, pacing, retries, validation
 * and classified errors. Resources are built from it on first use (`domainsOf(transport)`…), so
 * a bundle carries only the resources it calls. Every `MyOrgClient` is also a transport.
 */
export interface MyOrgTransport {
  /** The API base URL, without a trailing slash. */
  readonly baseUrl: string
  /** The audience tokens must carry: `${baseUrl}/`. */
  readonly audience: string
  /** Sends one operation through the pipeline. For resource builders; prefer the resources. */
  readonly call: Call
  /** Checks a body against a schema as the pipeline would, without sending. */
  readonly check: CheckBody
}

/**
 * Creates the pipeline alone, for hosts and libraries that want only some resources in their
 * bundle (`@myorg-kit/react` does). `createMyOrgClient` is this plus every resource.
 *
 * @example
 * const transport = createMyOrgTransport({ domain: 'acme.eu.auth0.com', getAccessToken })
 * const { organization_domains } = await domainsOf(transport).list()
 */
export function createMyOrgTransport(options: MyOrgClientOptions): MyOrgTransport {
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
  return {
    baseUrl,
    audience: ctx.audience,
    call: (spec) => request(ctx, spec),
    check: (operation, schema, body) => {
      checkBody(ctx, operation, schema, body)
    },
  }
}
