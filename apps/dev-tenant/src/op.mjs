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

import { checkCredentials, devUsers, findUser, organization } from './users.mjs'

/**
 * @typedef {object} OpOptions
 * @property {string} issuer The tenant origin with a trailing slash (spa-js compares `iss` to it).
 * @property {string} audience The API identifier: `${origin}/my-org/`.
 * @property {readonly string[]} apiScopes The resource server's scopes.
 * @property {string} clientId
 * @property {() => readonly string[]} appOrigins Origins of the SPA: redirect, logout and CORS.
 * @property {import('jose').JWK} signingKey Private RS256 JWK with `kid`.
 * @property {number} accessTokenTtl Seconds.
 */

const escapeHtml = (/** @type {unknown} */ value) =>
  String(value).replace(
    /[&<>"']/g,
    (char) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  )

const pageStyle = `
  body{font:16px/1.5 system-ui,sans-serif;background:#f5f6f8;color:#1b1f24;margin:0}
  main{max-width:26rem;margin:4rem auto;background:#fff;border:1px solid #d6dae0;border-radius:12px;padding:2rem}
  h1{font-size:1.35rem;margin:0 0 .25rem} p{margin:.25rem 0 1rem;color:#4a5360}
  label{display:block;font-weight:600;margin:.75rem 0 .25rem}
  input{box-sizing:border-box;width:100%;font:inherit;padding:.5rem .6rem;border:1px solid #8a94a3;border-radius:6px}
  button{margin-top:1.25rem;width:100%;font:inherit;font-weight:600;padding:.6rem;border:0;border-radius:6px;background:#3b4fd8;color:#fff;cursor:pointer}
  .error{color:#a4141b;font-weight:600} table{border-collapse:collapse;font-size:.85rem;margin-top:1.5rem;width:100%}
  th,td{text-align:left;padding:.2rem .4rem;border-top:1px solid #e3e6ea} code{font-size:.85rem;white-space:nowrap}`

/**
 * @param {{ uid: string, error?: string, username?: string }} input
 */
function loginPage({ uid, error, username = '' }) {
  const rows = devUsers
    .map(
      (user) =>
        `<tr><td><code>${escapeHtml(user.username)}</code></td><td><code>${escapeHtml(user.password)}</code></td><td>${escapeHtml(user.role)}</td></tr>`,
    )
    .join('')
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Sign in · myorg-kit dev tenant</title><style>${pageStyle}</style></head><body><main>
<h1>Sign in to Acme Corp</h1><p>myorg-kit dev tenant (a local stand-in for Auth0).</p>
${error ? `<p class="error" role="alert" id="login-error">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/interaction/${escapeHtml(uid)}/login" autocomplete="off">
<label for="username">Email</label><input id="username" name="username" type="email" required value="${escapeHtml(username)}" autofocus>
<label for="password">Password</label><input id="password" name="password" type="password" required>
<button id="signin" type="submit">Sign in</button></form>
<table aria-label="Seeded users"><thead><tr><th>Email</th><th>Password</th><th>Role</th></tr></thead><tbody>${rows}</tbody></table>
</main></body></html>`
}

/** Reads an `application/x-www-form-urlencoded` body from a koa context. */
async function readForm(/** @type {import('koa').Context} */ ctx) {
  const chunks = []
  for await (const chunk of ctx.req) {
    chunks.push(chunk)
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'))
}

/**
 * @param {OpOptions} options
 * @returns {Provider}
 */
export function createOpenIdProvider(options) {
  const { issuer, audience, apiScopes, clientId, appOrigins, signingKey } = options
  const redirectUris = () => appOrigins().flatMap((origin) => [origin, `${origin}/`])

  /** Scopes of the user's role, among those requested: what Auth0's RBAC puts in the token. */
  const roleScopes = (/** @type {string | undefined} */ accountId) =>
    new Set(findUser(accountId ?? '')?.scopes ?? [])

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
        extraParams: ['audience', 'organization'],
        scopes: ['openid', 'offline_access', 'profile', 'email'],
        claims: {
          openid: ['sub', 'org_id', 'org_name'],
          profile: ['name', 'nickname', 'picture'],
          email: ['email', 'email_verified'],
        },
        findAccount: (_ctx, sub) => {
          const user = findUser(sub)
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
                accessTokenTTL: options.accessTokenTtl,
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
  provider.use(async (ctx, next) => {
    const { path, method } = ctx

    if (path === '/authorize' && method === 'GET') {
      // spa-js's `useRefreshTokens` asks for offline_access but never with prompt=consent, so
      // oidc-provider would drop it (OIDC Core §11) and issue no refresh token (P6).
      const query = new URLSearchParams(ctx.querystring)
      if (
        (query.get('scope') ?? '').split(' ').includes('offline_access') &&
        !query.has('prompt')
      ) {
        query.set('prompt', 'consent')
        ctx.querystring = query.toString()
      }
    }

    if (path === '/v2/logout' && method === 'GET') {
      // Auth0's `returnTo` is OIDC's `post_logout_redirect_uri`.
      const query = new URLSearchParams(ctx.querystring)
      const returnTo = query.get('returnTo')
      if (returnTo && !query.has('post_logout_redirect_uri')) {
        query.set('post_logout_redirect_uri', returnTo)
        query.delete('returnTo')
        ctx.querystring = query.toString()
      }
    }

    const match = /^\/interaction\/([^/]+)(\/login)?$/.exec(path)
    if (!match) {
      await next()
      return
    }
    ctx.set('cache-control', 'no-store')
    const details = await provider.interactionDetails(ctx.req, ctx.res)
    const { uid, prompt, params, session } = details

    if (prompt.name === 'login') {
      if (method === 'POST' && match[2]) {
        const form = await readForm(ctx)
        const username = form.get('username') ?? ''
        const user = checkCredentials(username, form.get('password') ?? '')
        if (!user) {
          ctx.status = 401
          ctx.type = 'html'
          ctx.body = loginPage({ uid, username, error: 'Wrong email or password.' })
          return
        }
        const redirectTo = await provider.interactionResult(ctx.req, ctx.res, {
          login: { accountId: user.id },
        })
        ctx.redirect(redirectTo)
        return
      }
      ctx.type = 'html'
      ctx.body = loginPage({ uid })
      return
    }

    if (prompt.name === 'consent') {
      // No consent screen: grant the requested OIDC scopes and claims, and of the API scopes
      // exactly those the user's role has (the others are rejected, as Auth0's RBAC drops them).
      const accountId = session?.accountId
      const grant = details.grantId
        ? await provider.Grant.find(details.grantId)
        : new provider.Grant({ accountId, clientId: String(params.client_id) })
      if (!grant) {
        throw new Error('The interaction names a grant that does not exist.')
      }
      const { missingOIDCScope, missingOIDCClaims, missingResourceScopes } =
        /** @type {{ missingOIDCScope?: string[], missingOIDCClaims?: string[], missingResourceScopes?: Record<string, string[]> }} */ (
          prompt.details
        )
      if (missingOIDCScope) {
        grant.addOIDCScope(missingOIDCScope.join(' '))
      }
      if (missingOIDCClaims) {
        grant.addOIDCClaims(missingOIDCClaims)
      }
      const allowed = roleScopes(accountId)
      for (const [indicator, scopes] of Object.entries(missingResourceScopes ?? {})) {
        const granted = scopes.filter((scope) => allowed.has(scope))
        const refused = scopes.filter((scope) => !allowed.has(scope))
        if (granted.length > 0) {
          grant.addResourceScope(indicator, granted.join(' '))
        }
        if (refused.length > 0) {
          grant.rejectResourceScope(indicator, refused.join(' '))
        }
      }
      const grantId = await grant.save()
      const redirectTo = await provider.interactionResult(ctx.req, ctx.res, {
        consent: { grantId },
      })
      ctx.redirect(redirectTo)
      return
    }

    ctx.status = 400
    ctx.body = `Unsupported interaction prompt: ${prompt.name}`
  })

  return provider
}
