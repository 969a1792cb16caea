/**
 * zod schemas for every request body and response of the operations in `../operations.ts`.
 * Requests are strict (unknown fields are refused before anything is sent); responses tolerate
 * extra fields. Published as `@myorg-kit/client/schemas` for tools (the mock API, tests); the
 * client's main entry keeps zod out of its public types.
 */
import { z } from 'zod'

import type {
  CreateIdentityProviderRequest,
  CreateScimTokenRequest,
  CreatedScimToken,
  DomainIdentityProvider,
  DomainPage,
  IdentityProvider,
  IdentityProviderListItem,
  IdentityProvidersConfiguration,
  MinimalIdentityProvider,
  OrgConfiguration,
  OrgDetails,
  OrgDomain,
  ProvisioningConfig,
  ScimToken,
  UpdateIdentityProviderRequest,
  UpdateOrgDetailsRequest,
} from '../types.ts'

export const orgIdPattern = /^org_[A-Za-z0-9]{16}$/
export const domainIdPattern = /^ord_[A-Za-z0-9]{22}$/
export const identityProviderIdPattern = /^con_[A-Za-z0-9]{16}$/
export const scimTokenIdPattern = /^tok_[A-Za-z0-9]{16}$/
/** The spec's `OrgDomainName`: a bare host name (no scheme, port, path or trailing dot). */
export const domainNamePattern =
  /^(([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])\.)*([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9])$/
/** `#RGB` or `#RRGGBB`. */
export const hexColorPattern = /^#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$/

export const strategySchema = z.enum([
  'adfs',
  'google-apps',
  'oidc',
  'okta',
  'pingfederate',
  'samlp',
  'waad',
])
export const accessLevelSchema = z.enum(['none', 'readonly', 'limited', 'full'])

const orgId = z.string().regex(orgIdPattern, 'must look like org_ followed by 16 letters or digits')
const domainId = z
  .string()
  .regex(domainIdPattern, 'must look like ord_ followed by 22 letters or digits')
const idpId = z
  .string()
  .regex(identityProviderIdPattern, 'must look like con_ followed by 16 letters or digits')
const tokenId = z
  .string()
  .regex(scimTokenIdPattern, 'must look like tok_ followed by 16 letters or digits')
export const domainNameSchema = z
  .string()
  .regex(domainNamePattern, 'must be a bare domain name such as acme.com')
const hexColor = z.string().regex(hexColorPattern, 'must be a colour like #RGB or #RRGGBB')
const dateTime = z.string()

// ── Organization details ──────────────────────────────────────────────────────────────────────

const brandingColors = z.strictObject({ primary: hexColor, page_background: hexColor })
const branding = z.strictObject({
  logo_url: z
    .string()
    .regex(/^https:\/\/.*/, 'must be an https:// URL')
    .pipe(z.url({ message: 'must be a valid URL' }))
    .nullable()
    .optional(),
  colors: brandingColors.optional(),
})

export const orgDetailsSchema: z.ZodType<OrgDetails> = z.object({
  id: orgId.optional(),
  name: z.string().min(1).max(50).optional(),
  display_name: z.string().min(1).max(255).optional(),
  branding: z
    .object({
      logo_url: z.string().nullable().optional(),
      colors: z.object({ primary: z.string(), page_background: z.string() }).optional(),
    })
    .optional(),
})

export const updateOrgDetailsRequestSchema: z.ZodType<UpdateOrgDetailsRequest> = z
  .strictObject({
    name: z
      .string()
      .min(1, 'must not be empty')
      .max(50, 'must be at most 50 characters')
      .optional(),
    display_name: z
      .string()
      .min(1, 'must not be empty')
      .max(255, 'must be at most 255 characters')
      .optional(),
    branding: branding.optional(),
  })
  .refine((body) => Object.keys(body).length > 0, { message: 'must change at least one field' })

// ── Configuration ─────────────────────────────────────────────────────────────────────────────

export const orgConfigurationSchema: z.ZodType<OrgConfiguration> = z.object({
  allowed_strategies: z.array(strategySchema).optional(),
  connection_deletion_behavior: z.enum(['allow', 'allow_if_empty']).optional(),
})

const strategyConfiguration = z.object({
  enabled_features: z.array(z.enum(['provisioning', 'universal_logout'])),
  provisioning_methods: z.array(z.literal('scim')),
})

export const identityProvidersConfigurationSchema: z.ZodType<IdentityProvidersConfiguration> =
  z.object({
    organization: z.object({
      can_set_show_as_button: z.boolean(),
      can_set_assign_membership_on_login: z.boolean(),
    }),
    strategies: z.object({
      adfs: strategyConfiguration.optional(),
      googleapps: strategyConfiguration.optional(),
      oidc: strategyConfiguration.optional(),
      okta: strategyConfiguration.optional(),
      pingfederate: strategyConfiguration.optional(),
      samlp: strategyConfiguration.optional(),
      waad: strategyConfiguration.optional(),
    }),
  })

// ── Domains ───────────────────────────────────────────────────────────────────────────────────

export const orgDomainSchema: z.ZodType<OrgDomain> = z.object({
  id: domainId,
  org_id: orgId,
  domain: domainNameSchema,
  status: z.enum(['pending', 'verified', 'failed']),
  verification_txt: z.string(),
  verification_host: z.string(),
})

export const domainPageSchema: z.ZodType<DomainPage> = z.object({
  organization_domains: z.array(orgDomainSchema),
  next: z.string().optional(),
})

export const createDomainRequestSchema = z.strictObject({ domain: domainNameSchema })

export const domainIdentityProvidersSchema: z.ZodType<{
  identity_providers?: DomainIdentityProvider[] | undefined
}> = z.object({
  identity_providers: z
    .array(
      z.object({
        id: idpId,
        name: z.string().min(1).max(128),
        display_name: z.string().optional(),
      }),
    )
    .optional(),
})

// ── Identity providers ────────────────────────────────────────────────────────────────────────

const signatureAlgorithm = z.enum(['rsa-sha256', 'rsa-sha1'])
const digestAlgorithm = z.enum(['sha256', 'sha1'])
const protocolBinding = z.enum([
  'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect',
  'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST',
])
const idpInitiated = z.object({
  enabled: z.boolean().optional(),
  client_id: z.string().optional(),
  client_protocol: z.string().optional(),
  client_authorizequery: z.string().optional(),
})
const requiredText = z.string().min(1, 'is required')
const samlOptional = {
  signatureAlgorithm: signatureAlgorithm.optional(),
  digestAlgorithm: digestAlgorithm.optional(),
  protocolBinding: protocolBinding.optional(),
  bindingMethod: z.string().optional(),
  idpInitiated: idpInitiated.optional(),
  icon_url: z.string().optional(),
}

const samlMetadataOptions = z.strictObject({
  metadataUrl: requiredText,
  signSAMLRequest: z.boolean(),
  signingCert: z.string().optional(),
  ...samlOptional,
})
const samlManualOptions = z.strictObject({
  signInEndpoint: requiredText,
  signingCert: requiredText,
  signSAMLRequest: z.boolean(),
  ...samlOptional,
})
/** The SAML request options: from a metadata URL, or entered by hand (sign-in URL + certificate). */
export const samlOptionsRequestSchema = z.union([samlMetadataOptions, samlManualOptions])
export const oidcOptionsRequestSchema = z.strictObject({
  type: z.enum(['front_channel', 'back_channel']),
  client_id: requiredText,
  client_secret: z.string().optional(),
  discovery_url: requiredText,
})
export const oktaOptionsRequestSchema = z.strictObject({
  domain: requiredText,
  client_id: requiredText,
  client_secret: requiredText,
  icon_url: z.string().optional(),
})
export const googleAppsOptionsRequestSchema = oktaOptionsRequestSchema
export const waadOptionsRequestSchema = z.strictObject({
  tenant_domain: requiredText,
  client_id: requiredText,
  client_secret: requiredText,
  icon_url: z.string().optional(),
})
export const adfsOptionsRequestSchema = z.union([
  z.strictObject({ adfs_server: requiredText }),
  z.strictObject({ fedMetadataXml: requiredText }),
])
export const pingFederateOptionsRequestSchema = z.strictObject({
  pingFederateBaseUrl: requiredText,
  signingCert: requiredText,
  signatureAlgorithm,
  digestAlgorithm,
  signSAMLRequest: z.boolean(),
  idpInitiated: idpInitiated.optional(),
  icon_url: z.string().optional(),
})

/** Request options per strategy. */
export const optionsRequestSchemaByStrategy = {
  samlp: samlOptionsRequestSchema,
  oidc: oidcOptionsRequestSchema,
  okta: oktaOptionsRequestSchema,
  'google-apps': googleAppsOptionsRequestSchema,
  waad: waadOptionsRequestSchema,
  adfs: adfsOptionsRequestSchema,
  pingfederate: pingFederateOptionsRequestSchema,
} as const

const createBase = {
  name: z.string().min(1, 'is required').max(128, 'must be at most 128 characters'),
  domains: z.array(z.string()).optional(),
  display_name: z.string().min(1).max(128, 'must be at most 128 characters').optional(),
  show_as_button: z.boolean().optional(),
  assign_membership_on_login: z.boolean().optional(),
  is_enabled: z.boolean().optional(),
}

export const createIdentityProviderRequestSchema: z.ZodType<CreateIdentityProviderRequest> =
  z.discriminatedUnion('strategy', [
    z.strictObject({
      ...createBase,
      strategy: z.literal('samlp'),
      options: samlOptionsRequestSchema,
    }),
    z.strictObject({
      ...createBase,
      strategy: z.literal('oidc'),
      options: oidcOptionsRequestSchema,
    }),
    z.strictObject({
      ...createBase,
      strategy: z.literal('okta'),
      options: oktaOptionsRequestSchema,
    }),
    z.strictObject({
      ...createBase,
      strategy: z.literal('google-apps'),
      options: googleAppsOptionsRequestSchema,
    }),
    z.strictObject({
      ...createBase,
      strategy: z.literal('waad'),
      options: waadOptionsRequestSchema,
    }),
    z.strictObject({
      ...createBase,
      strategy: z.literal('adfs'),
      options: adfsOptionsRequestSchema,
    }),
    z.strictObject({
      ...createBase,
      strategy: z.literal('pingfederate'),
      options: pingFederateOptionsRequestSchema,
    }),
  ])

const updateBase = {
  display_name: z
    .string()
    .min(1, 'must not be empty')
    .max(128, 'must be at most 128 characters')
    .optional(),
  show_as_button: z.boolean().optional(),
  assign_membership_on_login: z.boolean().optional(),
  is_enabled: z.boolean().optional(),
}

/**
 * The `PATCH /identity-providers/{id}` body for a known strategy. (The spec's own `oneOf` has no
 * discriminator, so validate against the provider's strategy.) Without a strategy, options are
 * refused: the client cannot know which shape applies.
 */
export function updateIdentityProviderRequestSchema(
  strategy?: keyof typeof optionsRequestSchemaByStrategy,
): z.ZodType<UpdateIdentityProviderRequest> {
  if (!strategy) {
    return z.strictObject(updateBase)
  }
  const options: z.ZodType<UpdateIdentityProviderRequest['options']> =
    optionsRequestSchemaByStrategy[strategy].optional()
  return z.strictObject({ ...updateBase, options })
}

const attributeBase = {
  user_attribute: z.string().optional(),
  description: z.string().optional(),
  label: z.string().optional(),
  is_required: z.boolean(),
  is_extra: z.boolean(),
  is_missing: z.boolean(),
}

const optionsResponse = z.looseObject({
  metadataUrl: z.string().optional(),
  signInEndpoint: z.string().optional(),
  cert: z.string().optional(),
  signSAMLRequest: z.boolean().optional(),
  signatureAlgorithm: signatureAlgorithm.optional(),
  digestAlgorithm: digestAlgorithm.optional(),
  protocolBinding: protocolBinding.optional(),
  bindingMethod: z.string().optional(),
  idpInitiated: idpInitiated.optional(),
  icon_url: z.string().optional(),
  type: z.enum(['front_channel', 'back_channel']).optional(),
  client_id: z.string().optional(),
  discovery_url: z.string().optional(),
  domain: z.string().optional(),
  tenant_domain: z.string().optional(),
  adfs_server: z.string().optional(),
  fedMetadataXml: z.string().optional(),
  pingFederateBaseUrl: z.string().optional(),
})

export const identityProviderSchema: z.ZodType<IdentityProvider> = z.object({
  id: idpId.optional(),
  name: z.string().max(128).nullable().optional(),
  strategy: strategySchema,
  domains: z.array(z.string()).optional(),
  display_name: z.string().optional(),
  show_as_button: z.boolean().optional(),
  assign_membership_on_login: z.boolean().optional(),
  is_enabled: z.boolean().optional(),
  access_level: accessLevelSchema.optional(),
  options: optionsResponse,
  attributes: z.array(z.object({ ...attributeBase, sso_field: z.array(z.string()) })).optional(),
})

export const minimalIdentityProviderSchema: z.ZodType<MinimalIdentityProvider> = z.object({
  id: idpId,
  name: z.string().max(128).nullable().optional(),
  display_name: z.string(),
  is_enabled: z.boolean(),
  access_level: accessLevelSchema,
})

export const identityProviderListSchema: z.ZodType<{
  identity_providers?: IdentityProviderListItem[] | undefined
}> = z.object({
  identity_providers: z
    .array(z.union([identityProviderSchema, minimalIdentityProviderSchema]))
    .optional(),
})

export const emptyBodySchema = z.strictObject({})

export const idpDomainRequestSchema = z.strictObject({ domain: domainNameSchema })
export const idpDomainResponseSchema = z.object({ domain: domainNameSchema })

// ── Provisioning and SCIM tokens ──────────────────────────────────────────────────────────────

export const provisioningConfigSchema: z.ZodType<ProvisioningConfig> = z.object({
  identity_provider_id: idpId,
  identity_provider_name: z.string(),
  strategy: strategySchema,
  method: z.enum(['none', 'scim']),
  attributes: z.array(z.object({ ...attributeBase, provisioning_field: z.string() })),
  user_id_attribute: z.string(),
  created_at: dateTime,
  updated_on: dateTime,
})

export const scimTokenSchema: z.ZodType<ScimToken> = z.object({
  token_id: tokenId,
  created_at: dateTime,
  valid_until: dateTime.optional(),
  scopes: z.array(z.string()).optional(),
})

export const scimTokenListSchema: z.ZodType<{ scim_tokens?: ScimToken[] | undefined }> = z.object({
  scim_tokens: z.array(scimTokenSchema).optional(),
})

export const createdScimTokenSchema: z.ZodType<CreatedScimToken> = z.object({
  token_id: tokenId,
  token: z.string().min(1),
  created_at: dateTime,
  valid_until: dateTime.optional(),
  scopes: z.array(z.string()).optional(),
})

export const createScimTokenRequestSchema: z.ZodType<CreateScimTokenRequest> = z.strictObject({
  token_lifetime: z
    .int('must be a whole number of seconds')
    .gt(900, 'must be more than 900 seconds (15 minutes)')
    .optional(),
})

// ── Errors ────────────────────────────────────────────────────────────────────────────────────

export const errorBodySchema = z.object({
  type: z.string(),
  status: z.number(),
  title: z.string(),
  detail: z.string().optional(),
  validation_errors: z
    .array(
      z.object({
        detail: z.string(),
        field: z.string().optional(),
        pointer: z.string().optional(),
        source: z.string().optional(),
      }),
    )
    .optional(),
})

export type ErrorBody = z.infer<typeof errorBodySchema>

export {
  domainId as domainIdSchema,
  idpId as identityProviderIdSchema,
  orgId as orgIdSchema,
  tokenId as scimTokenIdSchema,
}
