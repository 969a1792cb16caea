/**
 * zod schemas for every request body and response of the operations in `../operations.ts`.
 * Requests are strict (unknown fields are refused before anything is sent); responses tolerate
 * extra fields. Built on `zod/mini`, whose functional API tree-shakes to a few KB (the classic
 * API costs ~25 KB gzip in a host's bundle). Published as `@myorg-kit/client/schemas` for tools
 * (the mock API, tests); the client's main entry keeps zod out of its public types.
 */
import * as z from 'zod/mini'

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

const pattern = (regex: RegExp, message: string) => z.string().check(z.regex(regex, message))
const text = (min: number, max: number) =>
  z
    .string()
    .check(
      z.minLength(min, min === 1 ? 'must not be empty' : `must be at least ${min} characters`),
      z.maxLength(max, `must be at most ${max} characters`),
    )
const requiredText = z.string().check(z.minLength(1, 'is required'))
const optionalString = z.optional(z.string())
const optionalBoolean = z.optional(z.boolean())

export const orgIdSchema = pattern(
  orgIdPattern,
  'must look like org_ followed by 16 letters or digits',
)
export const domainIdSchema = pattern(
  domainIdPattern,
  'must look like ord_ followed by 22 letters or digits',
)
export const identityProviderIdSchema = pattern(
  identityProviderIdPattern,
  'must look like con_ followed by 16 letters or digits',
)
export const scimTokenIdSchema = pattern(
  scimTokenIdPattern,
  'must look like tok_ followed by 16 letters or digits',
)
export const domainNameSchema = pattern(
  domainNamePattern,
  'must be a bare domain name such as acme.com',
)
const hexColor = pattern(hexColorPattern, 'must be a colour like #RGB or #RRGGBB')

// ── Organization details ──────────────────────────────────────────────────────────────────────

export const orgDetailsSchema: z.ZodMiniType<OrgDetails> = z.object({
  id: z.optional(orgIdSchema),
  name: optionalString,
  display_name: optionalString,
  branding: z.optional(
    z.object({
      logo_url: z.optional(z.nullable(z.string())),
      colors: z.optional(z.object({ primary: z.string(), page_background: z.string() })),
    }),
  ),
})

export const updateOrgDetailsRequestSchema: z.ZodMiniType<UpdateOrgDetailsRequest> = z
  .strictObject({
    name: z.optional(text(1, 50)),
    display_name: z.optional(text(1, 255)),
    branding: z.optional(
      z.strictObject({
        logo_url: z.optional(
          z.nullable(
            z
              .string()
              .check(
                z.regex(/^https:\/\/\S+$/, 'must be an https:// URL'),
                z.url('must be a valid URL'),
              ),
          ),
        ),
        colors: z.optional(z.strictObject({ primary: hexColor, page_background: hexColor })),
      }),
    ),
  })
  .check(z.refine((body) => Object.keys(body).length > 0, 'must change at least one field'))

// ── Configuration ─────────────────────────────────────────────────────────────────────────────

export const orgConfigurationSchema: z.ZodMiniType<OrgConfiguration> = z.object({
  allowed_strategies: z.optional(z.array(strategySchema)),
  connection_deletion_behavior: z.optional(z.enum(['allow', 'allow_if_empty'])),
})

const strategyConfiguration = z.optional(
  z.object({
    enabled_features: z.array(z.enum(['provisioning', 'universal_logout'])),
    provisioning_methods: z.array(z.literal('scim')),
  }),
)

export const identityProvidersConfigurationSchema: z.ZodMiniType<IdentityProvidersConfiguration> =
  z.object({
    organization: z.object({
      can_set_show_as_button: z.boolean(),
      can_set_assign_membership_on_login: z.boolean(),
    }),
    strategies: z.object({
      adfs: strategyConfiguration,
      googleapps: strategyConfiguration,
      oidc: strategyConfiguration,
      okta: strategyConfiguration,
      pingfederate: strategyConfiguration,
      samlp: strategyConfiguration,
      waad: strategyConfiguration,
    }),
  })

// ── Domains ───────────────────────────────────────────────────────────────────────────────────

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

// ── Identity providers ────────────────────────────────────────────────────────────────────────

const signatureAlgorithm = z.enum(['rsa-sha256', 'rsa-sha1'])
const digestAlgorithm = z.enum(['sha256', 'sha1'])
const protocolBinding = z.enum([
  'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect',
  'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST',
])
const idpInitiated = z.object({
  enabled: optionalBoolean,
  client_id: optionalString,
  client_protocol: optionalString,
  client_authorizequery: optionalString,
})
const samlOptional = {
  signatureAlgorithm: z.optional(signatureAlgorithm),
  digestAlgorithm: z.optional(digestAlgorithm),
  protocolBinding: z.optional(protocolBinding),
  bindingMethod: optionalString,
  idpInitiated: z.optional(idpInitiated),
  icon_url: optionalString,
}

/** The SAML request options: from a metadata URL, or entered by hand (sign-in URL + certificate). */
export const samlOptionsRequestSchema = z.union([
  z.strictObject({
    metadataUrl: requiredText,
    signSAMLRequest: z.boolean(),
    signingCert: optionalString,
    ...samlOptional,
  }),
  z.strictObject({
    signInEndpoint: requiredText,
    signingCert: requiredText,
    signSAMLRequest: z.boolean(),
    ...samlOptional,
  }),
])
export const oidcOptionsRequestSchema = z.strictObject({
  type: z.enum(['front_channel', 'back_channel']),
  client_id: requiredText,
  client_secret: optionalString,
  discovery_url: requiredText,
})
export const oktaOptionsRequestSchema = z.strictObject({
  domain: requiredText,
  client_id: requiredText,
  client_secret: requiredText,
  icon_url: optionalString,
})
export const googleAppsOptionsRequestSchema = oktaOptionsRequestSchema
export const waadOptionsRequestSchema = z.strictObject({
  tenant_domain: requiredText,
  client_id: requiredText,
  client_secret: requiredText,
  icon_url: optionalString,
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
  idpInitiated: z.optional(idpInitiated),
  icon_url: optionalString,
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
  name: text(1, 128),
  domains: z.optional(z.array(z.string())),
  display_name: z.optional(text(1, 128)),
  show_as_button: optionalBoolean,
  assign_membership_on_login: optionalBoolean,
  is_enabled: optionalBoolean,
}

export const createIdentityProviderRequestSchema: z.ZodMiniType<CreateIdentityProviderRequest> =
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
  display_name: z.optional(text(1, 128)),
  show_as_button: optionalBoolean,
  assign_membership_on_login: optionalBoolean,
  is_enabled: optionalBoolean,
}

/**
 * The `PATCH /identity-providers/{id}` body for a known strategy. (The spec's own `oneOf` has no
 * discriminator, so validate against the provider's strategy.) Without a strategy, `options`
 * are refused: there is no way to know which shape applies.
 */
export function updateIdentityProviderRequestSchema(
  strategy?: keyof typeof optionsRequestSchemaByStrategy,
): z.ZodMiniType<UpdateIdentityProviderRequest> {
  if (!strategy) {
    return z.strictObject(updateBase)
  }
  const options: z.ZodMiniType<UpdateIdentityProviderRequest['options']> = z.optional(
    optionsRequestSchemaByStrategy[strategy],
  )
  return z.strictObject({ ...updateBase, options })
}

const attributeBase = {
  user_attribute: optionalString,
  description: optionalString,
  label: optionalString,
  is_required: z.boolean(),
  is_extra: z.boolean(),
  is_missing: z.boolean(),
}

const optionsResponse = z.looseObject({
  metadataUrl: optionalString,
  signInEndpoint: optionalString,
  cert: optionalString,
  signSAMLRequest: optionalBoolean,
  signatureAlgorithm: z.optional(signatureAlgorithm),
  digestAlgorithm: z.optional(digestAlgorithm),
  protocolBinding: z.optional(protocolBinding),
  bindingMethod: optionalString,
  idpInitiated: z.optional(idpInitiated),
  icon_url: optionalString,
  type: z.optional(z.enum(['front_channel', 'back_channel'])),
  client_id: optionalString,
  discovery_url: optionalString,
  domain: optionalString,
  tenant_domain: optionalString,
  adfs_server: optionalString,
  fedMetadataXml: optionalString,
  pingFederateBaseUrl: optionalString,
})

export const identityProviderSchema: z.ZodMiniType<IdentityProvider> = z.object({
  id: z.optional(identityProviderIdSchema),
  name: z.optional(z.nullable(z.string())),
  strategy: strategySchema,
  domains: z.optional(z.array(z.string())),
  display_name: optionalString,
  show_as_button: optionalBoolean,
  assign_membership_on_login: optionalBoolean,
  is_enabled: optionalBoolean,
  access_level: z.optional(accessLevelSchema),
  options: optionsResponse,
  attributes: z.optional(z.array(z.object({ ...attributeBase, sso_field: z.array(z.string()) }))),
})

export const minimalIdentityProviderSchema: z.ZodMiniType<MinimalIdentityProvider> = z.object({
  id: identityProviderIdSchema,
  name: z.optional(z.nullable(z.string())),
  display_name: z.string(),
  is_enabled: z.boolean(),
  access_level: accessLevelSchema,
})

export const identityProviderListSchema: z.ZodMiniType<{
  identity_providers?: IdentityProviderListItem[] | undefined
}> = z.object({
  identity_providers: z.optional(
    z.array(z.union([identityProviderSchema, minimalIdentityProviderSchema])),
  ),
})

/** `PUT …/update-attributes` takes exactly `{}`. */
export const emptyBodySchema: z.ZodMiniType<Record<string, never>> = z.strictObject({})

export const idpDomainRequestSchema: z.ZodMiniType<{ domain: string }> = z.strictObject({
  domain: domainNameSchema,
})
export const idpDomainResponseSchema: z.ZodMiniType<{ domain: string }> = z.object({
  domain: domainNameSchema,
})

// ── Provisioning and SCIM tokens ──────────────────────────────────────────────────────────────

export const provisioningConfigSchema: z.ZodMiniType<ProvisioningConfig> = z.object({
  identity_provider_id: identityProviderIdSchema,
  identity_provider_name: z.string(),
  strategy: strategySchema,
  method: z.enum(['none', 'scim']),
  attributes: z.array(z.object({ ...attributeBase, provisioning_field: z.string() })),
  user_id_attribute: z.string(),
  created_at: z.string(),
  updated_on: z.string(),
})

export const scimTokenSchema: z.ZodMiniType<ScimToken> = z.object({
  token_id: scimTokenIdSchema,
  created_at: z.string(),
  valid_until: optionalString,
  scopes: z.optional(z.array(z.string())),
})

export const scimTokenListSchema: z.ZodMiniType<{ scim_tokens?: ScimToken[] | undefined }> =
  z.object({
    scim_tokens: z.optional(z.array(scimTokenSchema)),
  })

export const createdScimTokenSchema: z.ZodMiniType<CreatedScimToken> = z.object({
  token_id: scimTokenIdSchema,
  token: z.string().check(z.minLength(1)),
  created_at: z.string(),
  valid_until: optionalString,
  scopes: z.optional(z.array(z.string())),
})

export const createScimTokenRequestSchema: z.ZodMiniType<CreateScimTokenRequest> = z.strictObject({
  token_lifetime: z.optional(
    z
      .int('must be a whole number of seconds')
      .check(z.gt(900, 'must be more than 900 seconds (15 minutes)')),
  ),
})

// ── Errors ────────────────────────────────────────────────────────────────────────────────────

/** The error body: `ErrorResponseContent` or `ValidationErrorResponseContent`, read leniently. */
export const errorBodySchema = z.object({
  type: z.string(),
  status: z.number(),
  title: z.string(),
  detail: optionalString,
  validation_errors: z.optional(
    z.array(
      z.object({
        detail: z.string(),
        field: optionalString,
        pointer: optionalString,
        source: optionalString,
      }),
    ),
  ),
})

export type ErrorBody = z.infer<typeof errorBodySchema>
