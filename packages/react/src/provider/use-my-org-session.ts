'use client'

import { type MyOrgTokenError, type OperationName, canPerform } from '@myorg-kit/client'
import { useCallback, useMemo } from 'react'

import { useMyOrgReady } from './my-org-context.ts'

/** The token session, for UI that shows or fixes token problems. */
export interface MyOrgSession {
  /** `idle`/`loading` until a token arrives; `error` when the token source failed. */
  status: 'idle' | 'loading' | 'ready' | 'error'
  /** The token failure, when `status` is `error`. */
  error: MyOrgTokenError | undefined
  /** The organization the kit manages (prop, else the token's `org_id`). */
  organizationId: string | undefined
  /** Proxy mode: the host's sign-in page, for a "Sign in again" link. `undefined` otherwise. */
  loginUrl: string | undefined
  /** Asks for a token again (e.g. a "Try again" button); refetches queries that failed. */
  retry: () => Promise<void>
  /**
   * Fixes a token error by user action, then retries: a popup for `consent_required` and
   * `mfa_required`, a redirect for `login_required` (default Auth0 source), the provider's
   * `onInteractionRequired` (custom `getAccessToken`), or the host's `loginUrl` (proxy mode).
   * Call it from a click handler.
   */
  resolveTokenError: (error: MyOrgTokenError) => Promise<void>
}

/**
 * The provider's token session.
 *
 * @example
 * const { status, error, resolveTokenError } = useMyOrgSession()
 * if (error) return <button onClick={() => resolveTokenError(error)}>Continue</button>
 */
export function useMyOrgSession(): MyOrgSession {
  const { session, keyScope, loginUrl, retrySession, resolveTokenError } = useMyOrgReady()
  const retry = useCallback(() => retrySession(), [retrySession])
  return useMemo(
    () => ({
      status: session.status,
      error: session.error,
      organizationId: keyScope.organizationId,
      loginUrl,
      retry,
      resolveTokenError,
    }),
    [session, keyScope.organizationId, loginUrl, retry, resolveTokenError],
  )
}

/** What the signed-in user may do, read from the access token. */
export interface MyOrgPermissions {
  /** `loading` until the token arrives. */
  status: 'loading' | 'ready' | 'error'
  /** Granted scopes: the token's `scope` claim plus Auth0 RBAC `permissions`. */
  scopes: ReadonlySet<string>
  /** True when the token holds every scope `operation` needs. False while loading. */
  can: (operation: OperationName) => boolean
  /** The token failure, when `status` is `error`. */
  error: MyOrgTokenError | undefined
}

/**
 * The granted scopes, for hiding what the user cannot do. UI gating only: the API enforces
 * scopes on every call regardless.
 *
 * @example
 * const { can } = useMyOrgPermissions()
 * {can('createDomain') && <AddDomainButton />}
 */
export function useMyOrgPermissions(): MyOrgPermissions {
  const { session } = useMyOrgReady()
  return useMemo(() => {
    const { scopes } = session
    return {
      status:
        session.status === 'ready' ? 'ready' : session.status === 'error' ? 'error' : 'loading',
      scopes,
      can: (operation: OperationName) => canPerform(operation, scopes),
      error: session.error,
    }
  }, [session])
}
