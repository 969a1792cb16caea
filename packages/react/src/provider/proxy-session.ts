'use client'

import { MyOrgTokenError } from '@myorg-kit/client'
import { useMemo, useState } from 'react'

import { loadOnce } from '../lib/load-once.ts'

/** Proxy mode of `<MyOrgProvider>`: the host's server holds the token and adds it. */
export interface MyOrgProxyConfig {
  /**
   * Where the host mounts `createMyOrgProxy` (from `@myorg-kit/client/proxy`), on the page's
   * origin, e.g. `/api/my-org`. Every call goes there with the session cookie.
   */
  baseUrl: string
  /**
   * Where "Sign in again" sends the user when the host's session has ended.
   * @default the `loginUrl` the session endpoint reports
   */
  loginUrl?: string
  /**
   * The granted scopes, when the host read them on the server (then no session request is made).
   * @default the scopes of one `GET {baseUrl}/session`
   */
  scopes?: readonly string[]
  /**
   * The signed-in user's id (`sub`), when the host fills `scopes` on the server: MemberList marks
   * them "You" and warns before they remove themselves.
   * @default the `userId` of the session endpoint; `undefined` with `scopes`
   */
  userId?: string
}

/**
 * What a server-side session reports instead of a token (proxy mode: the host's server holds
 * the token and adds it). Throws a `MyOrgTokenError('login_required')` when signed out.
 */
export interface ServerSessionGrant {
  /** The granted scopes. */
  scopes: readonly string[]
  /** The organization of the server's token, when known. */
  organizationId?: string | undefined
  /** The signed-in user's id (the server token's `sub`), when known. */
  userId?: string | undefined
}

/** Asks the host's server what its session grants (e.g. `GET {proxy}/session`). */
export type ServerSessionSource = () => Promise<ServerSessionGrant>

// Only proxy mode reads the session endpoint: its code loads on first use.
const sessionReader = /* @__PURE__ */ loadOnce(() => import('./read-proxy-session.ts'))

const SIGNED_OUT = 'You are signed out of this app. Sign in again to manage your organization.'

/** The 401 of a proxied call, as a session error whose fix is signing in again. */
export function signedOutError(cause?: unknown): MyOrgTokenError {
  return new MyOrgTokenError('login_required', SIGNED_OUT, { cause })
}

/** The proxy's session source for the provider, and the login URL to offer. */
export interface ProxySession {
  /** `undefined` outside proxy mode. */
  source: ServerSessionSource | undefined
  /** `proxy.loginUrl`, else the one the session endpoint reported. */
  loginUrl: string | undefined
  /** The tenant's origin the session endpoint reported (`undefined` until then, or with `scopes`). */
  tenantOrigin: string | undefined
}

/**
 * Proxy mode's session source: `proxy.scopes` when the host filled them, else one read of the
 * session endpoint (the session keeps its answer until a 401 or a retry).
 */
export function useProxySession(
  proxy: MyOrgProxyConfig | undefined,
  fetchImpl: typeof fetch | undefined,
): ProxySession {
  const [reported, setReported] = useState<{ loginUrl?: string; tenantOrigin?: string }>({})
  const baseUrl = proxy?.baseUrl
  const scopesKey = proxy?.scopes ? JSON.stringify(proxy.scopes) : undefined
  const userId = proxy?.userId
  const source = useMemo<ServerSessionSource | undefined>(() => {
    if (baseUrl === undefined) {
      return undefined
    }
    if (scopesKey !== undefined) {
      const scopes = JSON.parse(scopesKey) as string[]
      return () => Promise.resolve({ scopes, userId })
    }
    return async () => {
      const { readProxySession } = await sessionReader.preload()
      const session = await readProxySession(baseUrl, fetchImpl)
      setReported({
        ...(session.loginUrl === undefined ? {} : { loginUrl: session.loginUrl }),
        ...(session.tenantOrigin ? { tenantOrigin: session.tenantOrigin } : {}),
      })
      if (!session.authenticated) {
        throw signedOutError()
      }
      return {
        scopes: session.scopes,
        organizationId: session.organizationId,
        userId: session.userId,
      }
    }
  }, [baseUrl, scopesKey, userId, fetchImpl])
  return {
    source,
    loginUrl: proxy?.loginUrl ?? reported.loginUrl,
    tenantOrigin: reported.tenantOrigin,
  }
}
