'use client'

import type { MyOrgTokenError, MyOrgTransport } from '@myorg-kit/client'
import type { QueryClient } from '@tanstack/react-query'
import { createContext, useContext, useEffect } from 'react'

import type { MyOrgKeyScope } from '../api/query-keys.ts'
import type { DeepPartial, MyOrgMessages } from '../i18n/types.ts'
import type { MyOrgTranslator } from '../i18n/translator.ts'
import type { MyOrgAppearance } from '../theming/appearance.ts'
import type { TokenSessionSnapshot } from './token-session.ts'

/** What query and mutation option factories need: the client and the key scope. */
export interface MyOrgQueryContext {
  /**
   * The API transport, answering every call from the provider's one token. Pass it to the
   * client's resource accessors (`domainsOf(client).list()`), or call `useMyOrgClient()` for
   * every resource on one object. A full `MyOrgClient` is a transport too.
   */
  client: MyOrgTransport
  /** The root of every query key (API + organization). */
  keyScope: MyOrgKeyScope
}

/** Everything `<MyOrgProvider>` shares with hooks and components. */
export interface MyOrgContextValue extends MyOrgQueryContext {
  /** The QueryClient the kit's hooks use (the host's, or the provider's own). */
  queryClient: QueryClient
  /** The token session's current state. */
  session: TokenSessionSnapshot
  /** True once a token was obtained: the organization is known, queries may run. */
  ready: boolean
  /** The audience tokens are requested for, `https://{domain}/my-org/`. */
  audience: string
  /** Proxy mode: where "Sign in again" sends the user. `undefined` otherwise. */
  loginUrl: string | undefined
  /**
   * The tenant's origin (`https://{domain}`), for the URLs components show an IdP admin (SAML
   * ACS, SCIM endpoint). In proxy mode it comes from `domain`/`baseUrl` when given, else from the
   * session endpoint; `undefined` until known.
   */
  tenantOrigin: string | undefined
  /** Starts the token session if nothing did yet (idempotent). */
  startSession: () => void
  /** Forgets the token or error and asks again. */
  retrySession: (options?: { forceRefresh?: boolean }) => Promise<void>
  /** Resolves a token error by user action (popup, redirect or the host's handler), then retries. */
  resolveTokenError: (error: MyOrgTokenError) => Promise<void>
  /** The provider-level translator (locale + provider `messages`). */
  translator: MyOrgTranslator
  /**
   * The shared texts (`common`, `errors`) with the provider's overrides applied. Component
   * groups are added by each component as it renders (see `useMyOrgTranslator`).
   */
  messages: MyOrgMessages
  /** The provider's `messages` layers (locale bundle, overrides), lowest precedence first. */
  messageLayers: readonly DeepPartial<MyOrgMessages>[]
  /** The provider's appearance. */
  appearance: MyOrgAppearance
}

/** The provider's context. Internal; use `useMyOrg()`. */
export const MyOrgContext = createContext<MyOrgContextValue | null>(null)
MyOrgContext.displayName = 'MyOrgContext'

/**
 * Reads the provider's context. Throws outside `<MyOrgProvider>`.
 *
 * @example
 * const { client, keyScope, queryClient } = useMyOrg()
 */
export function useMyOrg(): MyOrgContextValue {
  const value = useContext(MyOrgContext)
  if (value === null) {
    throw new Error(
      '`useMyOrg` must be used inside `<MyOrgProvider>`. Wrap the component (or your app) in `<MyOrgProvider domain="your-tenant.auth0.com">` from @myorg-kit/react.',
    )
  }
  return value
}

/** Reads the context and makes sure the token session has started (after mount, never during render). */
export function useMyOrgReady(): MyOrgContextValue {
  const value = useMyOrg()
  const { startSession } = value
  useEffect(() => {
    startSession()
  }, [startSession])
  return value
}

/**
 * The tenant's origin for URLs shown to an IdP admin. Throws, for the component's error
 * boundary to report, when proxy mode has neither `domain` nor a session endpoint that names it
 * (never guesses: a wrong ACS or SCIM URL would be pasted into the IdP).
 */
export function requireTenantOrigin(value: Pick<MyOrgContextValue, 'tenantOrigin'>): string {
  if (value.tenantOrigin === undefined) {
    throw new Error(
      '<MyOrgProvider proxy> doesn\'t know the tenant\'s domain yet: pass `domain` (e.g. "acme.eu.auth0.com") with `proxy`, or serve the session endpoint of createMyOrgProxy.',
    )
  }
  return value.tenantOrigin
}
