'use client'

import { MyOrgProvider } from '@myorg-kit/react'
import type { ReactNode } from 'react'

/**
 * The kit in proxy mode: every API call goes to this app's own origin with the session cookie,
 * and the server adds the token. No Auth0Provider, no token in the browser.
 */
export function KitProvider(props: {
  /** The tenant (e.g. `https://acme.eu.auth0.com`): the URLs shown to an IdP admin name it. */
  domain: string
  baseUrl: string
  loginUrl: string
  scopes: readonly string[]
  /** The signed-in user's `sub`: MemberList marks them "You". */
  userId: string
  children: ReactNode
}) {
  return (
    <MyOrgProvider
      domain={props.domain}
      proxy={{
        baseUrl: props.baseUrl,
        loginUrl: props.loginUrl,
        scopes: props.scopes,
        userId: props.userId,
      }}
    >
      {props.children}
    </MyOrgProvider>
  )
}
