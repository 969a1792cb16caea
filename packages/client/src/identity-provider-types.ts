/** Identity providers: the create/update bodies per strategy and what the API returns. */
import type { IdentityProviderId, IdpStrategy, OrganizationAccessLevel } from './types.ts'

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

/** The fields an attribute mapping row has in SSO and provisioning responses alike. */
export interface AttributeMapItemBase {
  user_attribute?: string | undefined
  description?: string | undefined
  label?: string | undefined
  is_required: boolean
  /** Provided by the source but not in the admin schema: removed on refresh. */
  is_extra: boolean
  /** Expected but not provided: added on refresh. */
  is_missing: boolean
}

/** An SSO attribute mapping row. */
export interface IdpAttributeMapItem extends AttributeMapItemBase {
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
