/**
 * The domains of an identity provider: link a verified domain of the organization, unlink one.
 */
import { idpDomainRequestSchema } from '@myorg-kit/client/schemas'

import { apiError, badRequest, json, noContent, notFound } from '../responses.ts'
import { type RouteTable, route } from './define.ts'

const action = "change this identity provider's domains"

export const identityProviderDomainRoutes = {
  addIdentityProviderDomain: route({
    checks: ['idp', 'body', 'full-access'],
    body: idpDomainRequestSchema,
    action,
    handle: ({ store, idp, body }) => {
      const domain = store.findDomainByName(body.domain)
      if (!domain) {
        return notFound(`The domain ${body.domain} does not exist in this organization.`)
      }
      if (domain.status !== 'verified') {
        return badRequest(
          `The domain ${domain.domain} is ${domain.status}: verify it before associating it with an identity provider.`,
        )
      }
      if (idp.domains.some((linked) => linked.toLowerCase() === domain.domain)) {
        return apiError(
          409,
          'A0E-409-0003',
          'Duplicate Resource',
          'Domain is already associated with this identity provider',
        )
      }
      idp.domains.push(domain.domain)
      return json(201, { domain: domain.domain })
    },
  }),

  removeIdentityProviderDomain: route({
    checks: ['idp', 'full-access'],
    action,
    handle: ({ params, idp }) => {
      const domainName = (params.domain ?? '').toLowerCase()
      if (!idp.domains.some((linked) => linked.toLowerCase() === domainName)) {
        return notFound('The domain is not associated with this identity provider.')
      }
      idp.domains = idp.domains.filter((linked) => linked.toLowerCase() !== domainName)
      return noContent()
    },
  }),
} satisfies Partial<RouteTable>
