/**
 * Plain TypeScript types for the My Organization API's requests and responses
 * (field names as on the wire). The zod schemas in `./schemas` are checked against these.
 */
import type { AttributeMapItemBase } from './identity-provider-types.ts'

import type { MyOrgCheckedList, MyOrgSkippedItems } from './errors.ts'

/** `org_` followed by 16 alphanumerics. */
export type OrgId = string
/** `ord_` followed by 22 alphanumerics. */
export type DomainId = string
/** The connection id: `con_` followed by 16 alphanumerics. */
export type IdentityProviderId = string
/** `tok_` followed by 16 alphanumerics. */
export type ScimTokenId = string
/** A user id: `{connection strategy}|{id}`, e.g. `auth0|64f0c0ffee`. Always holds a `|`. */
export type MemberId = string
/** `rol_` followed by 16 alphanumerics. */
export type RoleId = string
/** `uinv_` followed by 16 alphanumerics. */
export type InvitationId = string

/** Login page colours. The API needs both once either is set. */
export interface OrgBrandingColors {
  /** `#RGB` or `#RRGGBB`. */
  primary: string
  /** `#RGB` or `#RRGGBB`. */
  page_background: string
}

/** How the organization's login pages look. */
export interface OrgBranding {
  /** An `https://` URL, or `null` to clear the logo. */
  logo_url?: string | null | undefined
  colors?: OrgBrandingColors | undefined
}

/** The organization's details (`GET /details`). */
export interface OrgDetails {
  id?: OrgId | undefined
  /** 1–50 characters; identifies the organization, e.g. in login flows. */
  name?: string | undefined
  /** 1–255 characters. */
  display_name?: string | undefined
  branding?: OrgBranding | undefined
}

/** The body of `PATCH /details`: any subset of the details, at least one field. */
export interface UpdateOrgDetailsRequest {
  name?: string | undefined
  display_name?: string | undefined
  branding?: OrgBranding | undefined
}

/** Identity provider strategies. Note `google-apps` here but `googleapps` in the IdP configuration. */
export type IdpStrategy =
  'adfs' | 'google-apps' | 'oidc' | 'okta' | 'pingfederate' | 'samlp' | 'waad'
/** What the organization admin may do with an identity provider. */
export type OrganizationAccessLevel = 'none' | 'readonly' | 'limited' | 'full'
/** What `DELETE /identity-providers/{id}` does with a connection that still has users. */
export type ConnectionDeletionBehavior = 'allow' | 'allow_if_empty'

/** `GET /config`. Both fields are optional in the contract. */
export interface OrgConfiguration {
  allowed_strategies?: IdpStrategy[] | undefined
  connection_deletion_behavior?: ConnectionDeletionBehavior | undefined
}

/** Per-strategy features of the Connection Profile. */
export interface IdpStrategyConfiguration {
  enabled_features: ('provisioning' | 'universal_logout')[]
  provisioning_methods: 'scim'[]
}

/** The keys of `GET /config/identity-providers` `strategies` (note `googleapps`). */
export type IdpConfigurationStrategyKey =
  'adfs' | 'googleapps' | 'oidc' | 'okta' | 'pingfederate' | 'samlp' | 'waad'

/**
 * The key of a strategy in `GET /config/identity-providers` `strategies`: the strategy itself,
 * except `google-apps`, which the configuration spells `googleapps`.
 *
 * @example
 * configuration.strategies[identityProvidersConfigurationKey(idp.strategy)]
 */
export function identityProvidersConfigurationKey(
  strategy: IdpStrategy,
): IdpConfigurationStrategyKey {
  return strategy === 'google-apps' ? 'googleapps' : strategy
}

/** `GET /config/identity-providers`. */
export interface IdentityProvidersConfiguration {
  organization: {
    can_set_show_as_button: boolean
    can_set_assign_membership_on_login: boolean
  }
  strategies: Partial<Record<IdpConfigurationStrategyKey, IdpStrategyConfiguration>>
}

/** Verification status of a domain. */
export type DomainStatus = 'pending' | 'verified' | 'failed'

/** An organization domain. */
export interface OrgDomain {
  id: DomainId
  org_id: OrgId
  domain: string
  status: DomainStatus
  /** The TXT record's value. */
  verification_txt: string
  /** The full DNS name the TXT record goes on. */
  verification_host: string
}

/** One page of `GET /domains`. */
export interface DomainPage {
  organization_domains: OrgDomain[]
  /** Cursor for the next page; absent or empty on the last page. */
  next?: string | undefined
  /** Domains of this page that broke the contract, left out of `organization_domains`. */
  skipped?: MyOrgSkippedItems | undefined
}

/** An identity provider linked to a domain. */
export interface DomainIdentityProvider {
  id: IdentityProviderId
  name: string
  display_name?: string | undefined
}

export * from './identity-provider-types.ts'
export * from './member-types.ts'

/** A provisioning attribute mapping row. */
export interface ProvisioningAttributeMapItem extends AttributeMapItemBase {
  provisioning_field: string
}

/** The SCIM provisioning configuration of an identity provider. */
export interface ProvisioningConfig {
  identity_provider_id: IdentityProviderId
  identity_provider_name: string
  strategy: IdpStrategy
  method: 'none' | 'scim'
  /** The mapping's valid rows; `skipped` counts those that broke the contract. */
  attributes: MyOrgCheckedList<ProvisioningAttributeMapItem>
  user_id_attribute: string
  created_at: string
  /** Note: `updated_on`, not `updated_at`. */
  updated_on: string
}

/** A SCIM token as listed (no plaintext). */
export interface ScimToken {
  token_id: ScimTokenId
  created_at: string
  /** Absent for a token that never expires. */
  valid_until?: string | undefined
  scopes?: string[] | undefined
}

/** A SCIM token just created: the only time `token` is returned. */
export interface CreatedScimToken extends ScimToken {
  /** The plaintext bearer token. Show it once; never log or store it. */
  token: string
}

/** The body of `POST …/scim-tokens`. */
export interface CreateScimTokenRequest {
  /** Lifetime in seconds, more than 900. Omit for a token that never expires. */
  token_lifetime?: number | undefined
}
