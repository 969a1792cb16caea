/**
 * What the token session gets from each kind of source: a token with its scopes and renewal
 * time (browser token), or the scopes of the host server's session (proxy mode, no token).
 */
import {
  type AccessTokenClaims,
  decodeAccessToken,
  parseScopes,
  toTokenError,
} from '@myorg-kit/client'

import type { ServerSessionSource } from './proxy-session.ts'
import type { TokenSource, TokenSourceRequest } from './token-session.ts'

/** What one successful ask of a source yields, whichever kind it was. */
export interface Grant {
  /** The access token; empty for a server-side session (the browser never has one). */
  token: string
  /** When to ask the source again (ms). */
  refreshAt: number
  scopes: ReadonlySet<string>
  organizationId: string | undefined
}

/** Asks a source once. */
export type GrantSource = (forceRefresh: boolean, obtainedAt: number) => Promise<Grant>

/** When tokens are renewed. */
export interface GrantTiming {
  /** Ask for a new token this long before `exp`. */
  marginMs: number
  /** How long to reuse a token whose expiry is unknown. */
  opaqueLifetimeMs: number
}

/** The source before the provider set one. */
export const noSource: GrantSource = () =>
  Promise.reject(new Error('The token session has no token source yet.'))

function refreshTime(
  claims: AccessTokenClaims | undefined,
  expiresIn: number | undefined,
  obtainedAt: number,
  { marginMs, opaqueLifetimeMs }: GrantTiming,
): number {
  const expiresAt =
    claims?.exp !== undefined
      ? claims.exp * 1000
      : expiresIn !== undefined
        ? obtainedAt + expiresIn * 1000
        : obtainedAt + opaqueLifetimeMs + marginMs
  // Ask `margin` before expiry, but never sooner than half-way through a short-lived token.
  return Math.max(expiresAt - marginMs, obtainedAt + (expiresAt - obtainedAt) / 2)
}

/** A browser token source: the token, its claims' scopes and organization, its renewal time. */
export function tokenGrantSource(
  source: TokenSource,
  request: Omit<TokenSourceRequest, 'forceRefresh'>,
  timing: GrantTiming,
): GrantSource {
  return async (forceRefresh, obtainedAt) => {
    const result = await source({
      audience: request.audience,
      scope: request.scope,
      organizationId: request.organizationId,
      forceRefresh,
    })
    const accessToken = typeof result === 'string' ? result : result.accessToken
    if (typeof accessToken !== 'string' || accessToken === '') {
      throw toTokenError(new Error('The token source returned no access token.'))
    }
    const reported = typeof result === 'string' ? undefined : result
    const claims = decodeAccessToken(accessToken)
    return {
      token: accessToken,
      refreshAt: refreshTime(claims, reported?.expiresIn, obtainedAt, timing),
      scopes: parseScopes(claims?.scope, claims?.permissions, reported?.scope),
      organizationId: claims?.org_id,
    }
  }
}

/** A server-side session: its scopes, no token. The server renews its own token, so the report holds until a 401 expires it. */
export function serverGrantSource(source: ServerSessionSource): GrantSource {
  return async () => {
    const grant = await source()
    return {
      token: '',
      refreshAt: Number.POSITIVE_INFINITY,
      scopes: parseScopes(grant.scopes),
      organizationId: grant.organizationId,
    }
  }
}
