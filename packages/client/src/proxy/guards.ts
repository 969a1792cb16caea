/**
 * The checks a request passes before the proxy spends a token on it: it comes from the host's
 * own pages, and its body is small JSON.
 */
import { refusal } from './refusals.ts'

const SAFE_METHODS = new Set(['GET', 'HEAD'])

/**
 * Refuses a cross-site request (403), or returns `undefined`.
 *
 * - `Sec-Fetch-Site: cross-site` is refused for every method; `same-site` and `none` for
 *   state-changing ones (a sibling subdomain is not the host's page).
 * - `Origin`, when present, must be the request's own origin or one of `allowedOrigins`
 *   (`Origin: null` never is).
 * - A request with neither header is let through: every browser that can carry the user's
 *   cookies sends `Origin` on POST/PATCH/PUT/DELETE (same-origin or not) and `Sec-Fetch-Site`
 *   on every request, so a request without both comes from a non-browser client, which has no
 *   ambient session to abuse.
 */
export function crossSiteRefusal(
  request: Request,
  ownOrigin: string,
  allowedOrigins: ReadonlySet<string>,
): Response | undefined {
  const site = request.headers.get('sec-fetch-site')?.toLowerCase()
  const safe = SAFE_METHODS.has(request.method)
  if (site === 'cross-site' || (!safe && (site === 'same-site' || site === 'none'))) {
    return refusal('cross_site', `A ${site} request may not use this endpoint.`)
  }
  const origin = request.headers.get('origin')
  if (origin !== null && origin !== ownOrigin && !allowedOrigins.has(origin)) {
    return refusal('cross_site', 'Requests from another origin may not use this endpoint.')
  }
  return undefined
}

function isJson(contentType: string | null): boolean {
  if (contentType === null) {
    return false
  }
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? ''
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type)
}

/** The request body, read whole, or the refusal (413 too large, 415 not JSON). */
export type BodyResult =
  { ok: true; body: Uint8Array<ArrayBuffer> | undefined } | { ok: false; response: Response }

/**
 * Checks `Content-Length` first, then counts the stream while reading it (a missing or false
 * `Content-Length` does not get a larger body through). An empty body forwards as no body.
 */
export async function readBody(request: Request, maxBodyBytes: number): Promise<BodyResult> {
  const tooLarge = (): BodyResult => ({
    ok: false,
    response: refusal('payload_too_large', `The request body exceeds ${maxBodyBytes} bytes.`),
  })
  const declared = Number(request.headers.get('content-length') ?? '0')
  if (Number.isFinite(declared) && declared > maxBodyBytes) {
    return tooLarge()
  }
  if (request.body === null) {
    return { ok: true, body: undefined }
  }
  if (declared > 0 && !isJson(request.headers.get('content-type'))) {
    await request.body.cancel().catch(() => undefined)
    return unsupported()
  }
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) {
      break
    }
    size += value.byteLength
    if (size > maxBodyBytes) {
      await reader.cancel().catch(() => undefined)
      return tooLarge()
    }
    chunks.push(value)
  }
  if (size === 0) {
    return { ok: true, body: undefined }
  }
  if (!isJson(request.headers.get('content-type'))) {
    return unsupported()
  }
  const body = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return { ok: true, body }
}

function unsupported(): BodyResult {
  return {
    ok: false,
    response: refusal('unsupported_media_type', 'The request body must be application/json.'),
  }
}
