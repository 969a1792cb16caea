import { resolveBaseUrl } from '../base-url.ts'
import { decodeAccessToken, parseScopes } from '../jwt.ts'
import { operations } from '../operations.ts'
import { readBody, crossSiteRefusal } from './guards.ts'
import { incomingHeaders, outgoingHeaders } from './headers.ts'
import { matchRoute, rawPathOf } from './match-route.ts'
import { jsonResponse, refusal } from './refusals.ts'
import type { MyOrgProxy, MyOrgProxyOptions, MyOrgProxySession } from './types.ts'

const ONE_MIB = 1024 * 1024
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304])

/** The host's token for this request; a throwing getter means "no session" too. */
async function tokenOf(
  request: Request,
  getAccessToken: MyOrgProxyOptions['getAccessToken'],
): Promise<string | null> {
  try {
    const token = await getAccessToken(request)
    return typeof token === 'string' && token !== '' ? token : null
  } catch {
    return null
  }
}

/**
 * Creates a server-side proxy for the My Organization API: the browser calls the host's own
 * endpoint with its session cookie, the proxy adds the host's access token and forwards the
 * request to the tenant, so the token never reaches the browser.
 *
 * It forwards only the operations of the API's `operations` table (method and path template,
 * matched segment by segment on the raw path) to the configured base URL, and refuses everything
 * else with a JSON error: 400 for a malformed path (dot segments, encoded slashes or dots,
 * backslashes, double slashes), 403 for a cross-site request, 404 for an unknown path, 405 (with
 * `Allow`) for a known path and another method, 413 for a body over `maxBodyBytes`, 415 for a body
 * that is not JSON, 401 when the host has no token (with `loginUrl`). A refused request never
 * reaches the API. `GET {basePath}/session` answers `{ authenticated, scopes, organizationId?, userId?, tenantOrigin,
 * loginUrl? }` (200 even when signed out) and never the token. It logs nothing.
 *
 * @example
 * // app/api/my-org/[...path]/route.ts
 * const proxy = createMyOrgProxy({
 *   domain: process.env.AUTH0_DOMAIN,
 *   basePath: '/api/my-org',
 *   getAccessToken: async () => (await auth0.getAccessToken()).token,
 *   loginUrl: '/auth/login',
 * })
 * export { proxy as GET, proxy as POST, proxy as PATCH, proxy as PUT, proxy as DELETE }
 */
export function createMyOrgProxy(options: MyOrgProxyOptions): MyOrgProxy {
  const baseUrl = resolveBaseUrl(options)
  const tenantOrigin = new URL(baseUrl).origin
  const basePath = `/${options.basePath.replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '')
  const allowedOrigins = new Set(options.allowedOrigins ?? [])
  const maxBodyBytes = options.maxBodyBytes ?? ONE_MIB
  const { loginUrl } = options
  const fetchImpl =
    options.fetch ??
    ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init))

  async function session(request: Request): Promise<Response> {
    const token = await tokenOf(request, options.getAccessToken)
    const login = loginUrl === undefined ? {} : { loginUrl }
    if (token === null) {
      return jsonResponse(200, {
        authenticated: false,
        scopes: [],
        tenantOrigin,
        ...login,
      } satisfies MyOrgProxySession)
    }
    const claims = decodeAccessToken(token)
    let scopes: readonly string[] | null = null
    try {
      scopes = options.getScopes ? await options.getScopes(request) : null
    } catch {
      return refusal('session_unavailable', 'The granted scopes could not be read.')
    }
    const body: MyOrgProxySession = {
      authenticated: true,
      scopes: [...(scopes ?? parseScopes(claims?.scope, claims?.permissions))],
      ...(claims?.org_id === undefined ? {} : { organizationId: claims.org_id }),
      ...(claims?.sub === undefined ? {} : { userId: claims.sub }),
      tenantOrigin,
      ...login,
    }
    return jsonResponse(200, body)
  }

  return async function proxy(request: Request): Promise<Response> {
    const url = new URL(request.url)
    const crossSite = crossSiteRefusal(request, url.origin, allowedOrigins)
    if (crossSite) {
      return crossSite
    }
    const route = matchRoute(rawPathOf(request.url), request.method, basePath)
    switch (route.kind) {
      case 'bad-path':
        return refusal('bad_path', `Malformed path: ${route.detail}.`)
      case 'not-found':
        return refusal('not_found', 'No My Organization API operation has this path.')
      case 'wrong-method':
        return refusal('method_not_allowed', `Allowed: ${route.allow.join(', ')}.`, {
          allow: route.allow,
        })
      case 'session':
        return session(request)
      case 'operation':
        break
      default:
        return route satisfies never
    }
    const body = await readBody(request, maxBodyBytes)
    if (!body.ok) {
      return body.response
    }
    const token = await tokenOf(request, options.getAccessToken)
    if (token === null) {
      return refusal('unauthorized', 'Sign in again to manage your organization.', { loginUrl })
    }
    let upstream: Response
    try {
      upstream = await fetchImpl(`${baseUrl}${route.path}${url.search}`, {
        method: operations[route.operation].method,
        headers: outgoingHeaders(request.headers, token, body.body !== undefined),
        body: body.body ?? null,
        redirect: 'manual',
        signal: request.signal,
      })
    } catch {
      return refusal('upstream_unreachable', 'The My Organization API could not be reached.')
    }
    return new Response(NULL_BODY_STATUSES.has(upstream.status) ? null : upstream.body, {
      status: upstream.status,
      statusText: upstream.statusText,
      headers: incomingHeaders(upstream.headers),
    })
  }
}
