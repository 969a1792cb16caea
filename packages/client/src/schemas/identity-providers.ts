/** Schemas of identity providers: create/update bodies per strategy and responses. */
import * as z from './schema-kit.ts'

import type {
  CreateIdentityProviderRequest,
  IdentityProvider,
  IdentityProviderListItem,
  MinimalIdentityProvider,
  UpdateIdentityProviderRequest,
} from '../types.ts'
import {
  strategySchema,
  accessLevelSchema,
  text,
  requiredText,
  optionalString,
  optionalBoolean,
  identityProviderIdSchema,
  attributeBase,
} from './common.ts'
import { domainNameSchema } from './domains.ts'

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

const optionsResponse = z.looseObject({
  metadataUrl: optionalString,
  signInEndpoint: optionalString,
  cert: optionalString,
  signSAMLRequest: optionalBoolean,
  ...samlOptional,
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

/** An item of `GET /identity-providers`: a full or a minimal provider. */
export const identityProviderListItemSchema: z.ZodMiniType<IdentityProviderListItem> = z.union([
  identityProviderSchema,
  minimalIdentityProviderSchema,
])

/**
 * `GET /identity-providers` as the client reads it: its items left raw so that each is checked
 * on its own (see {@link identityProviderListSchema} for the whole contract).
 */
export const identityProviderListEnvelopeSchema: z.ZodMiniType<{
  identity_providers?: unknown[] | undefined
}> = z.object({ identity_providers: z.optional(z.array(z.unknown())) })

/** `PUT …/update-attributes` takes exactly `{}`. */
export const emptyBodySchema: z.ZodMiniType<Record<string, never>> = z.strictObject({})

export const idpDomainRequestSchema: z.ZodMiniType<{ domain: string }> = z.strictObject({
  domain: domainNameSchema,
})
export const idpDomainResponseSchema: z.ZodMiniType<{ domain: string }> = z.object({
  domain: domainNameSchema,
})
