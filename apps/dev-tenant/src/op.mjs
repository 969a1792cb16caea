// The OpenID Provider of the dev tenant: oidc-provider 9 configured to answer what
// @auth0/auth0-spa-js calls on an Auth0 tenant (`/authorize`, `/oauth/token`, `/v2/logout`),
// issuing RS256 JWT access tokens for the My Organization API audience. The recipe and its
// pitfalls (P5, P6, P7, P9) are in shared/docs/local-tenant.md.
/**
 * Runs `fn` with two known, harmless oidc-provider warnings filtered out (Node 20 is not its
 * target runtime; the in-memory adapter is what a throwaway dev tenant wants) (P9).
 * @template T
 * @param {() => T} fn
 * @returns {T}
 */
function withoutStartupWarnings(fn) {
  const warn = console.warn
  console.warn = (/** @type {unknown[]} */ ...args) => {
    if (!/Unsupported runtime|in-memory adapter/.test(String(args[0]))) {
      warn(...args)
    }
  }
  try {
    return fn()
  } finally {
    console.warn = warn
  }
}

const warn = console.warn
console.warn = (/** @type {unknown[]} */ ...args) => {
  if (!/Unsupported runtime/.test(String(args[0]))) {
    warn(...args)
  }
}
const { default: Provider, errors } = await import('oidc-provider').finally(() => {
  console.warn = warn
})

import { createInteractionMiddleware } from './op-interactions.mjs'
import { escapeHtml, pageStyle } from './op-pages.mjs'
import { organization } from './users.mjs'

/**
 * @typedef {object} OpOptions
 * @property {string} issuer The tenant origin with a trailing slash (spa-js compares `iss` to it).
 * @property {string} audience The API identifier: `${origin}/my-org/`.
 * @property {readonly string[]} apiScopes The resource server's scopes.
 * @property {string} clientId
 * @property {() => readonly string[]} appOrigins Origins of the SPA: redirect, logout and CORS.
 * @property {readonly WebClient[]} webClients Confidential clients (regular web apps).
 * @property {import('jose').JWK} signingKey Private RS256 JWK with `kid`.
 * @property {() => number} accessTokenTtl Seconds, read at each issuance (a test can shorten it).
 * @property {import('./op-interactions.mjs').InteractionData} data Accounts, and the API's store
 *   (invitations are accepted into it).
 */

/**
 * A regular web application (e.g. a Next.js server with @auth0/nextjs-auth0): authenticates
 * with its secret at /oauth/token.
 * @typedef {object} WebClient
 * @property {string} clientId
 * @property {string} clientSecret
 * @property {'client_secret_post' | 'client_secret_basic'} authMethod How it sends the secret
 *   (oidc-provider holds a client to the one it registered; nextjs-auth0 v4 uses `_post`).
 * @property {readonly string[]} redirectUris e.g. `http://localhost:3000/auth/callback`
 * @property {readonly string[]} postLogoutRedirectUris e.g. `http://localhost:3000`
 */

/** oidc-provider's metadata for a web client. @param {WebClient} client */
function webClientMetadata(client) {
  return {
    client_id: client.clientId,
    client_secret: client.clientSecret,
    application_type: 'web',
    token_endpoint_auth_method: client.authMethod,
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    redirect_uris: [...client.redirectUris],
    post_logout_redirect_uris: [...client.postLogoutRedirectUris],
  }
}

/**
 * @param {OpOptions} options
 * @returns {Provider}
 */
export function createOpenIdProvider(options) {
  const { issuer, audience, apiScopes, clientId, appOrigins, signingKey, webClients } = options
  const redirectUris = () => appOrigins().flatMap((origin) => [origin, `${origin}/`])

  const provider = withoutStartupWarnings(
    () =>
      new Provider(issuer, {
        jwks: { keys: [signingKey] },
        clients: [
          {
            client_id: clientId,
            application_type: 'web',
            token_endpoint_auth_method: 'none', // a public SPA: PKCE is mandatory
            grant_types: ['authorization_code', 'refresh_token'],
            response_types: ['code'],
            redirect_uris: redirectUris(),
            post_logout_redirect_uris: redirectUris(),
          },
          ...webClients.map(webClientMetadata),
        ],
        routes: {
          authorization: '/authorize',
          token: '/oauth/token',
          end_session: '/v2/logout',
          jwks: '/.well-known/jwks.json',
          revocation: '/oauth/revoke',
          userinfo: '/userinfo',
        },
        // spa-js sends Auth0's `audience` (not `resource`) and `organization`: without this they
        // are dropped silently and the access token is an opaque userinfo token (P5).
        // `invitation`: an invitation link's ticket (see op-invitations.mjs).
        extraParams: ['audience', 'organization', 'invitation'],
        scopes: ['openid', 'offline_access', 'profile', 'email'],
        claims: {
          openid: ['sub', 'org_id', 'org_name'],
          profile: ['name', 'nickname', 'picture'],
          email: ['email', 'email_verified'],
        },
        findAccount: (_ctx, sub) => {
          const user = options.data.accounts.find(sub)
          if (!user) {
            return undefined
          }
          return {
            accountId: sub,
            claims: () => ({
              sub,
              org_id: organization.id,
              org_name: organization.name,
              name: user.name,
              nickname: user.username.split('@')[0],
              email: user.username,
              email_verified: true,
            }),
          }
        },
        extraTokenClaims: () => ({ org_id: organization.id }),
        // A grant made by the auto-consent below names exactly the role's scopes and rejects the
        // rest, so `prompt=none` (silent auth) never asks for consent for a scope the role lacks.
        loadExistingGrant: async (ctx) => {
          const grantId =
            ctx.oidc.result?.consent?.grantId ??
            ctx.oidc.session?.grantIdFor(ctx.oidc.client?.clientId ?? '')
          return grantId ? ctx.oidc.provider.Grant.find(grantId) : undefined
        },
        clientBasedCORS: (_ctx, origin) => appOrigins().includes(origin),
        features: {
          devInteractions: { enabled: false }, // its pages load web fonts (P9)
          rpInitiatedLogout: {
            enabled: true,
            logoutSource: (ctx, form) => {
              ctx.type = 'html'
              ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Signing out…</title></head><body>${form}<script>var f=document.forms[0];var i=document.createElement('input');i.type='hidden';i.name='logout';i.value='yes';f.appendChild(i);f.submit()</script></body></html>`
            },
            postLogoutSuccessSource: (ctx) => {
              ctx.type = 'html'
              ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Signed out</title><style>${pageStyle}</style></head><body><main><h1>Signed out</h1></main></body></html>`
            },
          },
          webMessageResponseMode: { enabled: true, ack: 'individual-draft-01' }, // silent auth (P7)
          revocation: { enabled: true },
          userinfo: { enabled: true },
          resourceIndicators: {
            enabled: true,
            defaultResource: (ctx, _client, oneOf) =>
              oneOf ?? /** @type {string | undefined} */ (ctx.oidc.params?.audience) ?? undefined,
            // /oauth/token carries no resource: reuse the one granted at /authorize (P5).
            useGrantedResource: () => true,
            getResourceServerInfo: (_ctx, indicator) => {
              if (indicator !== audience) {
                throw new errors.InvalidTarget(`unknown audience ${indicator}; use ${audience}`)
              }
              return {
                scope: apiScopes.join(' '),
                audience,
                accessTokenFormat: 'jwt',
                accessTokenTTL: options.accessTokenTtl(),
                jwt: { sign: { alg: 'RS256' } },
              }
            },
          },
        },
        pkce: { required: () => true },
        ttl: {
          AccessToken: (_ctx, token) => token.resourceServer?.accessTokenTTL ?? 3600,
          AuthorizationCode: 60,
          IdToken: 3600,
          RefreshToken: 14 * 24 * 3600,
          Interaction: 600,
          Session: 14 * 24 * 3600,
          Grant: 14 * 24 * 3600,
        },
        interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
        cookies: { keys: ['myorg-kit-dev-tenant-not-a-secret'] },
        renderError: (ctx, out) => {
          ctx.type = 'html'
          ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dev tenant error</title><style>${pageStyle}</style></head><body><main><h1>Sign-in error</h1><pre id="op-error">${escapeHtml(JSON.stringify(out, null, 2))}</pre></main></body></html>`
        },
      }),
  )
  provider.proxy = false

  // The glue: our own login page, auto-consent, and Auth0's URL conventions.
  provider.use(createInteractionMiddleware(provider, options.data))

  return provider
}
