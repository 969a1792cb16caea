import { type MyOrgScope, myOrgScopes } from '@myorg-kit/client'

/**
 * Every scope the kit's components use: `myOrgScopes` without `delete:my_org:organizations`
 * (no component deletes the organization).
 */
export const myOrgKitScopes: readonly MyOrgScope[] = myOrgScopes.filter(
  (scope) => scope !== 'delete:my_org:organizations',
)

/**
 * The ONE scope string the kit ever asks the token source for: the union of the scopes its
 * components need, in a fixed order. auth0-spa-js keys its token cache on the requested scope
 * and matches subsets, so asking with one fixed string means one token serves every component
 * (see `auth0-token-cache.md`).
 *
 * Put it in your `<Auth0Provider authorizationParams={{ scope: \`openid profile email ${myOrgKitScope}\` }}>`
 * too: the login token is then already cached under that key and the kit's first token
 * request is a cache hit (no extra round trip, and required with refresh tokens without MRRT).
 *
 * @example
 * <Auth0Provider
 *   domain="acme.eu.auth0.com"
 *   clientId="…"
 *   authorizationParams={{
 *     audience: 'https://acme.eu.auth0.com/my-org/',
 *     scope: `openid profile email ${myOrgKitScope}`,
 *   }}
 * >
 */
export const myOrgKitScope: string = myOrgKitScopes.join(' ')
