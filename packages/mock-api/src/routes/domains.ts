/**
 * Domains: the paged list, create, get, delete, DNS verification, and the identity providers a
 * domain is linked to.
 */
import { createDomainRequestSchema } from '@myorg-kit/client/schemas'

import { randomAlphanumeric, randomId } from '../ids.ts'
import { apiError, json, noContent } from '../responses.ts'
import { verificationHostFor } from '../seed.ts'
import { type RouteTable, route } from './define.ts'
import { pageOf, pageQuery } from './paging.ts'

export const domainRoutes = {
  listDomains: route({
    handle: ({ state, url }) => {
      const query = pageQuery(url.searchParams, 'domains')
      if (query instanceof Response) {
        return query
      }
      const { items, next } = pageOf(state.domains, query, 'domains')
      return json(200, { organization_domains: items, ...(next ? { next } : {}) })
    },
  }),

  createDomain: route({
    checks: ['body'],
    body: createDomainRequestSchema,
    handle: ({ state, store, body }) => {
      const domainName = body.domain.toLowerCase()
      if (store.findDomainByName(domainName)) {
        return apiError(409, 'A0E-409-0003', 'Duplicate Resource', 'Domain name must be unique')
      }
      const domain = {
        id: randomId('ord'),
        org_id: state.organization.id,
        domain: domainName,
        status: 'pending' as const,
        verification_txt: `auth0-domain-verification=${randomAlphanumeric(32).toLowerCase()}`,
        verification_host: verificationHostFor(state.organization.id, domainName),
      }
      state.domains.push(domain)
      return json(201, domain)
    },
  }),

  getDomain: route({
    checks: ['domain'],
    handle: ({ domain }) => json(200, domain),
  }),

  deleteDomain: route({
    checks: ['domain'],
    handle: ({ state, domain }) => {
      state.domains = state.domains.filter((candidate) => candidate.id !== domain.id)
      for (const idp of state.identityProviders) {
        idp.domains = idp.domains.filter((linked) => linked.toLowerCase() !== domain.domain)
      }
      return noContent()
    },
  }),

  verifyDomain: route({
    checks: ['domain'],
    handle: ({ store, domain }) => {
      if (domain.status !== 'verified') {
        const records = store.lookupTxt(domain.verification_host)
        domain.status = records.includes(domain.verification_txt)
          ? 'verified'
          : records.length > 0
            ? 'failed'
            : 'pending'
      }
      return json(202, domain)
    },
  }),

  listDomainIdentityProviders: route({
    checks: ['domain'],
    handle: ({ state, domain }) =>
      json(200, {
        identity_providers: state.identityProviders
          .filter((idp) => idp.domains.some((linked) => linked.toLowerCase() === domain.domain))
          .map((idp) => ({ id: idp.id, name: idp.name, display_name: idp.display_name })),
      }),
  }),
} satisfies Partial<RouteTable>
