'use client'

import { initialContext, useAuth0 } from '@auth0/auth0-react'
import { MyOrgTokenError } from '@myorg-kit/client'
import { useCallback } from 'react'

import type { TokenSource, TokenSourceRequest } from './token-session.ts'

/** The default token source, backed by `@auth0/auth0-react`. */
export interface Auth0TokenGetter {
  /** Asks `getAccessTokenSilently` for the session token. */
  source: TokenSource
  /** False while auth0-react is still restoring the session: don't ask for a token yet. */
  ready: boolean
  /** Changes when the signed-in user changes, so the provider starts a new session. */
  identity: string | undefined
  /**
   * Resolves a token error by user action: a popup for consent / MFA, a redirect to log in.
   * Call it from a click handler (browsers block popups opened otherwise).
   */
  interact: (
    error: MyOrgTokenError,
    request: Omit<TokenSourceRequest, 'forceRefresh'>,
  ) => Promise<void>
}

/**
 * Wraps `useAuth0()` as the provider's default token source. Always asks with the same audience
 * and the kit's canonical scope (`detailedResponse: true`, to read the granted scope);
 * `cacheMode: 'off'` only when the API refused the cached token.
 */
export function useAuth0TokenGetter(): Auth0TokenGetter {
  const auth0 = useAuth0()
  const { getAccessTokenSilently, getAccessTokenWithPopup, loginWithRedirect } = auth0
  // Outside <Auth0Provider>, useAuth0() returns stubs that throw; say what to do instead.
  const hasAuth0Provider = getAccessTokenSilently !== initialContext.getAccessTokenSilently

  const source = useCallback<TokenSource>(
    async ({ audience, scope, organizationId, forceRefresh }) => {
      if (!hasAuth0Provider) {
        throw new MyOrgTokenError(
          'unknown',
          '<MyOrgProvider> has no token source: render it inside <Auth0Provider> (from @auth0/auth0-react) or pass `getAccessToken`.',
        )
      }
      const response = await getAccessTokenSilently({
        authorizationParams: {
          audience,
          scope,
          ...(organizationId ? { organization: organizationId } : {}),
        },
        detailedResponse: true,
        ...(forceRefresh ? { cacheMode: 'off' as const } : {}),
      })
      // auth0-react's types allow `undefined` (no token): the session reports it as an error.
      return {
        accessToken: response?.access_token ?? '',
        scope: response?.scope,
        expiresIn: response?.expires_in,
      }
    },
    [getAccessTokenSilently, hasAuth0Provider],
  )

  const interact = useCallback<Auth0TokenGetter['interact']>(
    async (error, { audience, scope, organizationId }) => {
      const authorizationParams = {
        audience,
        scope,
        ...(organizationId ? { organization: organizationId } : {}),
      }
      if (error.code === 'login_required' || error.code === 'missing_refresh_token') {
        await loginWithRedirect({ authorizationParams })
        return
      }
      // consent_required, interaction_required, mfa_required and the rest: one popup round trip.
      // It caches the token under the same audience + scope, so the session's next ask is a hit.
      await getAccessTokenWithPopup({ authorizationParams, cacheMode: 'off' })
    },
    [getAccessTokenWithPopup, loginWithRedirect],
  )

  return {
    source,
    ready: !hasAuth0Provider || !auth0.isLoading,
    identity: auth0.user?.sub,
    interact,
  }
}
