// Run-time control of the dev tenant, for tests and people: the rate-limit tier, the API's CORS
// allow-list, token expiry and a reset, in code (`tenant.control`) or over HTTP
// (`POST /__dev/control` with JSON).
import { tierLimits } from './api-server.mjs'

/**
 * @typedef {object} ControlState What the tenant reads on each request.
 * @property {Set<string>} allowedOrigins
 * @property {import('./index.mjs').Tier} tier
 * @property {number} expiredBefore Access tokens issued before this (seconds) are expired.
 * @property {number} accessTokenTtl Lifetime of the access tokens issued from now on (seconds).
 */

/**
 * @param {ControlState} state Changed in place.
 * @param {{ initial: () => Omit<ControlState, 'expiredBefore'>,
 *   rebuild: () => void, resetData: () => void }} hooks
 */
export function createControl(state, hooks) {
  return {
    /** The API's CORS allow-list (a copy). */
    get allowedOrigins() {
      return [...state.allowedOrigins]
    },
    /** @param {readonly string[]} origins */
    setAllowedOrigins(origins) {
      state.allowedOrigins = new Set(origins)
    },
    /** @returns {import('./index.mjs').Tier} */
    get tier() {
      return state.tier
    },
    /** Change the rate-limit tier; buckets start full. @param {import('./index.mjs').Tier} next */
    setTier(next) {
      tierLimits(next)
      state.tier = next
      hooks.rebuild()
    },
    /** Every access token issued until now is refused as expired (401 invalid_token). */
    expireAccessTokens() {
      state.expiredBefore = Math.floor(Date.now() / 1000) + 1
    },
    /** Seconds until the tokens issued from now on expire (e.g. 2, to see a refresh happen). */
    get accessTokenTtl() {
      return state.accessTokenTtl
    },
    /** @param {number} seconds A positive whole number. */
    setAccessTokenTtl(seconds) {
      if (!Number.isInteger(seconds) || seconds < 1) {
        throw new TypeError('The access token lifetime is a whole number of seconds, at least 1.')
      }
      state.accessTokenTtl = seconds
    },
    /** Seed data back, faults off, tier, allow-list and token lifetime as at start, expiry control off. */
    reset() {
      hooks.resetData()
      Object.assign(state, hooks.initial(), { expiredBefore: 0 })
      hooks.rebuild()
    },
  }
}

/** @typedef {ReturnType<typeof createControl>} DevTenantControl */

/**
 * `POST /__dev/control`: `{ tier?, allowedOrigins?, accessTokenTtl?, expireAccessTokens?, reset? }`.
 * @param {DevTenantControl} control
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export async function serveControl(control, req, res) {
  const chunks = []
  for await (const chunk of req) {
    chunks.push(chunk)
  }
  try {
    /** @type {{ tier?: import('./index.mjs').Tier, allowedOrigins?: string[], accessTokenTtl?: number, expireAccessTokens?: boolean, reset?: boolean }} */
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}')
    if (body.reset) control.reset()
    if (body.tier !== undefined) control.setTier(body.tier)
    if (body.allowedOrigins !== undefined) control.setAllowedOrigins(body.allowedOrigins)
    if (body.accessTokenTtl !== undefined) control.setAccessTokenTtl(body.accessTokenTtl)
    if (body.expireAccessTokens) control.expireAccessTokens()
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ tier: control.tier, allowedOrigins: control.allowedOrigins }))
  } catch (error) {
    res.writeHead(400, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ error: error instanceof Error ? error.message : String(error) }))
  }
  return res.statusCode
}
