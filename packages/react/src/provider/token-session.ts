/**
 * The token economy. One session per provider (per API audience and organization): it asks
 * the token source once, shares that promise with every concurrent caller, and reuses the token
 * until shortly before it expires. The client's per-operation requests are all answered from
 * it; only a 401 (`forceRefresh`) makes it ask again, bypassing the source's cache.
 *
 * Framework-free on purpose: the provider subscribes to it with `useSyncExternalStore`.
 */
import { type MyOrgTokenError, type TokenRequest, toTokenError } from '@myorg-kit/client'

import type { ServerSessionSource } from './proxy-session.ts'
import {
  type GrantSource,
  noSource,
  serverGrantSource,
  tokenGrantSource,
} from './session-grants.ts'

/** What a token source returns: a token, or a token with what the authorization server said. */
export type TokenSourceResult =
  | string
  | {
      /** The access token. */
      accessToken: string
      /** The granted scopes as the authorization server reported them (`detailedResponse.scope`). */
      scope?: string | undefined
      /** Lifetime in seconds, used when the token is not a JWT. */
      expiresIn?: number | undefined
    }

/** What the session asks its token source for. Always the same audience and scope string. */
export interface TokenSourceRequest {
  /** The API audience, `https://{domain}/my-org/`. */
  audience: string
  /** The kit's canonical scope string ({@link myOrgKitScope}); never per-operation scopes. */
  scope: string
  /** The organization id, when the provider was given one. */
  organizationId: string | undefined
  /** True when the cached token was refused (401): bypass any token cache. */
  forceRefresh: boolean
}

/** A function that returns an access token for the My Organization API. */
export type TokenSource = (request: TokenSourceRequest) => Promise<TokenSourceResult>

/** The session's state, as React reads it. Replaced (never mutated) on every change. */
export interface TokenSessionSnapshot {
  /** `idle` until something needs a token; `ready` once one was obtained. */
  status: 'idle' | 'loading' | 'ready' | 'error'
  /** Granted scopes, from the token's `scope` and `permissions` claims (and the source's report). */
  scopes: ReadonlySet<string>
  /** The `org_id` claim, when the token has one. */
  organizationId: string | undefined
  /** The last token failure, when `status` is `error`. */
  error: MyOrgTokenError | undefined
}

/** Options of {@link createTokenSession}. */
export interface TokenSessionOptions {
  /** Whose tokens these are (e.g. the signed-in user): a new identity needs a new session. */
  identity: string
  audience: string
  scope: string
  organizationId: string | undefined
  /** Clock in ms. @default Date.now */
  now?: () => number
  /** Ask for a new token this long before `exp`. @default 60_000 */
  expiryMarginMs?: number
  /** How long to reuse a token whose expiry is unknown (opaque, no `expiresIn`). @default 300_000 */
  opaqueLifetimeMs?: number
  /** A forced refresh within this long of the last one reuses it (many 401s at once). @default 5_000 */
  refreshDedupeMs?: number
}

/** A token session. */
export interface TokenSession {
  /** The client's `getAccessToken`: answers every operation from the one session token. */
  getAccessToken: (request: Pick<TokenRequest, 'forceRefresh'>) => Promise<string>
  /** Whose tokens this session holds. */
  readonly identity: string
  /** Sets the token source (the provider passes the latest one after every render). */
  setSource: (source: TokenSource) => void
  /** Proxy mode: the session is the host server's; the source reports its scopes, never a token. */
  setServerSource: (source: ServerSessionSource) => void
  /**
   * Ends the session with `error` (e.g. the host's proxy answered 401): components show the
   * error's fix; `retry()` asks the source again.
   */
  expire: (error: MyOrgTokenError) => void
  /** Makes sure a token is (being) obtained; idempotent. */
  start: () => void
  /**
   * Forgets the token and any error and asks the source again (once; concurrent calls share
   * it). `forceRefresh` bypasses the source's cache: use it to re-check refused scopes.
   */
  retry: (options?: { forceRefresh?: boolean }) => Promise<void>
  subscribe: (listener: () => void) => () => void
  getSnapshot: () => TokenSessionSnapshot
}

interface HeldToken {
  token: string
  obtainedAt: number
  refreshAt: number
  forced: boolean
}

const EMPTY_SCOPES: ReadonlySet<string> = new Set()

/** The snapshot before anything asked for a token (also used on the server). */
export const idleSnapshot: TokenSessionSnapshot = {
  status: 'idle',
  scopes: EMPTY_SCOPES,
  organizationId: undefined,
  error: undefined,
}

/** Creates a token session. Nothing happens until `start()` or `getAccessToken()`. */
export function createTokenSession(options: TokenSessionOptions): TokenSession {
  const now = options.now ?? Date.now
  const timing = {
    marginMs: options.expiryMarginMs ?? 60_000,
    opaqueLifetimeMs: options.opaqueLifetimeMs ?? 300_000,
  }
  const refreshDedupe = options.refreshDedupeMs ?? 5_000
  const listeners = new Set<() => void>()
  let snapshot: TokenSessionSnapshot = idleSnapshot
  let held: HeldToken | undefined
  let inFlight: Promise<string> | undefined
  let currentSource: GrantSource = noSource

  function publish(next: TokenSessionSnapshot): void {
    snapshot = next
    for (const listener of listeners) {
      listener()
    }
  }

  function fetchToken(forceRefresh: boolean): Promise<string> {
    if (snapshot.status !== 'ready') {
      publish({ ...snapshot, status: 'loading', error: undefined })
    }
    const source = currentSource
    const promise = (async () => {
      try {
        const obtainedAt = now()
        const grant = await source(forceRefresh, obtainedAt)
        held = { token: grant.token, obtainedAt, refreshAt: grant.refreshAt, forced: forceRefresh }
        publish({
          status: 'ready',
          scopes: grant.scopes,
          organizationId: options.organizationId ?? grant.organizationId,
          error: undefined,
        })
        return grant.token
      } catch (error) {
        const tokenError = toTokenError(error)
        held = undefined
        publish({ ...snapshot, status: 'error', error: tokenError })
        throw tokenError
      } finally {
        inFlight = undefined
      }
    })()
    inFlight = promise
    return promise
  }

  function getAccessToken(request: Pick<TokenRequest, 'forceRefresh'>): Promise<string> {
    if (inFlight) {
      return inFlight
    }
    if (request.forceRefresh) {
      // Several calls refused at once share one forced refresh.
      if (held?.forced && now() - held.obtainedAt < refreshDedupe) {
        return Promise.resolve(held.token)
      }
      return fetchToken(true)
    }
    if (held && now() < held.refreshAt) {
      return Promise.resolve(held.token)
    }
    // An expiring token is renewed through the source's cache (it refreshes it when needed).
    return fetchToken(false)
  }

  return {
    identity: options.identity,
    setSource(source) {
      currentSource = tokenGrantSource(source, options, timing)
    },
    setServerSource(source) {
      currentSource = serverGrantSource(source)
    },
    expire(error) {
      held = undefined
      publish({ ...snapshot, status: 'error', error })
    },
    getAccessToken,
    start() {
      if (snapshot.status === 'idle' && !inFlight) {
        // The failure is published on the snapshot; nobody awaits this call.
        fetchToken(false).catch(() => undefined)
      }
    },
    async retry(retryOptions) {
      held = undefined
      await (inFlight ?? fetchToken(retryOptions?.forceRefresh ?? false)).catch(() => undefined)
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    getSnapshot: () => snapshot,
  }
}
