// The OpenID Provider's glue for Auth0's conventions: `offline_access` and `returnTo` rewrites,
// our own login page, and auto-consent to exactly the scopes of the user's role.
import { invitationInteraction } from './op-invitations.mjs'
import { loginPage, readForm } from './op-pages.mjs'

/**
 * Auth0's URL conventions, rewritten to what oidc-provider expects.
 * @param {import('koa').Context} ctx
 */
function rewriteAuth0Params(ctx) {
  const { path, method } = ctx

  if (path === '/authorize' && method === 'GET') {
    // spa-js's `useRefreshTokens` asks for offline_access but never with prompt=consent, so
    // oidc-provider would drop it (OIDC Core §11) and issue no refresh token (P6).
    const query = new URLSearchParams(ctx.querystring)
    if ((query.get('scope') ?? '').split(' ').includes('offline_access') && !query.has('prompt')) {
      query.set('prompt', 'consent')
      ctx.querystring = query.toString()
    }
    // An invitation is accepted on its own page, even when someone is signed in already.
    if (query.has('invitation') && !(query.get('prompt') ?? '').split(' ').includes('login')) {
      query.set('prompt', ['login', query.get('prompt') ?? ''].join(' ').trim())
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
}

/**
 * @typedef {object} InteractionData
 * @property {import('@myorg-kit/mock-api').MyOrgStore} store The API's data (invitations, members).
 * @property {import('./accounts.mjs').Accounts} accounts
 */

/**
 * @param {import('oidc-provider').default} provider
 * @param {InteractionData} data
 */
export function createInteractionMiddleware(provider, data) {
  /**
   * @param {import('koa').Context} ctx
   * @param {() => Promise<void>} next
   */
  return async (ctx, next) => {
    rewriteAuth0Params(ctx)
    const { path, method } = ctx
    const match = /^\/interaction\/([^/]+)(\/login|\/accept)?$/.exec(path)
    if (!match) {
      await next()
      return
    }
    ctx.set('cache-control', 'no-store')
    const details = await provider.interactionDetails(ctx.req, ctx.res)
    const { uid, prompt, params } = details
    if (prompt.name === 'login' && params.invitation) {
      const isAcceptPost = match[2] === '/accept'
      await invitationInteraction(provider, ctx, { uid, method, isAcceptPost, params }, data)
      return
    }
    if (prompt.name === 'login') {
      const isLoginPost = match[2] === '/login'
      await login(provider, ctx, { uid, method, isLoginPost, accounts: data.accounts })
      return
    }
    if (prompt.name === 'consent') {
      await consent(provider, ctx, details, (id) => data.accounts.scopesOf(id))
      return
    }
    ctx.status = 400
    ctx.body = `Unsupported interaction prompt: ${prompt.name}`
  }
}

/**
 * Our login page: GET shows it, POST checks the seeded credentials.
 * @param {import('oidc-provider').default} provider
 * @param {import('koa').Context} ctx
 * @param {{ uid: string, method: string, isLoginPost: boolean, accounts: import('./accounts.mjs').Accounts }} input
 */
async function login(provider, ctx, { uid, method, isLoginPost, accounts }) {
  if (method === 'POST' && isLoginPost) {
    const form = await readForm(ctx)
    const username = form.get('username') ?? ''
    const user = accounts.check(username, form.get('password') ?? '')
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

/**
 * No consent screen: grant the requested OIDC scopes and claims, and of the API scopes exactly
 * those the user's role has (the others are rejected, as Auth0's RBAC drops them).
 * @param {import('oidc-provider').default} provider
 * @param {import('koa').Context} ctx
 * @param {Awaited<ReturnType<import('oidc-provider').default['interactionDetails']>>} details
 * @param {(accountId: string | undefined) => Set<string>} roleScopes
 */
async function consent(provider, ctx, details, roleScopes) {
  const { prompt, params, session } = details
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
