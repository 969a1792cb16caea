/** Schemas of SCIM provisioning and its tokens. */
import * as z from './schema-kit.ts'

import type {
  CreateScimTokenRequest,
  CreatedScimToken,
  ProvisioningAttributeMapItem,
  ProvisioningConfig,
  ScimToken,
} from '../types.ts'
import {
  strategySchema,
  optionalString,
  identityProviderIdSchema,
  scimTokenIdSchema,
  attributeBase,
} from './common.ts'

// ── Provisioning and SCIM tokens ──────────────────────────────────────────────────────────────

export const provisioningAttributeSchema: z.ZodMiniType<ProvisioningAttributeMapItem> = z.object({
  ...attributeBase,
  provisioning_field: z.string(),
})

const provisioningConfigFields = {
  identity_provider_id: identityProviderIdSchema,
  identity_provider_name: z.string(),
  strategy: strategySchema,
  method: z.enum(['none', 'scim']),
  user_id_attribute: z.string(),
  created_at: z.string(),
  updated_on: z.string(),
}

export const provisioningConfigSchema: z.ZodMiniType<ProvisioningConfig> = z.object({
  ...provisioningConfigFields,
  attributes: z.array(provisioningAttributeSchema),
})

/**
 * A provisioning configuration as the client reads it: its mapping rows left raw so that each
 * is checked on its own (see {@link provisioningConfigSchema} for the whole contract).
 */
export const provisioningConfigEnvelopeSchema: z.ZodMiniType<
  Omit<ProvisioningConfig, 'attributes'> & { attributes: unknown[] }
> = z.object({ ...provisioningConfigFields, attributes: z.array(z.unknown()) })

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

/**
 * `GET …/scim-tokens` as the client reads it: its tokens left raw so that each is checked on its
 * own (see {@link scimTokenListSchema} for the whole contract).
 */
export const scimTokenListEnvelopeSchema: z.ZodMiniType<{ scim_tokens?: unknown[] | undefined }> =
  z.object({ scim_tokens: z.optional(z.array(z.unknown())) })

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
