/**
 * The headers that cross the proxy. Both directions are allowlists: whatever is not named here
 * (cookies, `Authorization` from the browser, `Host`, `X-Forwarded-*`, hop-by-hop headers,
 * `Set-Cookie`, CORS headers, `Content-Encoding` of a body the runtime already decoded) stays
 * behind.
 */

/** Request headers the API reads, forwarded as sent. */
const REQUEST_HEADERS = [
  'accept',
  'accept-language',
  'content-type',
  'if-match',
  'if-none-match',
  'auth0-custom-domain',
] as const

/** Response headers the browser-side client reads, passed back unchanged. */
const RESPONSE_HEADERS = [
  'content-type',
  'content-language',
  'etag',
  'last-modified',
  'retry-after',
  'www-authenticate',
  'x-auth0-error-kind',
] as const

/** Rate-limit headers, in both the `X-RateLimit-*` and the IETF `RateLimit-*` spelling. */
const RATE_LIMIT_HEADER = /^(?:x-)?ratelimit(?:-[a-z]+)?$/

/** The headers sent to the API: the allowlisted ones and the host's token. */
export function outgoingHeaders(incoming: Headers, token: string, hasBody: boolean): Headers {
  const headers = new Headers()
  for (const name of REQUEST_HEADERS) {
    const value = incoming.get(name)
    if (value !== null && (name !== 'content-type' || hasBody)) {
      headers.set(name, value)
    }
  }
  headers.set('authorization', `Bearer ${token}`)
  return headers
}

/** The headers passed back to the browser: the allowlisted ones, never cached. */
export function incomingHeaders(upstream: Headers): Headers {
  const headers = new Headers()
  upstream.forEach((value, name) => {
    if ((RESPONSE_HEADERS as readonly string[]).includes(name) || RATE_LIMIT_HEADER.test(name)) {
      headers.set(name, value)
    }
  })
  headers.set('cache-control', 'no-store')
  return headers
}
