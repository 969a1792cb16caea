/**
 * Response builders with the API's real error bodies (`ErrorResponseContent`,
 * `ValidationErrorResponseContent`). Internal to the package.
 */

/** One entry of `validation_errors`. */
export interface ValidationErrorDetail {
  detail: string
  field?: string
  pointer?: string
  source?: string
}

const jsonHeaders = { 'content-type': 'application/json' }

/** The `type` URI of an Auth0 API error code. */
export function errorType(code: string): string {
  return `https://auth0.com/api-errors#${code}`
}

/** A JSON response. */
export function json(status: number, body: unknown, headers: HeadersInit = {}): Response {
  const merged = new Headers(headers)
  merged.set('content-type', jsonHeaders['content-type'])
  return new Response(JSON.stringify(body), { status, headers: merged })
}

/** A 204 with an empty body. */
export function noContent(headers: HeadersInit = {}): Response {
  return new Response(null, { status: 204, headers })
}

/** An `ErrorResponseContent` response. */
export function apiError(
  status: number,
  code: string,
  title: string,
  detail: string,
  headers: HeadersInit = {},
): Response {
  return json(status, { type: errorType(code), status, title, detail }, headers)
}

/** A `ValidationErrorResponseContent` response (400, `A0E-400-0003`). */
export function validationError(errors: ValidationErrorDetail[]): Response {
  return json(400, {
    type: errorType('A0E-400-0003'),
    status: 400,
    title: 'Validation Error',
    validation_errors: errors,
  })
}

/** JSON pointer of a path (`['branding','colors']` → `/branding/colors`). */
export function toPointer(path: readonly PropertyKey[]): string {
  return path
    .map((segment) => `/${String(segment).replace(/~/g, '~0').replace(/\//g, '~1')}`)
    .join('')
}

/** One validation error located by path. */
export function fieldError(
  path: readonly PropertyKey[],
  detail: string,
  source: 'body' | 'params' | 'query',
): ValidationErrorDetail {
  const pointer = toPointer(path)
  return { detail, field: `data${pointer}`, pointer: pointer || '/', source }
}

/** The common 404. */
export function notFound(detail: string): Response {
  return apiError(404, 'A0E-404-0002', 'Resource Not Found', detail)
}

/** The common 400 (`A0E-400-0001`). */
export function badRequest(detail: string): Response {
  return apiError(400, 'A0E-400-0001', 'Bad Request', detail)
}

/** The common 403 (`A0E-403-0001`). */
export function forbidden(detail: string): Response {
  return apiError(403, 'A0E-403-0001', 'Forbidden', detail)
}

/** `response` with `headers` set (copied first when its headers are immutable, as when fetched). */
export function withHeaders(response: Response, headers: Record<string, string>): Response {
  const entries = Object.entries(headers)
  if (entries.length === 0) {
    return response
  }
  let target = response
  try {
    for (const [key, value] of entries) {
      target.headers.set(key, value)
    }
  } catch {
    // Headers of a fetched Response are immutable: copy it.
    target = new Response(response.body, response)
    for (const [key, value] of entries) {
      target.headers.set(key, value)
    }
  }
  return target
}

/** The API's 429 (`A0E-429-0003`); `headers` carry `Retry-After` and `X-RateLimit-*`. */
export function tooManyRequests(headers: Record<string, string>): Response {
  return apiError(
    429,
    'A0E-429-0003',
    'Endpoint Rate Limit Exceeded',
    'The endpoint request limit has been exceeded.',
    headers,
  )
}
