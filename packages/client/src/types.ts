/**
 * Plain TypeScript types for the My Organization API's requests and responses
 * (field names as on the wire). The zod schemas in `./schemas` are checked against these.
 */

/** `org_` followed by 16 alphanumerics. */
export type OrgId = string
/** `ord_` followed by 22 alphanumerics. */
export type DomainId = string
/** The connection id: `con_` followed by 16 alphanumerics. */
export type IdentityProviderId = string
/** `tok_` followed by 16 alphanumerics. */
export type ScimTokenId = string

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
}

/** An identity provider linked to a domain. */
export interface DomainIdentityProvider {
  id: IdentityProviderId
  name: string
  display_name?: string | undefined
}

/** Settings for IdP-initiated sign-on. */
export interface IdpInitiatedOptions {
  enabled?: boolean | undefined
  client_id?: string | undefined
  client_protocol?: string | undefined
  client_authorizequery?: string | undefined
}

export type SignatureAlgorithm = 'rsa-sha256' | 'rsa-sha1'
export type DigestAlgorithm = 'sha256' | 'sha1'
export type ProtocolBinding =
  | 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect'
  | 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST'

interface SamlOptionalOptions {
  signatureAlgorithm?: SignatureAlgorithm | undefined
  digestAlgorithm?: DigestAlgorithm | undefined
  protocolBinding?: ProtocolBinding | undefined
  bindingMethod?: string | undefined
  idpInitiated?: IdpInitiatedOptions | undefined
  icon_url?: string | undefined
}

/** SAML options read from a metadata URL. */
export interface SamlMetadataOptionsRequest extends SamlOptionalOptions {
  metadataUrl: string
  signSAMLRequest: boolean
  /** Optional here: read from the metadata when omitted. */
  signingCert?: string | undefined
}

/** SAML options entered by hand. */
export interface SamlManualOptionsRequest extends SamlOptionalOptions {
  signInEndpoint: string
  /** PEM or CER. (Responses call this field `cert`.) */
  signingCert: string
  signSAMLRequest: boolean
}

export type SamlOptionsRequest = SamlMetadataOptionsRequest | SamlManualOptionsRequest

export interface OidcOptionsRequest {
  type: 'front_channel' | 'back_channel'
  client_id: string
  /** Needed for the back channel. */
  client_secret?: string | undefined
  discovery_url: string
}

export interface OktaOptionsRequest {
  domain: string
  client_id: string
  client_secret: string
  icon_url?: string | undefined
}

export type GoogleAppsOptionsRequest = OktaOptionsRequest

export interface WaadOptionsRequest {
  tenant_domain: string
  client_id: string
  client_secret: string
  icon_url?: string | undefined
}

export type AdfsOptionsRequest = { adfs_server: string } | { fedMetadataXml: string }

export interface PingFederateOptionsRequest {
  pingFederateBaseUrl: string
  signingCert: string
  signatureAlgorithm: SignatureAlgorithm
  digestAlgorithm: DigestAlgorithm
  signSAMLRequest: boolean
  idpInitiated?: IdpInitiatedOptions | undefined
  icon_url?: string | undefined
}

/** Options each strategy accepts in a request. */
export interface IdpOptionsRequestByStrategy {
  samlp: SamlOptionsRequest
  oidc: OidcOptionsRequest
  okta: OktaOptionsRequest
  'google-apps': GoogleAppsOptionsRequest
  waad: WaadOptionsRequest
  adfs: AdfsOptionsRequest
  pingfederate: PingFederateOptionsRequest
}

interface CreateIdentityProviderBase {
  /** 1–128 characters. */
  name: string
  /** Domains for Home Realm Discovery. */
  domains?: string[] | undefined
  /** 1–128 characters. */
  display_name?: string | undefined
  show_as_button?: boolean | undefined
  assign_membership_on_login?: boolean | undefined
  is_enabled?: boolean | undefined
}

/** The body of `POST /identity-providers`, discriminated by `strategy`. */
export type CreateIdentityProviderRequest = {
  [S in IdpStrategy]: CreateIdentityProviderBase & {
    strategy: S
    options: IdpOptionsRequestByStrategy[S]
  }
}[IdpStrategy]

/** The body of `PATCH /identity-providers/{id}`. `options` must fit the provider's strategy. */
export interface UpdateIdentityProviderRequest<S extends IdpStrategy = IdpStrategy> {
  /** Needs access level `full`. */
  display_name?: string | undefined
  /** Needs access level `full` or `limited`. */
  show_as_button?: boolean | undefined
  /** Needs access level `full` or `limited`. */
  assign_membership_on_login?: boolean | undefined
  /** Needs access level `full` or `limited`. */
  is_enabled?: boolean | undefined
  /** Needs access level `full`. */
  options?: IdpOptionsRequestByStrategy[S] | undefined
}

/** An attribute mapping row. */
export interface IdpAttributeMapItem {
  user_attribute?: string | undefined
  description?: string | undefined
  label?: string | undefined
  is_required: boolean
  /** Provided by the source but not in the admin schema: removed on refresh. */
  is_extra: boolean
  /** Expected but not provided: added on refresh. */
  is_missing: boolean
  sso_field: string[]
}

/**
 * Options as the API returns them. Secrets (`client_secret`, `signingCert`) never come back;
 * SAML and PingFederate return the certificate as `cert`.
 */
export interface IdpOptionsResponse {
  [key: string]: unknown
  metadataUrl?: string
  signInEndpoint?: string
  cert?: string
  signSAMLRequest?: boolean
  signatureAlgorithm?: SignatureAlgorithm
  digestAlgorithm?: DigestAlgorithm
  protocolBinding?: ProtocolBinding
  bindingMethod?: string
  idpInitiated?: IdpInitiatedOptions
  icon_url?: string
  type?: 'front_channel' | 'back_channel'
  client_id?: string
  discovery_url?: string
  domain?: string
  tenant_domain?: string
  adfs_server?: string
  fedMetadataXml?: string
  pingFederateBaseUrl?: string
}

/** An identity provider the organization admin can see and configure. */
export interface IdentityProvider {
  id?: IdentityProviderId | undefined
  name?: string | null | undefined
  strategy: IdpStrategy
  domains?: string[] | undefined
  display_name?: string | undefined
  show_as_button?: boolean | undefined
  assign_membership_on_login?: boolean | undefined
  is_enabled?: boolean | undefined
  access_level?: OrganizationAccessLevel | undefined
  options: IdpOptionsResponse
  /** Present for `oidc`, `okta` and `samlp`. */
  attributes?: IdpAttributeMapItem[] | undefined
}

/** A provider listed for the organization that its admin cannot configure. */
export interface MinimalIdentityProvider {
  id: IdentityProviderId
  name?: string | null | undefined
  display_name: string
  is_enabled: boolean
  access_level: OrganizationAccessLevel
}

/** An item of `GET /identity-providers`. Use {@link isFullIdentityProvider} to tell them apart. */
export type IdentityProviderListItem = IdentityProvider | MinimalIdentityProvider

/** True for a provider with a strategy and options (not the minimal list shape). */
export function isFullIdentityProvider(item: IdentityProviderListItem): item is IdentityProvider {
  return 'strategy' in item && typeof item.strategy === 'string'
}

/** A provisioning attribute mapping row. */
export interface ProvisioningAttributeMapItem {
  user_attribute?: string | undefined
  description?: string | undefined
  label?: string | undefined
  is_required: boolean
  is_extra: boolean
  is_missing: boolean
  provisioning_field: string
}

/** The SCIM provisioning configuration of an identity provider. */
export interface ProvisioningConfig {
  identity_provider_id: IdentityProviderId
  identity_provider_name: string
  strategy: IdpStrategy
  method: 'none' | 'scim'
  attributes: ProvisioningAttributeMapItem[]
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
