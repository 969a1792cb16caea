'use client'

import { type MyOrgTransport, type RateLimits, createMyOrgTransport } from '@myorg-kit/client'
import { useMemo } from 'react'

import { signedOutError } from './proxy-session.ts'
import type { TokenSession } from './token-session.ts'

/** What the provider's API client is made from. */
export interface ApiClientOptions {
  baseUrl: string
  session: TokenSession
  /** Proxy mode: cookie authentication, and a 401 ends the session. */
  proxied: boolean
  fetch: typeof fetch | undefined
  rateLimits: Partial<RateLimits> | false | undefined
}

/**
 * The provider's transport (resources are built from it where used, so a page bundles only the
 * ones it calls): bearer tokens from the session, or (proxy mode) the page's cookie to
 * the host's endpoint, where a 401 means the server's session ended: the session shows
 * "sign in again" instead of every component failing on its own.
 */
export function useApiClient(options: ApiClientOptions): MyOrgTransport {
  const { baseUrl, session, proxied, fetch: fetchProp } = options
  const rateLimitsKey = JSON.stringify(options.rateLimits ?? null)
  return useMemo(() => {
    const limits = JSON.parse(rateLimitsKey) as Partial<RateLimits> | false | null
    const common = {
      baseUrl,
      ...(fetchProp ? { fetch: fetchProp } : {}),
      ...(limits === null ? {} : { rateLimits: limits }),
    }
    if (!proxied) {
      return createMyOrgTransport({ ...common, getAccessToken: session.getAccessToken })
    }
    return createMyOrgTransport({
      ...common,
      auth: 'cookie',
      onRequest: (event) => {
        if (event.status === 401) {
          session.expire(signedOutError())
        }
      },
    })
  }, [baseUrl, session, proxied, fetchProp, rateLimitsKey])
}
