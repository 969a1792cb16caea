// How the dev tenant's API checks a bearer token, as a resource server does: keys from the
// tenant's JWKS endpoint, then issuer, audience, type, algorithm and expiry.
import { createRemoteJWKSet, errors as joseErrors, jwtVerify } from 'jose'

/**
 * A 401 the way the My Organization API words it, with the challenge in `WWW-Authenticate`.
 * @param {string} detail
 * @param {boolean} invalid
 */
export function unauthorized(detail, invalid) {
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
 * @param {{ issuer: string, audience: string, expiredBefore: () => number }} options
 *   `expiredBefore`: tokens issued before this (seconds) are refused as expired.
 * @returns {import('@myorg-kit/mock-api').MockAuthenticate}
 */
export function createAuthenticate({ issuer, audience, expiredBefore }) {
  const jwks = createRemoteJWKSet(new URL('.well-known/jwks.json', issuer))
  return async (request) => {
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
      if (typeof payload.iat === 'number' && payload.iat < expiredBefore()) {
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
}
