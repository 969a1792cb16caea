/**
 * Domains: the paged list, create, get, delete, DNS verification, and the identity providers a
 * domain is linked to.
 */
import { createDomainRequestSchema } from '@myorg-kit/client/schemas'

import { randomAlphanumeric, randomId } from '../ids.ts'
import {
  type ValidationErrorDetail,
  apiError,
  fieldError,
  json,
  noContent,
  validationError,
} from '../responses.ts'
import { verificationHostFor } from '../seed.ts'
import { base64UrlDecode, base64UrlEncode } from '../tokens.ts'
import { type RouteTable, route } from './define.ts'

function encodeCursor(offset: number): string {
  return base64UrlEncode(`domains:${offset}`)
}

function decodeCursor(cursor: string): number | undefined {
  try {
    const match = /^domains:(\d+)$/.exec(base64UrlDecode(cursor))
    return match?.[1] === undefined ? undefined : Number(match[1])
  } catch {
    return undefined
  }
}

/** `take` (1..100, default 50) and the `from` cursor, or the 400 listing what is wrong. */
function pageQuery(searchParams: URLSearchParams): { take: number; offset: number } | Response {
  const errors: ValidationErrorDetail[] = []
  const takeRaw = searchParams.get('take')
  let take = 50
  if (takeRaw !== null) {
    const parsedTake = /^\d+$/.test(takeRaw) ? Number(takeRaw) : Number.NaN
    if (!Number.isInteger(parsedTake) || parsedTake < 1 || parsedTake > 100) {
      errors.push(fieldError(['take'], 'must be an integer from 1 to 100', 'query'))
    } else {
      take = parsedTake
    }
  }
  const from = searchParams.get('from')
  let offset = 0
  if (from !== null) {
    const decoded = from.length >= 1 && from.length <= 1000 ? decodeCursor(from) : undefined
    if (decoded === undefined) {
      errors.push(
        fieldError(['from'], 'is not a cursor returned by this endpoint (`next`)', 'query'),
      )
    } else {
      offset = decoded
    }
  }
  return errors.length > 0 ? validationError(errors) : { take, offset }
}

export const domainRoutes = {
  listDomains: route({
    handle: ({ state, url }) => {
      const query = pageQuery(url.searchParams)
      if (query instanceof Response) {
        return query
      }
      const { take, offset } = query
      const page = state.domains.slice(offset, offset + take)
      const end = offset + page.length
      return json(200, {
        organization_domains: page,
        ...(end < state.domains.length ? { next: encodeCursor(end) } : {}),
      })
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
