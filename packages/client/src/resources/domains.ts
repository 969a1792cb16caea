import type { CallOptions, MyOrgClient, PageParams } from '../client-types.ts'
import type { Call } from './call.ts'
import { pageQuery, pagedList } from './query.ts'
import {
  createDomainRequestSchema,
  domainIdentityProvidersSchema,
  domainPageSchema,
  orgDomainSchema,
} from '../schemas/index.ts'

/** `domains`: list (cursor pages), create, verify, delete, and the providers using one. */
export function domainResource(call: Call): MyOrgClient['domains'] {
  function listDomains(params: PageParams = {}) {
    return call({
      operation: 'listDomains',
      query: pageQuery(params),
      responseSchema: domainPageSchema,
      signal: params.signal,
    })
  }

  /** `getDomain` and `verifyDomain` differ only in their operation: both answer the domain. */
  const domainCall =
    (operation: 'getDomain' | 'verifyDomain') =>
    (domainId: string, o: CallOptions = {}) =>
      call({
        operation,
        pathParams: { domain_id: domainId },
        responseSchema: orgDomainSchema,
        signal: o.signal,
      })

  return {
    ...pagedList(listDomains, (page) => page.organization_domains),
    get: domainCall('getDomain'),
    create: (body, o = {}) =>
      call({
        operation: 'createDomain',
        body,
        bodySchema: createDomainRequestSchema,
        responseSchema: orgDomainSchema,
        signal: o.signal,
      }),
    delete: (domainId, o = {}) =>
      call<undefined>({
        operation: 'deleteDomain',
        pathParams: { domain_id: domainId },
        signal: o.signal,
      }).then(() => undefined),
    verify: domainCall('verifyDomain'),
    identityProviders: async (domainId, o = {}) =>
      (
        await call({
          operation: 'listDomainIdentityProviders',
          pathParams: { domain_id: domainId },
          responseSchema: domainIdentityProvidersSchema,
          signal: o.signal,
        })
      ).identity_providers ?? [],
  }
}
