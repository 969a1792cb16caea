'use client'

import type { MyOrgTokenError } from '@myorg-kit/client'
import { useCallback } from 'react'

import { type MyOrgProxyConfig, useProxySession } from './proxy-session.ts'
import { myOrgKitScope } from './scopes.ts'
import type { TokenSession, TokenSourceRequest, TokenSourceResult } from './token-session.ts'
import { useAuth0TokenGetter } from './use-auth0-token-getter.ts'

/** A host-supplied token getter (tests, stories, other auth SDKs). */
export type MyOrgGetAccessToken = (request: TokenSourceRequest) => Promise<TokenSourceResult>

/** What decides where the session's grant comes from. */
export interface SessionSourceOptions {
  proxy: MyOrgProxyConfig | undefined
  getAccessToken: MyOrgGetAccessToken | undefined
  onInteractionRequired: ((error: MyOrgTokenError) => Promise<void> | void) | undefined
  audience: string
  organizationId: string | undefined
  fetch: typeof fetch | undefined
}

/** The provider's session source, whichever of the three it is. */
export interface SessionSource {
  /** Whose session it is: a new identity needs a new session. */
  identity: string
  /** False while the source cannot answer yet (auth0-react restoring its session). */
  ready: boolean
  /** Hands the latest source to the session (from a layout effect). */
  attach: (session: TokenSession) => void
  /** Fixes a token error by user action: the login URL, a popup, or the host's handler. */
  interact: (error: MyOrgTokenError) => Promise<void>
  /** Where to sign in again, in proxy mode. */
  loginUrl: string | undefined
  /** Proxy mode: the tenant's origin the session endpoint reported. */
  tenantOrigin: string | undefined
}

/**
 * Picks the session source: the host's proxy (a server-side session: scopes only, never a
 * token), the host's `getAccessToken`, or `@auth0/auth0-react` (which needs no
 * `<Auth0Provider>` in the other two modes).
 */
export function useSessionSource(options: SessionSourceOptions): SessionSource {
  const { proxy, getAccessToken, onInteractionRequired, audience, organizationId } = options
  const auth0 = useAuth0TokenGetter()
  const proxied = useProxySession(proxy, options.fetch)
  const tokenSource = getAccessToken ?? auth0.source
  const serverSource = proxied.source
  const { loginUrl } = proxied
  const identity = proxy
    ? `proxy:${proxy.baseUrl}`
    : getAccessToken
      ? 'custom'
      : `auth0:${auth0.identity ?? ''}`

  const attach = useCallback(
    (session: TokenSession) => {
      if (serverSource) {
        session.setServerSource(serverSource)
      } else {
        session.setSource(tokenSource)
      }
    },
    [serverSource, tokenSource],
  )

  const { interact: auth0Interact } = auth0
  const interact = useCallback(
    async (error: MyOrgTokenError) => {
      if (serverSource) {
        if (loginUrl !== undefined) {
          globalThis.location.assign(loginUrl)
        }
      } else if (getAccessToken) {
        await onInteractionRequired?.(error)
      } else {
        await auth0Interact(error, { audience, scope: myOrgKitScope, organizationId })
      }
    },
    [
      serverSource,
      loginUrl,
      getAccessToken,
      onInteractionRequired,
      auth0Interact,
      audience,
      organizationId,
    ],
  )

  return {
    identity,
    ready: serverSource !== undefined || getAccessToken !== undefined || auth0.ready,
    attach,
    interact,
    loginUrl,
    tenantOrigin: proxied.tenantOrigin,
  }
}
