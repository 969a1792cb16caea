import { type HttpMethod, type OperationName, operations } from '../operations.ts'

/**
 * Matches a request path against the operations table, segment by segment, on the raw request
 * target (never a normalized one): a path that tries to leave the API, hide a separator or smuggle
 * a dot segment is refused before anything else looks at it.
 */

/** The name of the session endpoint, `{basePath}/session`. No operation path starts with it. */
export const SESSION_SEGMENT = 'session'

/** What a request path turned out to be. */
export type RouteMatch =
  | { kind: 'operation'; operation: OperationName; path: string }
  | { kind: 'session' }
  | { kind: 'bad-path'; detail: string }
  | { kind: 'not-found' }
  | { kind: 'wrong-method'; allow: readonly string[] }

// One raw path segment: unreserved and sub-delimiter characters, ':', '@', '|' (which browsers
// leave unencoded) and percent-encoded octets. Anything else never comes from the client.
const SEGMENT = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@|]|%[0-9A-Fa-f]{2})+$/
// Encoded dots, slashes, backslashes and percent signs (double encoding): never sent by the client.
const SMUGGLED = /%(?:2e|2f|5c|25)/i
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/

interface Template {
  operation: OperationName
  method: HttpMethod
  segments: readonly string[]
}

const templates: readonly Template[] = (Object.keys(operations) as OperationName[]).map(
  (operation) => ({
    operation,
    method: operations[operation].method,
    segments: splitTemplate(operations[operation].path),
  }),
)

function splitTemplate(path: string): string[] {
  return path === '/' ? [] : path.slice(1).split('/')
}

/** The path of a request URL exactly as it was sent: no dot-segment removal, no decoding. */
export function rawPathOf(url: string): string {
  const withoutScheme = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#\\]*/i, '')
  const end = withoutScheme.search(/[?#]/)
  return end === -1 ? withoutScheme : withoutScheme.slice(0, end)
}

/** Why a raw segment is refused, or `undefined` when it is an acceptable one. */
function segmentProblem(segment: string): string | undefined {
  if (segment === '') {
    return 'empty path segment (double slash)'
  }
  if (segment === '.' || segment === '..') {
    return 'dot segment'
  }
  if (SMUGGLED.test(segment)) {
    return 'encoded dot, slash, backslash or percent sign'
  }
  if (!SEGMENT.test(segment)) {
    return 'character not allowed in a path segment'
  }
  let decoded: string
  try {
    decoded = decodeURIComponent(segment)
  } catch {
    return 'malformed percent-encoding'
  }
  return CONTROL.test(decoded) ? 'control character' : undefined
}

/**
 * Resolves `rawPath` (under `basePath`) and `method` to an operation of the table, the session
 * endpoint, or the reason it is refused.
 */
export function matchRoute(rawPath: string, method: string, basePath: string): RouteMatch {
  if (rawPath.includes('\\')) {
    return { kind: 'bad-path', detail: 'backslash in the path' }
  }
  if (rawPath !== basePath && !rawPath.startsWith(`${basePath}/`)) {
    return { kind: 'not-found' }
  }
  const rest = rawPath.slice(basePath.length)
  // `{basePath}` and `{basePath}/` both name the API root (`DELETE /`).
  const segments = rest === '' || rest === '/' ? [] : rest.slice(1).split('/')
  for (const segment of segments) {
    const problem = segmentProblem(segment)
    if (problem) {
      return { kind: 'bad-path', detail: problem }
    }
  }
  if (segments.length === 1 && segments[0] === SESSION_SEGMENT) {
    return method === 'GET' ? { kind: 'session' } : { kind: 'wrong-method', allow: ['GET'] }
  }
  const matching = templates.filter((template) => fits(template.segments, segments))
  if (matching.length === 0) {
    return { kind: 'not-found' }
  }
  const hit = matching.find((template) => template.method === method)
  if (!hit) {
    return { kind: 'wrong-method', allow: [...new Set(matching.map((t) => t.method))].sort() }
  }
  return { kind: 'operation', operation: hit.operation, path: `/${segments.join('/')}` }
}

function fits(template: readonly string[], segments: readonly string[]): boolean {
  return (
    template.length === segments.length &&
    template.every((part, index) => part.startsWith('{') || part === segments[index])
  )
}
