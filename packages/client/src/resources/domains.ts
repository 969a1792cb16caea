import type { MyOrgClient, PageParams } from '../client-types.ts'
import type { DomainPage } from '../types.ts'
import type { Call } from './call.ts'
import { keepValidItems } from './list-items.ts'
import { pageQuery, paginate } from './query.ts'
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

  return {
    list: listDomains,
    listAll: (params = {}) =>
      paginate(
        (from) => listDomains({ ...params, ...(from ? { from } : {}) }),
        (page) => page.organization_domains,
      ),
    get: (domainId, o = {}) =>
      call({
        operation: 'getDomain',
        pathParams: { domain_id: domainId },
        responseSchema: orgDomainSchema,
        signal: o.signal,
      }),
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
    verify: (domainId, o = {}) =>
      call({
        operation: 'verifyDomain',
        pathParams: { domain_id: domainId },
        responseSchema: orgDomainSchema,
        signal: o.signal,
      }),
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
