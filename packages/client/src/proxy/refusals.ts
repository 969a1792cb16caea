/**
 * The proxy's own answers: JSON bodies shaped like the API's error body (`type`, `status`,
 * `title`, `detail`), so the browser-side client reads them like any API error, plus a stable
 * `error` code. None of them carries a token, a cookie or any part of the refused request.
 */

/** Why the proxy answered by itself. */
export type ProxyErrorCode =
  | 'bad_path'
  | 'not_found'
  | 'method_not_allowed'
  | 'cross_site'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'unauthorized'
  | 'upstream_unreachable'
  | 'session_unavailable'

const TITLES: Record<ProxyErrorCode, { status: number; title: string }> = {
  bad_path: { status: 400, title: 'Bad Request' },
  not_found: { status: 404, title: 'Not Found' },
  method_not_allowed: { status: 405, title: 'Method Not Allowed' },
  cross_site: { status: 403, title: 'Forbidden' },
  payload_too_large: { status: 413, title: 'Payload Too Large' },
  unsupported_media_type: { status: 415, title: 'Unsupported Media Type' },
  unauthorized: { status: 401, title: 'Unauthorized' },
  upstream_unreachable: { status: 502, title: 'Bad Gateway' },
  session_unavailable: { status: 500, title: 'Internal Server Error' },
}

/** A JSON response that is never cached. */
export function jsonResponse(status: number, body: unknown, headers: HeadersInit = {}): Response {
  const all = new Headers(headers)
  all.set('content-type', 'application/json')
  all.set('cache-control', 'no-store')
  return new Response(JSON.stringify(body), { status, headers: all })
}

/** The proxy's refusal (or failure) with its status, code and a sentence for people. */
export function refusal(
  code: ProxyErrorCode,
  detail: string,
  extra: { loginUrl?: string | undefined; allow?: readonly string[] } = {},
): Response {
  const { status, title } = TITLES[code]
  const body = {
    type: `urn:myorg-kit:proxy:${code}`,
    status,
    title,
    detail,
    error: code,
    ...(extra.loginUrl === undefined ? {} : { loginUrl: extra.loginUrl }),
  }
  return jsonResponse(status, body, extra.allow ? { allow: extra.allow.join(', ') } : {})
}
