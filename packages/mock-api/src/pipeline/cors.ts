/**
 * CORS for a mock served over HTTP to a page on another origin: preflight answers, and headers
 * that expose `Retry-After` and `X-RateLimit-*` to the page.
 */

const exposedHeaders =
  'Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset, X-Auth0-Error-Kind, WWW-Authenticate'

/** The CORS headers of every response (none when `enabled` is false). */
export function corsHeaders(request: Request, enabled: boolean): Record<string, string> {
  if (!enabled) {
    return {}
  }
  return {
    'access-control-allow-origin': request.headers.get('origin') ?? '*',
    'access-control-expose-headers': exposedHeaders,
    vary: 'Origin',
  }
}

/** The 204 answer to an `OPTIONS` preflight. */
export function preflight(request: Request): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...corsHeaders(request, true),
      'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE',
      'access-control-allow-headers':
        request.headers.get('access-control-request-headers') ??
        'authorization, content-type, auth0-client',
      'access-control-max-age': '600',
    },
  })
}
