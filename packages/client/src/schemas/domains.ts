/**
 * Schemas of the organization's domains. Their own module: the DNS name rules (and punycode)
 * load only where domains are read or written, not with every schema.
 */
import * as z from './schema-kit.ts'

import { domainNameProblem } from '../domain-name.ts'
import type { DomainIdentityProvider, DomainPage, OrgDomain } from '../types.ts'
import {
  domainIdSchema,
  domainNamePattern,
  identityProviderIdSchema,
  optionalString,
  orgIdSchema,
  text,
} from './common.ts'

/**
 * A bare host name (`domainNamePattern`) the DNS takes: labels of at most 63 characters, no
 * hyphen at either end, `xn--` labels that decode, at most 253 characters in all. The same rules
 * as the kit's domain field (`domainNameProblem`).
 */
export const domainNameSchema = z.string().check(
  z.regex(domainNamePattern, 'must be a bare domain name such as acme.com'),
  // One issue per name: the pattern's, or else the DNS rules'.
  z.refine(
    (name) => !domainNamePattern.test(name) || domainNameProblem(name) === null,
    'must be a domain name the DNS accepts (labels of 1–63 characters, 253 in all)',
  ),
)

export const orgDomainSchema: z.ZodMiniType<OrgDomain> = z.object({
  id: domainIdSchema,
  org_id: orgIdSchema,
  domain: domainNameSchema,
  status: z.enum(['pending', 'verified', 'failed']),
  verification_txt: z.string(),
  verification_host: z.string(),
})

export const domainPageSchema: z.ZodMiniType<DomainPage> = z.object({
  organization_domains: z.array(orgDomainSchema),
  next: optionalString,
})

/**
 * `GET /domains` as the client reads it: the page's shape, its domains left raw so that
 * `keepValidItems` checks each on its own (see {@link domainPageSchema} for the whole contract).
 */
export const domainPageEnvelopeSchema: z.ZodMiniType<{
  organization_domains: unknown[]
  next?: string | undefined
}> = z.object({
  organization_domains: z.array(z.unknown()),
  next: optionalString,
})

export const createDomainRequestSchema: z.ZodMiniType<{ domain: string }> = z.strictObject({
  domain: domainNameSchema,
})

export const domainIdentityProvidersSchema: z.ZodMiniType<{
  identity_providers?: DomainIdentityProvider[] | undefined
}> = z.object({
  identity_providers: z.optional(
    z.array(
      z.object({ id: identityProviderIdSchema, name: text(1, 128), display_name: optionalString }),
    ),
  ),
})
