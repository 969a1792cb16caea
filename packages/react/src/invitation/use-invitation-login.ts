'use client'

import { type RedirectLoginOptions, initialContext, useAuth0 } from '@auth0/auth0-react'
import { useCallback, useEffect, useRef, useState } from 'react'

import { useStableCallback } from '../kit/use-stable-callback.ts'
import {
  type InvitationParams,
  type InvitationParamsSource,
  hasInvitationQuery,
  readInvitationParams,
} from './read-invitation-params.ts'

/**
 * Where the login route stands: `redirecting` (on its way to `/authorize`), `invalid` (the link
 * carries a malformed invitation: nothing is sent), `absent` (no invitation and
 * `loginWithoutInvitation` is off) or `failed` (`loginWithRedirect` threw).
 */
export type InvitationLoginStatus = 'redirecting' | 'invalid' | 'absent' | 'failed'

/** Sends the browser to the tenant's `/authorize` (auth0-react's `loginWithRedirect`). */
export type InvitationLoginRedirect = (options: RedirectLoginOptions) => Promise<void>

/** Options of {@link useInvitationLogin}. */
export interface UseInvitationLoginOptions {
  /** Where the invitation is read from. @default window.location.search (read once, on mount) */
  search?: InvitationParamsSource | undefined
  /**
   * Starts the login. @default `loginWithRedirect` of the surrounding `<Auth0Provider>`
   */
  loginWithRedirect?: InvitationLoginRedirect | undefined
  /**
   * More `/authorize` parameters (e.g. `redirect_uri`). `invitation` and `organization` always
   * come from the link. @default undefined (the Auth0Provider's own)
   */
  authorizationParams?: RedirectLoginOptions['authorizationParams'] | undefined
  /** Handed back by auth0-react after the login (`onRedirectCallback`). @default undefined */
  appState?: RedirectLoginOptions['appState'] | undefined
  /**
   * Without an invitation in the link, start a plain login: Auth0 also sends people to the
   * Application Login URI to begin a login. Off: the status is `absent`. @default true
   */
  loginWithoutInvitation?: boolean | undefined
}

/** What {@link useInvitationLogin} returns. */
export interface InvitationLoginState {
  status: InvitationLoginStatus
  /** The validated invitation, or `null`. */
  params: InvitationParams | null
  /** What `loginWithRedirect` threw when the status is `failed`. */
  error: unknown
  /** Starts the login again (after `failed`). Call it from a click handler. */
  retry: () => void
}

function currentSearch(): string {
  return typeof window === 'undefined' ? '' : window.location.search
}

function initialStatus(
  params: InvitationParams | null,
  source: InvitationParamsSource,
  loginWithoutInvitation: boolean,
): InvitationLoginStatus {
  if (params) {
    return 'redirecting'
  }
  if (hasInvitationQuery(source)) {
    return 'invalid'
  }
  return loginWithoutInvitation ? 'redirecting' : 'absent'
}

/**
 * For the host app's login route (Auth0's Application Login URI): reads the invitation from the
 * link and calls `loginWithRedirect({ authorizationParams: { invitation, organization } })`
 * exactly once (StrictMode's double effects included), so Auth0 lets the invitee accept it.
 *
 * @example
 * function LoginRoute() {
 *   const { status } = useInvitationLogin({ appState: { returnTo: '/' } })
 *   return status === 'invalid' ? <p>Ask your admin for a new invitation.</p> : <Spinner />
 * }
 */
export function useInvitationLogin(options: UseInvitationLoginOptions = {}): InvitationLoginState {
  const auth0 = useAuth0()
  const [source] = useState(() => options.search ?? currentSearch())
  const [params] = useState(() => readInvitationParams(source))
  const loginWithoutInvitation = options.loginWithoutInvitation ?? true
  const [status, setStatus] = useState(() => initialStatus(params, source, loginWithoutInvitation))
  const [error, setError] = useState<unknown>(undefined)
  const started = useRef(false)

  const redirect = useStableCallback(async () => {
    const login = options.loginWithRedirect ?? auth0.loginWithRedirect
    if (login === initialContext.loginWithRedirect) {
      throw new Error(
        'useInvitationLogin needs <Auth0Provider> (from @auth0/auth0-react) around it, or a `loginWithRedirect` option.',
      )
    }
    await login({
      ...(options.appState === undefined ? {} : { appState: options.appState }),
      authorizationParams: {
        ...options.authorizationParams,
        ...(params ? { invitation: params.invitation, organization: params.organization } : {}),
      },
    })
  })

  const run = useCallback(() => {
    redirect()?.catch((reason: unknown) => {
      setError(reason)
      setStatus('failed')
    })
  }, [redirect])

  const retry = useCallback(() => {
    setStatus('redirecting')
    setError(undefined)
    run()
  }, [run])

  const [autoStart] = useState(status === 'redirecting')
  useEffect(() => {
    // A ref survives StrictMode's mount → unmount → mount: the redirect starts once.
    if (started.current || !autoStart) {
      return
    }
    started.current = true
    run()
  }, [autoStart, run])

  return { status, params, error, retry }
}
