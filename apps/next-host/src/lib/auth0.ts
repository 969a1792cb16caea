// The server's Auth0 client (@auth0/nextjs-auth0 v4): a regular web app with a client secret.
// It reads AUTH0_DOMAIN, AUTH0_CLIENT_ID, AUTH0_CLIENT_SECRET, AUTH0_SECRET and APP_BASE_URL
// from the environment. The session (with the access and refresh tokens) lives in an encrypted,
// httpOnly cookie; nothing here hands a token to the browser.
import { Auth0Client } from '@auth0/nextjs-auth0/server'
import { myOrgScopes } from '@myorg-kit/client'
import { myOrgKitScope } from '@myorg-kit/react'

/** The tenant's origin with a trailing slash, e.g. `https://acme.eu.auth0.com/`. */
export function issuerUrl(): string {
  const domain = (process.env.AUTH0_DOMAIN ?? '').trim().replace(/\/+$/, '')
  return `${/^https?:\/\//i.test(domain) ? domain : `https://${domain}`}/`
}

/** The My Organization API's audience on this tenant. */
export function myOrgAudience(): string {
  return `${issuerUrl()}my-org/`
}

export const auth0 = new Auth0Client({
  // The dev tenant speaks plain http on localhost; a real tenant never does.
  allowInsecureRequests: /^http:\/\//i.test(process.env.AUTH0_DOMAIN ?? ''),
  authorizationParameters: {
    audience: myOrgAudience(),
    // The kit's scopes, as the SPA asks for them; offline_access: the SDK renews an expired
    // access token with the refresh token.
    scope: `openid profile email offline_access ${myOrgKitScope}`,
  },
  signInReturnToPath: '/settings/general',
  // On by default in v4: it would return the access token to any script on the page.
  enableAccessTokenEndpoint: false,
})

/** The granted My Organization scopes of the signed-in session (empty without one). */
export function grantedScopes(scope: string | undefined): string[] {
  const granted = new Set((scope ?? '').split(' '))
  return myOrgScopes.filter((candidate) => granted.has(candidate))
}
