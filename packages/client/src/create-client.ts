import type { MyOrgClient, MyOrgClientOptions } from './client-types.ts'
import { clientOf } from './resources/accessors.ts'
import { createMyOrgTransport } from './transport.ts'

export { DEFAULT_RATE_LIMITS } from './transport.ts'

/**
 * Creates a typed client for the My Organization API: the transport and every resource. To
 * bundle only the resources you call, use `createMyOrgTransport` with `domainsOf(transport)`….
 *
 * @example
 * const client = createMyOrgClient({
 *   domain: 'acme.eu.auth0.com',
 *   getAccessToken: ({ audience, scope }) => auth0.getTokenSilently({ authorizationParams: { audience, scope } }),
 * })
 * const { organization_domains } = await client.domains.list()
 */
export function createMyOrgClient(options: MyOrgClientOptions): MyOrgClient {
  return clientOf(createMyOrgTransport(options))
}
