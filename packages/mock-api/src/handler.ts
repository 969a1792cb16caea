/**
 * The mock My Organization API as one Fetch-style function: `(Request) => Promise<Response>`.
 * Web APIs only (no MSW, no Node modules), so the same code serves MSW in tests and browsers and
 * a plain Node HTTP server. A request goes through `pipeline/`, then its operation's route.
 */
import { createFaults } from './faults.ts'
import type { MyOrgHandler, MyOrgHandlerOptions } from './handler-types.ts'
import { authorize } from './pipeline/auth.ts'
import { createMockTokenAuthenticator } from './pipeline/authenticate.ts'
import { corsHeaders, preflight } from './pipeline/cors.ts'
import { injectFaults } from './pipeline/faults.ts'
import { matchOperation, noRoute, unmatched } from './pipeline/match.ts'
import { parseParams } from './pipeline/params.ts'
import { limitRate } from './pipeline/rate-limit.ts'
import { createRateLimiter } from './rate-limiter.ts'
import { withHeaders } from './responses.ts'
import type { RouteTable } from './routes/define.ts'
import { domainRoutes } from './routes/domains.ts'
import { identityProviderDomainRoutes } from './routes/identity-provider-domains.ts'
import { identityProviderRoutes } from './routes/identity-providers.ts'
import { organizationRoutes } from './routes/organization.ts'
import { provisioningRoutes } from './routes/provisioning.ts'
import { scimTokenRoutes } from './routes/scim-tokens.ts'
import { createMyOrgStore } from './store.ts'

/** One route per operation of the client (`satisfies` keeps it exhaustive). */
const table = {
  ...organizationRoutes,
  ...domainRoutes,
  ...identityProviderRoutes,
  ...identityProviderDomainRoutes,
  ...provisioningRoutes,
  ...scimTokenRoutes,
} satisfies RouteTable

/**
 * Create the mock API handler.
 *
 * @example
 * const handler = createMyOrgHandler({ store: createMyOrgStore() })
 * const response = await handler(
 *   new Request('https://tenant.example/my-org/domains', {
 *     headers: { authorization: `Bearer ${createMockAccessToken()}` },
 *   }),
 * )
 */
export function createMyOrgHandler(options: MyOrgHandlerOptions = {}): MyOrgHandler {
  const store = options.store ?? createMyOrgStore()
  const faults = options.faults ?? createFaults()
  const now = options.now ?? store.now
  const basePath = (options.basePath ?? '/my-org').replace(/\/+$/, '')
  const authenticate = options.authenticate ?? createMockTokenAuthenticator(now)
  const limiter = options.rateLimit ? createRateLimiter(options.rateLimit, now) : undefined
  const cors = options.cors ?? false
  const { state } = store
  const auth = { faults, authenticate, state, now }

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url)
    const method = request.method.toUpperCase()
    const match = matchOperation(url.pathname, basePath, method)
    if (match.kind === 'outside') {
      return noRoute(method, url.pathname)
    }
    if (cors && method === 'OPTIONS') {
      return preflight(request)
    }
    const faulted = await injectFaults(faults, request, match.operation, method, now)
    if (faulted) {
      return faulted
    }
    if (match.kind === 'unmatched') {
      return unmatched(method, url.pathname, match.allowed)
    }
    const caller = await authorize(request, match.operation, method, auth)
    if (caller instanceof Response) {
      return caller
    }
    const rateHeaders = limitRate(limiter, caller.orgId ?? state.organization.id, match.operation)
    if (rateHeaders instanceof Response) {
      return rateHeaders
    }
    const params = parseParams(match.params, match.values)
    const response =
      params instanceof Response
        ? params
        : await table[match.operation].run({ store, state, params, url, request, now })
    return withHeaders(response, rateHeaders)
  }

  const handler = async (request: Request): Promise<Response> =>
    withHeaders(await handle(request), corsHeaders(request, cors))
  return Object.assign(handler, { store, faults })
}
