/** Schemas of the organization details and its configuration. */
import * as z from './schema-kit.ts'

import type {
  IdentityProvidersConfiguration,
  OrgConfiguration,
  OrgDetails,
  UpdateOrgDetailsRequest,
} from '../types.ts'
import { strategySchema, text, optionalString, orgIdSchema, hexColor } from './common.ts'

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
