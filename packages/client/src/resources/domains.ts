import type { MyOrgClient, PageParams } from '../client-types.ts'
import type { DomainPage } from '../types.ts'
import { type Call, byId, byIdNoContent } from './call.ts'
import { keepValidItems } from './list-items.ts'
import { pageQuery, pagedList } from './query.ts'
import {
  createDomainRequestSchema,
  domainIdentityProvidersSchema,
  domainPageEnvelopeSchema,
  orgDomainSchema,
} from '../schemas/index.ts'

/** `domains`: list (cursor pages), create, verify, delete, and the providers using one. */
export function domainResource(call: Call): MyOrgClient['domains'] {
  async function listDomains(params: PageParams = {}): Promise<DomainPage> {
    const page = await call({
      operation: 'listDomains',
      query: pageQuery(params),
      responseSchema: domainPageEnvelopeSchema,
      signal: params.signal,
    })
    const { items, skipped } = keepValidItems(
      page.organization_domains,
      orgDomainSchema,
      'organization_domains',
      'listDomains',
    )
    return {
      organization_domains: items,
      ...(page.next === undefined ? {} : { next: page.next }),
      ...(skipped ? { skipped } : {}),
    }
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
