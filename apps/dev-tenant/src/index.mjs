// @myorg-kit/dev-tenant: a stand-in for an Auth0 tenant on localhost.
//
// One origin (e.g. http://localhost:4400) serves, as an Auth0 tenant does:
//   - an OpenID Provider (oidc-provider) at /authorize, /oauth/token, /v2/logout, with seeded users;
//   - the My Organization API under /my-org/, from @myorg-kit/mock-api's Fetch-style handler,
//     behind real JWT verification (jose: JWKS, issuer, audience, expiry, RS256), a CORS
//     allow-list and per-organization rate limits of a tier.
// Tier and allow-list are set at start and can change at run time (`control`, or
// `POST /__dev/control` with JSON), for tests.
import { createServer } from 'node:http'

import {
  createFaults,
  createMyOrgHandler,
  createMyOrgStore,
  rateLimitTiers,
} from '@myorg-kit/mock-api'
import { exportJWK, generateKeyPair } from 'jose'

import { createAccounts } from './accounts.mjs'
import { createAuthenticate } from './api-auth.mjs'
import { createApiServer, tierLimits } from './api-server.mjs'
import { createControl, serveControl } from './control.mjs'
import { applyLoginUri } from './invitations.mjs'
import { createOpenIdProvider } from './op.mjs'
import { allScopes, devUsers, organization } from './users.mjs'

export { devUsers, organization } from './users.mjs'

/** The tiers a test or a person can pick: Auth0's, plus `off` and explicit limits. */
export const tiers = { ...rateLimitTiers }

/**
 * @typedef {keyof typeof rateLimitTiers | 'off' | { read: number, write: number }} Tier
 */

/**
 * @typedef {object} DevTenantOptions
 * @property {number} [port] 0 (the default) picks a free port.
 * @property {string} [host] The interface to bind. @default '127.0.0.1'
 * @property {string} [hostname] The name in URLs (spa-js needs a secure context: localhost). @default 'localhost'
 * @property {readonly string[]} appOrigins The SPA's origins: redirect URIs, logout URIs, the
 *   OP's CORS, and the API's initial CORS allow-list.
 * @property {readonly string[]} [allowedOrigins] The API's CORS allow-list. @default appOrigins
 * @property {Tier} [tier] Rate limits per organization. @default 'free'
 * @property {string} [clientId] @default 'myorg-kit-demo'
 * @property {number} [accessTokenTtl] Seconds; `control.setAccessTokenTtl` changes it at run
 *   time. @default 3600
 * @property {readonly WebApp[]} [webApps] Regular web applications (confidential clients with a
 *   secret, e.g. a Next.js host with @auth0/nextjs-auth0). @default []
 * @property {boolean} [httpControl] Serve `POST /__dev/control`. @default true
 * @property {string} [loginUri] The app's Application Login URI: invitation links start there.
 *   @default `${appOrigins[0]}/login`
 */

/**
 * @typedef {object} WebApp
 * @property {string} origin e.g. `http://localhost:3000`: its post-logout URI, and with
 *   `callbackPath` its redirect URI.
 * @property {string} [clientId] @default 'myorg-kit-web'
 * @property {string} [clientSecret] Not a secret (a dev tenant). @default 'myorg-kit-web-secret'
 * @property {string} [callbackPath] nextjs-auth0 v4's. @default '/auth/callback'
 * @property {'client_secret_post' | 'client_secret_basic'} [authMethod] @default 'client_secret_post'
 */

/**
 * @typedef {object} TokenGrant A successful `POST /oauth/token`, for tests (e.g. a refresh).
 * @property {number} at ms since epoch
 * @property {string} clientId
 * @property {string} grantType `authorization_code`, `refresh_token`, …
 */

/**
 * @typedef {object} LoggedRequest
 * @property {number} at ms since epoch
 * @property {string} method
 * @property {string} path without the query
 * @property {string} [query]
 * @property {number} status
 * @property {string | undefined} origin
 */

/**
 * Listens on `port` (0: any free one) and resolves to the port.
 * @param {import('node:http').Server} server
 * @param {number} port
 * @param {string} host
 * @returns {Promise<number>}
 */
async function listen(server, port, host) {
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve(undefined))
  })
  const address = server.address()
  return typeof address === 'object' && address ? address.port : 0
}

/** A fresh RS256 signing key (private JWK with `kid`), new on every start. */
async function createSigningKey() {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true })
  return { ...(await exportJWK(privateKey)), kid: 'dev-tenant-rs256', alg: 'RS256', use: 'sig' }
}

/**
 * Start the dev tenant.
 * @param {DevTenantOptions} options
 */
export async function startDevTenant(options) {
  const host = options.host ?? '127.0.0.1'
  const hostname = options.hostname ?? 'localhost'
  const clientId = options.clientId ?? 'myorg-kit-demo'
  const appOrigins = [...options.appOrigins]
  const initial = () => ({
    allowedOrigins: new Set(options.allowedOrigins ?? appOrigins),
    tier: options.tier ?? 'free',
    accessTokenTtl: options.accessTokenTtl ?? 3600,
  })
  /** @type {import('./control.mjs').ControlState} */
  const state = { ...initial(), expiredBefore: 0 }
  tierLimits(state.tier)
  /** @type {LoggedRequest[]} */
  const log = []
  /** @type {TokenGrant[]} */
  const grants = []
  const webClients = (options.webApps ?? []).map(webClientOf)

  const server = createServer()
  const port = await listen(server, options.port ?? 0, host)
  const origin = `http://${hostname}:${port}`
  const issuer = `${origin}/` // spa-js expects `${domain}/`
  const audience = `${origin}/my-org/`

  const signingKey = await createSigningKey()
  const loginUri = options.loginUri ?? `${appOrigins[0] ?? origin}/login`
  const store = createMyOrgStore()
  applyLoginUri(store, loginUri)
  const faults = createFaults()
  const accounts = createAccounts(store)
  const provider = createOpenIdProvider({
    issuer,
    audience,
    apiScopes: allScopes,
    clientId,
    appOrigins: () => appOrigins,
    signingKey,
    webClients,
    accessTokenTtl: () => state.accessTokenTtl,
    data: { store, accounts },
  })
  recordGrants(provider, grants)
  const opCallback = provider.callback()

  const authenticate = createAuthenticate({
    issuer,
    audience,
    expiredBefore: () => state.expiredBefore,
  })
  const makeHandler = () =>
    createMyOrgHandler({
      store,
      faults,
      authenticate,
      rateLimit: tierLimits(state.tier),
      cors: false,
    })
  let handler = makeHandler()
  const serveApi = createApiServer({
    origin,
    handler: () => handler,
    allowedOrigins: () => state.allowedOrigins,
  })
  const control = createControl(state, {
    initial,
    rebuild: () => {
      handler = makeHandler()
    },
    resetData: () => {
      store.reset()
      applyLoginUri(store, loginUri)
      faults.reset()
      accounts.reset()
    },
  })

  server.on('request', (req, res) => {
    const url = new URL(req.url ?? '/', origin)
    const path = url.pathname
    logRequest(log, req, res, url)
    const fail = (/** @type {unknown} */ error) => {
      console.error('dev-tenant:', error)
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'text/plain' })
      }
      res.end()
    }
    if (path === '/my-org' || path.startsWith('/my-org/')) {
      serveApi(req, res).catch(fail)
    } else if (
      path === '/__dev/control' &&
      req.method === 'POST' &&
      options.httpControl !== false
    ) {
      serveControl(control, req, res).catch(fail)
    } else {
      opCallback(req, res)
    }
  })

  return {
    /** e.g. `http://localhost:4400` */
    origin,
    /** `${origin}/` */
    issuer,
    /** The API identifier: `${origin}/my-org/`. */
    audience,
    clientId,
    /** The confidential clients of `webApps`, with their secrets and redirect URIs. */
    webClients,
    port,
    users: devUsers,
    organization,
    /** The Application Login URI: where the API's `invitation_url`s start. */
    loginUri,
    /** The seeded users and the accounts invitees created (`findByEmail`, `scopesOf`, …). */
    accounts,
    /** The mock API's data: read it, change it, `publishTxtRecord` for domain verification. */
    store,
    /** The mock API's fault switches (latency, 5xx, network errors). */
    faults,
    control,
    /** Every request the tenant received, in order (OP, API, preflights). */
    log,
    /** Every token the OP issued at /oauth/token, in order. */
    grants,
    async close() {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(() => resolve(undefined)))
    },
  }
}

/**
 * Appends every token the OP issues at /oauth/token to `grants`.
 * @param {import('oidc-provider').default} provider
 * @param {TokenGrant[]} grants
 */
function recordGrants(provider, grants) {
  provider.on('grant.success', (/** @type {import('koa').Context} */ ctx) => {
    grants.push({
      at: Date.now(),
      clientId: String(ctx.oidc.client?.clientId),
      grantType: String(ctx.oidc.params?.grant_type),
    })
  })
}

/**
 * A web app's confidential client, defaults filled in.
 * @param {WebApp} app
 * @returns {import('./op.mjs').WebClient}
 */
function webClientOf(app) {
  const origin = app.origin.replace(/\/+$/, '')
  return {
    clientId: app.clientId ?? 'myorg-kit-web',
    clientSecret: app.clientSecret ?? 'myorg-kit-web-secret',
    authMethod: app.authMethod ?? 'client_secret_post',
    redirectUris: [`${origin}${app.callbackPath ?? '/auth/callback'}`],
    postLogoutRedirectUris: [origin, `${origin}/`],
  }
}

/**
 * Appends a request to the log; its status is filled in when the response finishes.
 * @param {LoggedRequest[]} log
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {URL} url
 */
function logRequest(log, req, res, url) {
  const entry = {
    at: Date.now(),
    method: req.method ?? 'GET',
    path: url.pathname,
    query: url.search,
    status: 0,
    origin: req.headers.origin,
  }
  log.push(entry)
  if (log.length > 10_000) {
    log.splice(0, log.length - 5_000) // a long-running `demo:local` keeps the recent ones
  }
  res.on('finish', () => {
    entry.status = res.statusCode
  })
}

/** @typedef {Awaited<ReturnType<typeof startDevTenant>>} DevTenant */
