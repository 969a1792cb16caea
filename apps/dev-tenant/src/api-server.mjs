// The dev tenant's /my-org/ endpoint over node:http: the mock API's Fetch-style handler behind a
// CORS allow-list, with CORS headers on every response (errors included) and the rate-limit
// headers exposed, as the real API does.
import { isMockNetworkError, rateLimitTiers } from '@myorg-kit/mock-api'

import { sendFetchResponse, toFetchRequest } from './node-fetch-bridge.mjs'

const exposedHeaders = [
  'Retry-After',
  'X-RateLimit-Limit',
  'X-RateLimit-Remaining',
  'X-RateLimit-Reset',
  'WWW-Authenticate',
].join(', ')

/**
 * The mock handler's `rateLimit` option for a tier; throws on an unknown one.
 * @param {import('./index.mjs').Tier} tier
 */
export function tierLimits(tier) {
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
 * @param {{
 *   origin: string,
 *   handler: () => (request: Request) => Promise<Response>,
 *   allowedOrigins: () => ReadonlySet<string>,
 * }} options Getters, so run-time changes (tier, allow-list) apply to the next request.
 */
export function createApiServer({ origin, handler, allowedOrigins }) {
  /** @param {string | undefined} requestOrigin */
  function corsHeaders(requestOrigin) {
    /** @type {Record<string, string>} */
    const headers = { vary: 'Origin' }
    if (requestOrigin && allowedOrigins().has(requestOrigin)) {
      headers['access-control-allow-origin'] = requestOrigin
      headers['access-control-expose-headers'] = exposedHeaders
    }
    return headers
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  return async function serveApi(req, res) {
    const cors = corsHeaders(req.headers.origin)
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
      response = await handler()(request)
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
}
