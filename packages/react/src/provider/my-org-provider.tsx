'use client'

import {
  type MyOrgTokenError,
  type RateLimits,
  audienceFor,
  resolveBaseUrl,
} from '@myorg-kit/client'
import type { QueryClient } from '@tanstack/react-query'
import { type ReactNode, useCallback, useLayoutEffect, useMemo, useSyncExternalStore } from 'react'

import type { MyOrgMessagesInput } from '../i18n/types.ts'
import type { MyOrgAppearance } from '../theming/appearance.ts'
import { originOf } from '../lib/url.ts'
import { MyOrgContext, type MyOrgContextValue } from './my-org-context.ts'
import type { MyOrgProxyConfig } from './proxy-session.ts'
import { myOrgKitScope } from './scopes.ts'
import { createTokenSession, idleSnapshot } from './token-session.ts'
import { useApiClient } from './use-api-client.ts'
import { useMountedQueryClient } from './use-mounted-query-client.ts'
import { useProviderTexts } from './use-provider-texts.ts'
import { type MyOrgGetAccessToken, useSessionSource } from './use-session-source.ts'

export type { MyOrgGetAccessToken } from './use-session-source.ts'
export type { MyOrgProxyConfig } from './proxy-session.ts'

/** Props of {@link MyOrgProvider}. */
export interface MyOrgProviderProps {
  /**
   * The Auth0 tenant domain or custom domain, e.g. `acme.eu.auth0.com` or `login.acme.com`.
   * The API base URL is `https://{domain}/my-org` and the token audience
   * `https://{domain}/my-org/`. Use the same domain your `<Auth0Provider>` uses. Required
   * unless `baseUrl` or `proxy` is given. With `proxy`, it only names the tenant in the URLs the
   * wizard and SCIM manager show an IdP admin (else the proxy's session endpoint reports it).
   * @default undefined
   */
  domain?: string
  /**
   * Full API base URL, overriding the one derived from `domain`
   * (e.g. `http://localhost:4000/my-org` for a local tenant). The audience becomes `${baseUrl}/`.
   * @default `https://${domain}/my-org`
   */
  baseUrl?: string
  /**
   * Proxy mode: the access token stays on the host's server. Every call goes to
   * `proxy.baseUrl` on the page's origin (e.g. a Next.js route handler with `createMyOrgProxy`
   * from `@myorg-kit/client/proxy`) with the session cookie and no `Authorization` header;
   * `domain`, `baseUrl`, `getAccessToken` and `<Auth0Provider>` are not needed. The granted scopes
   * come from `proxy.scopes`, else from one `GET {proxy.baseUrl}/session`; a 401 shows
   * "Sign in again" linking to `proxy.loginUrl`.
   * @default undefined (the browser gets a token: `getAccessToken` or `@auth0/auth0-react`)
   */
  proxy?: MyOrgProxyConfig
  /**
   * The organization to manage. Sent as `authorizationParams.organization` with the default
   * Auth0 token source. When omitted, the token's `org_id` claim is used.
   * @default the token's `org_id`
   */
  organizationId?: string
  /**
   * Replaces the default `@auth0/auth0-react` token source (tests, stories, server proxies).
   * Called once per session with the audience and the kit's canonical scope; may return the
   * token, or `{ accessToken, scope?, expiresIn? }`. `forceRefresh` is true after the API
   * refused the token (401): bypass your cache then.
   * @default `useAuth0().getAccessTokenSilently` with `{ audience, scope: myOrgKitScope, organization }`
   */
  getAccessToken?: MyOrgGetAccessToken
  /**
   * With a custom `getAccessToken`: called when the user asks to resolve a token error
   * (consent, MFA, login). Do the interactive step, then resolve; the kit asks for a token again.
   * @default undefined (the kit only retries)
   */
  onInteractionRequired?: (error: MyOrgTokenError) => Promise<void> | void
  /**
   * The QueryClient for the kit's data. Pass yours to share a cache (prefetching, devtools);
   * the kit never renders a `<QueryClientProvider>`, so your own context is untouched.
   * @default a client from `createMyOrgQueryClient()`, owned by this provider
   */
  queryClient?: QueryClient
  /**
   * BCP 47 locale for plurals, numbers and dates.
   * @default 'en-US'
   */
  locale?: string
  /**
   * Text overrides over `en-US`: one object or a list (later entries win), e.g.
   * `[frFR, { domainList: { title: 'Domaines' } }]` with `frFR` from
   * `@myorg-kit/react/locales/fr-FR`. Components' own `messages` props win over these.
   * @default undefined (en-US texts)
   */
  messages?: MyOrgMessagesInput
  /**
   * Look and feel: typed CSS variables and the colour scheme, applied on every component root.
   * @default { theme: 'light' }
   */
  appearance?: MyOrgAppearance
  /**
   * Client-side pacing, passed to the client; `false` turns it off.
   * @default { readsPerSecond: 4, writesPerSecond: 2 } (the free tier's per-organization limits)
   */
  rateLimits?: Partial<RateLimits> | false
  /**
   * The fetch the client uses. Pass a stable function (a new one recreates the client).
   * @default globalThis.fetch
   */
  fetch?: typeof fetch
  children?: ReactNode
}

const noAppearance: MyOrgAppearance = {}

/**
 * Connects the kit's hooks and components to the My Organization API of one tenant and one
 * organization: one token session, one API client, one QueryClient, texts and appearance.
 *
 * @example
 * <Auth0Provider domain="acme.eu.auth0.com" clientId="…" authorizationParams={{ scope: `openid profile email ${myOrgKitScope}` }}>
 *   <MyOrgProvider domain="acme.eu.auth0.com">
 *     <OrgSettingsPage />
 *   </MyOrgProvider>
 * </Auth0Provider>
 */
export function MyOrgProvider(props: MyOrgProviderProps): ReactNode {
  const {
    domain,
    baseUrl: baseUrlProp,
    proxy,
    organizationId,
    getAccessToken,
    onInteractionRequired,
    queryClient: hostQueryClient,
    locale = 'en-US',
    messages: messagesProp,
    appearance = noAppearance,
    rateLimits,
    fetch: fetchProp,
    children,
  } = props
  const baseUrl = useMemo(
    () => proxy?.baseUrl ?? providerBaseUrl(domain, baseUrlProp),
    [proxy?.baseUrl, domain, baseUrlProp],
  )
  const audience = audienceFor(baseUrl)

  // --- session source: the host's proxy, the host's getter, or auth0-react ---
  const source = useSessionSource({
    proxy,
    getAccessToken,
    onInteractionRequired,
    audience,
    organizationId,
    fetch: fetchProp,
  })
  const tenantOrigin = tenantOriginOf(domain, baseUrlProp) ?? source.tenantOrigin

  // One session per audience + organization + user: everything else reuses its token.
  const session = useMemo(
    () =>
      createTokenSession({
        identity: source.identity,
        audience,
        scope: myOrgKitScope,
        organizationId,
      }),
    [audience, organizationId, source.identity],
  )
  // Layout effects run before any passive effect, so the source is set before anyone starts the
  // session; it is re-read on every token request, so a new getter never needs a new session.
  const { attach } = source
  useLayoutEffect(() => {
    attach(session)
  }, [session, attach])
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot, () => idleSnapshot)
  const sourceReady = source.ready
  const startSession = useCallback(() => {
    if (sourceReady) {
      session.start()
    }
  }, [session, sourceReady])

  // --- client and QueryClient ---
  const client = useApiClient({
    baseUrl,
    session,
    proxied: proxy !== undefined,
    fetch: fetchProp,
    rateLimits,
  })

  const queryClient = useMountedQueryClient(hostQueryClient)

  const keyScope = useMemo(
    () => ({ api: baseUrl, organizationId: organizationId ?? snapshot.organizationId }),
    [baseUrl, organizationId, snapshot.organizationId],
  )

  const refetchFailed = useCallback(async () => {
    await queryClient.refetchQueries({
      queryKey: ['myorg-kit', baseUrl],
      predicate: (query) => query.state.status === 'error',
    })
  }, [queryClient, baseUrl])

  const retrySession = useCallback(
    async (options?: { forceRefresh?: boolean }) => {
      await session.retry(options)
      if (session.getSnapshot().status === 'ready') {
        await refetchFailed()
      }
    },
    [session, refetchFailed],
  )

  const { interact } = source
  const resolveTokenError = useCallback(
    async (error: MyOrgTokenError) => {
      await interact(error)
      await retrySession()
    },
    [interact, retrySession],
  )

  const texts = useProviderTexts(locale, messagesProp)

  const value = useMemo<MyOrgContextValue>(
    () => ({
      client,
      keyScope,
      queryClient,
      session: snapshot,
      ready: snapshot.status === 'ready',
      audience,
      loginUrl: source.loginUrl,
      tenantOrigin,
      startSession,
      retrySession,
      resolveTokenError,
      ...texts,
      appearance,
    }),
    [
      client,
      keyScope,
      queryClient,
      snapshot,
      audience,
      source.loginUrl,
      tenantOrigin,
      startSession,
      retrySession,
      resolveTokenError,
      texts,
      appearance,
    ],
  )

  return <MyOrgContext value={value}>{children}</MyOrgContext>
}

/** The tenant's own origin (never the proxy's), for URLs shown to an IdP admin. */
function tenantOriginOf(domain: string | undefined, baseUrl: string | undefined) {
  return originOf(domain || baseUrl ? providerBaseUrl(domain, baseUrl) : undefined)
}

/** The API base URL from `domain`/`baseUrl`, with an error that names the provider's props. */
function providerBaseUrl(domain: string | undefined, baseUrl: string | undefined): string {
  if (!domain && !baseUrl) {
    throw new TypeError(
      '<MyOrgProvider> needs `domain` (e.g. "acme.eu.auth0.com"), `baseUrl`, or `proxy` (e.g. { baseUrl: "/api/my-org" } with createMyOrgProxy on your server).',
    )
  }
  return resolveBaseUrl({ domain, baseUrl })
}
