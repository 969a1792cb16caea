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
  isMockNetworkError,
  rateLimitTiers,
} from '@myorg-kit/mock-api'
import {
  createRemoteJWKSet,
  errors as joseErrors,
  exportJWK,
  generateKeyPair,
  jwtVerify,
} from 'jose'

import { sendFetchResponse, toFetchRequest } from './node-fetch-bridge.mjs'
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
 * @property {number} [accessTokenTtl] Seconds. @default 3600
 * @property {boolean} [httpControl] Serve `POST /__dev/control`. @default true
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

const exposedHeaders = [
  'Retry-After',
  'X-RateLimit-Limit',
  'X-RateLimit-Remaining',
  'X-RateLimit-Reset',
  'WWW-Authenticate',
].join(', ')

/** @param {Tier} tier */
function tierLimits(tier) {
  if (tier === 'off') {
    return false
  }
  if (typeof tier === 'string') {
    if (!(tier in rateLimitTiers)) {
      throw new TypeError(
        `Unknown tier "${tier}": use ${[...Object.keys(rateLimitTiers), 'off'].join(', ')} or { read, write }.`,
      )
    }
    return tier
  }
  if (!(tier.read > 0 && tier.write > 0)) {
    throw new TypeError('A custom tier needs positive `read` and `write` requests per second.')
  }
  return { read: tier.read, write: tier.write }
}

/**
 * A 401 the way the My Organization API words it, with the challenge in `WWW-Authenticate`.
 * @param {string} detail
 * @param {boolean} invalid
 */
function unauthorized(detail, invalid) {
  return new Response(
    JSON.stringify({
      type: 'https://auth0.com/api-errors#A0E-401-0002',
      status: 401,
      title: invalid ? 'Invalid Token' : 'Missing Token',
      detail,
    }),
    {
      status: 401,
      headers: {
        'content-type': 'application/json',
        'www-authenticate': invalid
          ? `Bearer realm="my-org", error="invalid_token", error_description="${detail.replace(/"/g, "'")}"`
          : 'Bearer realm="my-org"',
      },
    },
  )
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
  let allowedOrigins = new Set(options.allowedOrigins ?? appOrigins)
  let tier = options.tier ?? 'free'
  tierLimits(tier)
  /** Access tokens issued before this (seconds) are refused as expired. */
  let expiredBefore = 0
  /** @type {LoggedRequest[]} */
  const log = []

  const server = createServer()
  await new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => resolve(undefined))
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  const origin = `http://${hostname}:${port}`
  const issuer = `${origin}/` // spa-js expects `${domain}/`
  const audience = `${origin}/my-org/`

  const { privateKey } = await generateKeyPair('RS256', { extractable: true })
  const signingKey = {
    ...(await exportJWK(privateKey)),
    kid: 'dev-tenant-rs256',
    alg: 'RS256',
    use: 'sig',
  }

  const provider = createOpenIdProvider({
    issuer,
    audience,
    apiScopes: allScopes,
    clientId,
    appOrigins: () => appOrigins,
    signingKey,
    accessTokenTtl: options.accessTokenTtl ?? 3600,
  })
  const opCallback = provider.callback()

  // The API verifies tokens as a resource server does: keys from the tenant's JWKS endpoint.
  const jwks = createRemoteJWKSet(new URL('.well-known/jwks.json', issuer))
  /** @type {import('@myorg-kit/mock-api').MockAuthenticate} */
  const authenticate = async (request) => {
    const header = request.headers.get('authorization')
    const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null
    if (!match?.[1]) {
      return unauthorized('No auth token provided.', false)
    }
    try {
      const { payload } = await jwtVerify(match[1], jwks, {
        issuer,
        audience,
        algorithms: ['RS256'],
        typ: 'at+jwt',
        clockTolerance: 5,
      })
      if (typeof payload.iat === 'number' && payload.iat < expiredBefore) {
        return unauthorized('The access token expired. Get a new token and try again.', true)
      }
      const scope = typeof payload.scope === 'string' ? payload.scope : ''
      return {
        scopes: scope.split(' ').filter(Boolean),
        orgId: typeof payload.org_id === 'string' ? payload.org_id : undefined,
      }
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) {
        return unauthorized('The access token expired. Get a new token and try again.', true)
      }
      const code = error instanceof joseErrors.JOSEError ? error.code : 'ERR_INVALID_TOKEN'
      const reason = error instanceof Error ? error.message : String(error)
      return unauthorized(`The access token is not valid (${code}: ${reason}).`, true)
    }
  }

  const store = createMyOrgStore()
  const faults = createFaults()
  const makeHandler = () =>
    createMyOrgHandler({ store, faults, authenticate, rateLimit: tierLimits(tier), cors: false })
  let handler = makeHandler()

  /** @param {string | undefined} requestOrigin */
  function corsHeaders(requestOrigin) {
    /** @type {Record<string, string>} */
    const headers = { vary: 'Origin' }
    if (requestOrigin && allowedOrigins.has(requestOrigin)) {
      headers['access-control-allow-origin'] = requestOrigin
      headers['access-control-expose-headers'] = exposedHeaders
    }
    return headers
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async function serveApi(req, res) {
    const requestOrigin = req.headers.origin
    const cors = corsHeaders(requestOrigin)
    if (req.method === 'OPTIONS') {
      // A refused origin gets a preflight without any Access-Control-Allow-* header: the
      // browser then never sends the authenticated request.
      const allowed = 'access-control-allow-origin' in cors
      res.writeHead(204, {
        ...cors,
        ...(allowed
          ? {
              'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE',
              'access-control-allow-headers':
                req.headers['access-control-request-headers'] ?? 'authorization, content-type',
              // No preflight cache, so an allow-list change applies to the very next request (P3).
              'access-control-max-age': '0',
            }
          : {}),
      })
      res.end()
      return 204
    }
    const request = await toFetchRequest(req, res, origin)
    let response
    try {
      response = await handler(request)
    } catch (error) {
      if (isMockNetworkError(error)) {
        req.socket.destroy()
        return 0
      }
      throw error
    }
    // CORS headers on every response, errors included (P4): otherwise a 401, 403 or 429 reaches
    // the page as an opaque "Failed to fetch".
    const headers = new Headers(response.headers)
    for (const [name, value] of Object.entries(cors)) {
      headers.set(name, value)
    }
    await sendFetchResponse(res, new Response(response.body, { status: response.status, headers }))
    return response.status
  }

  const control = {
    /** The API's CORS allow-list (a copy). */
    get allowedOrigins() {
      return [...allowedOrigins]
    },
    /** @param {readonly string[]} origins */
    setAllowedOrigins(origins) {
      allowedOrigins = new Set(origins)
    },
    /** @returns {Tier} */
    get tier() {
      return tier
    },
    /** Change the rate-limit tier; buckets start full. @param {Tier} next */
    setTier(next) {
      tierLimits(next)
      tier = next
      handler = makeHandler()
    },
    /** Every access token issued until now is refused as expired (401 invalid_token). */
    expireAccessTokens() {
      expiredBefore = Math.floor(Date.now() / 1000) + 1
    },
    /** Seed data back, faults off, tier and allow-list as at start, expiry control off. */
    reset() {
      store.reset()
      faults.reset()
      allowedOrigins = new Set(options.allowedOrigins ?? appOrigins)
      tier = options.tier ?? 'free'
      handler = makeHandler()
      expiredBefore = 0
    },
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async function serveControl(req, res) {
    const chunks = []
    for await (const chunk of req) {
      chunks.push(chunk)
    }
    try {
      /** @type {{ tier?: Tier, allowedOrigins?: string[], expireAccessTokens?: boolean, reset?: boolean }} */
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}')
      if (body.reset) control.reset()
      if (body.tier !== undefined) control.setTier(body.tier)
      if (body.allowedOrigins !== undefined) control.setAllowedOrigins(body.allowedOrigins)
      if (body.expireAccessTokens) control.expireAccessTokens()
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ tier: control.tier, allowedOrigins: control.allowedOrigins }))
    } catch (error) {
      res.writeHead(400, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ error: error instanceof Error ? error.message : String(error) }))
    }
    return res.statusCode
  }

  server.on('request', (req, res) => {
    const url = new URL(req.url ?? '/', origin)
    const path = url.pathname
    const entry = {
      at: Date.now(),
      method: req.method ?? 'GET',
      path,
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
      serveControl(req, res).catch(fail)
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
    port,
    users: devUsers,
    organization,
    /** The mock API's data: read it, change it, `publishTxtRecord` for domain verification. */
    store,
    /** The mock API's fault switches (latency, 5xx, network errors). */
    faults,
    control,
    /** Every request the tenant received, in order (OP, API, preflights). */
    log,
    async close() {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(() => resolve(undefined)))
    },
  }
}

/** @typedef {Awaited<ReturnType<typeof startDevTenant>>} DevTenant */
