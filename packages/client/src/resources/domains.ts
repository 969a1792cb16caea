import type { MyOrgClient, PageParams } from '../client-types.ts'
import type { OrgDomain } from '../types.ts'
import type { Call } from './call.ts'
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
      query: { from: params.from, take: params.take ?? 50 },
      responseSchema: domainPageSchema,
      signal: params.signal,
    })
  }

  async function* listAllDomains(params: Omit<PageParams, 'from'> = {}): AsyncGenerator<OrgDomain> {
    let from: string | undefined
    do {
      const page = await listDomains({ ...params, ...(from ? { from } : {}) })
      yield* page.organization_domains
      from = page.next ? page.next : undefined
    } while (from)
  }

  return {
    list: listDomains,
    listAll: listAllDomains,
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
