import type { MyOrgClient, PageParams } from '../client-types.ts'
import { type Call, byId, byIdNoContent } from './call.ts'
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

  const listIdentityProviders = byId(
    call,
    'listDomainIdentityProviders',
    'domain_id',
    domainIdentityProvidersSchema,
  )

  return {
    ...pagedList(listDomains, (page) => page.organization_domains),
    get: byId(call, 'getDomain', 'domain_id', orgDomainSchema),
    create: (body, o = {}) =>
      call({
        operation: 'createDomain',
        body,
        bodySchema: createDomainRequestSchema,
        responseSchema: orgDomainSchema,
        signal: o.signal,
      }),
    delete: byIdNoContent(call, 'deleteDomain', 'domain_id'),
    verify: byId(call, 'verifyDomain', 'domain_id', orgDomainSchema),
    identityProviders: async (domainId, o) =>
      (await listIdentityProviders(domainId, o)).identity_providers ?? [],
  }
}
