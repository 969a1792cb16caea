/**
 * The default data of the mock API: "Acme Corp", with domains in every verification state,
 * one identity provider of each of the seven strategies, provisioning and SCIM tokens.
 * Ids are deterministic (see `seedId`), so stories and snapshots stay stable.
 */
import type {
  IdentityProvidersConfiguration,
  IdpAttributeMapItem,
  IdpOptionsResponse,
  IdpStrategy,
  OrgConfiguration,
  OrgDetails,
  OrgDomain,
  OrganizationAccessLevel,
  ProvisioningAttributeMapItem,
  ProvisioningConfig,
  ScimToken,
} from '@myorg-kit/client'

import { seedId } from './ids.ts'

/** An identity provider as the mock stores it (the response shape plus server-side facts). */
export interface MockIdentityProvider {
  id: string
  name: string
  strategy: IdpStrategy
  display_name: string
  show_as_button: boolean
  assign_membership_on_login: boolean
  is_enabled: boolean
  access_level: OrganizationAccessLevel
  /** Linked domain names (IdP ↔ domain association, by name). */
  domains: string[]
  /** Options as returned by the API: never secrets (`client_secret`, `signingCert`). */
  options: IdpOptionsResponse
  /** Attribute mapping; only for `oidc`, `okta` and `samlp`. */
  attributes?: IdpAttributeMapItem[]
  /**
   * Users who signed in through this connection. With `connection_deletion_behavior:
   * 'allow_if_empty'`, deleting a provider whose count is above 0 is refused.
   */
  user_count: number
}

/** A SCIM token as the mock stores it. The plaintext is never stored. */
export interface MockScimToken extends ScimToken {
  identity_provider_id: string
  /** SHA-256 (hex) of the plaintext, for tokens created through the API. */
  token_hash?: string
}

/** Everything the store holds. Pass a `Partial<MyOrgSeed>` to replace parts of the default. */
export interface MyOrgSeed {
  /** `GET /details` (the id must match `org_` + 16 letters or digits). */
  organization: OrgDetails & { id: string }
  /** `GET /config`. */
  configuration: OrgConfiguration
  /** `GET /config/identity-providers`. */
  identityProvidersConfiguration: IdentityProvidersConfiguration
  /** Domains, in list order. */
  domains: OrgDomain[]
  /** Identity providers, in list order (all access levels, `none` included). */
  identityProviders: MockIdentityProvider[]
  /** Provisioning configurations, one per identity provider at most. */
  provisioning: ProvisioningConfig[]
  /** SCIM tokens of every identity provider. */
  scimTokens: MockScimToken[]
  /** TXT records "the internet" has: host name → values. Used by `POST /domains/{id}/verify`. */
  dns: Record<string, string[]>
  /** Most SCIM tokens one identity provider may have; `null` for no limit. @default 2 */
  maxScimTokensPerIdentityProvider: number | null
}

/** The seed organization's id. */
export const seedOrganizationId = seedId('org', 'acme-corp')

/** The host on which a domain's verification TXT record must be published. */
export function verificationHostFor(orgId: string, domain: string): string {
  return `_ss-verification.${orgId}.${domain}`
}

/** Options of {@link createDomainFixture}. */
export interface DomainFixtureOptions {
  /** @default 'pending' */
  status?: OrgDomain['status']
  /** @default the seed organization */
  orgId?: string
}

/**
 * A pattern-valid domain record with a deterministic id, e.g. for `createMyOrgStore({ domains:
 * Array.from({ length: 120 }, (_, i) => createDomainFixture(`d${i}.example.com`)) })`.
 */
export function createDomainFixture(domain: string, options: DomainFixtureOptions = {}): OrgDomain {
  const orgId = options.orgId ?? seedOrganizationId
  const name = domain.toLowerCase()
  return {
    id: seedId('ord', name),
    org_id: orgId,
    domain: name,
    status: options.status ?? 'pending',
    verification_txt: `auth0-domain-verification=${seedId('tok', name).slice(4).toLowerCase()}${seedId('con', name).slice(4).toLowerCase()}`,
    verification_host: verificationHostFor(orgId, name),
  }
}

/** A fake base64 DER certificate used in seed data (not a real key). */
export const mockCertificate =
  'MIIDDTCCAfWgAwIBAgIJV2lfdXNlcnMtYWNtZTANBgkqhkiG9w0BAQsFADAkMSIwIAYDVQQDExlhY21lLmV4YW1wbGUuY29tLWlkcC1jZXJ0MB4XDTI2MDEwNTAwMDAwMFoXDTM2MDEwMzAwMDAwMFowJDEiMCAGA1UEAxMZYWNtZS5leGFtcGxlLmNvbS1pZHAtY2VydDCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBAMockCertificateForTestsOnlyNotARealKey'

function ssoAttributes(
  strategy: 'oidc' | 'okta' | 'samlp',
  extras: { extra?: boolean; missing?: boolean } = {},
): IdpAttributeMapItem[] {
  const claim = (oidcName: string, samlName: string) =>
    strategy === 'samlp'
      ? [`http://schemas.xmlsoap.org/ws/2005/05/identity/claims/${samlName}`]
      : [oidcName]
  const rows: IdpAttributeMapItem[] = [
    {
      user_attribute: 'email',
      label: 'Email',
      description: "The user's email address.",
      is_required: true,
      is_extra: false,
      is_missing: false,
      sso_field: claim('email', 'emailaddress'),
    },
    {
      user_attribute: 'given_name',
      label: 'First name',
      description: "The user's first name.",
      is_required: false,
      is_extra: false,
      is_missing: false,
      sso_field: claim('given_name', 'givenname'),
    },
    {
      user_attribute: 'family_name',
      label: 'Last name',
      description: "The user's last name.",
      is_required: false,
      is_extra: false,
      is_missing: Boolean(extras.missing),
      sso_field: extras.missing ? [] : claim('family_name', 'surname'),
    },
  ]
  if (extras.extra) {
    rows.push({
      user_attribute: 'department',
      label: 'Department',
      description: 'Sent by the identity provider but not in the user attribute profile.',
      is_required: false,
      is_extra: true,
      is_missing: false,
      sso_field: strategy === 'samlp' ? ['urn:oid:2.5.4.11'] : ['department'],
    })
  }
  return rows
}

/** Default attribute mapping of a new `oidc`, `okta` or `samlp` provider. */
export function defaultSsoAttributes(strategy: IdpStrategy): IdpAttributeMapItem[] | undefined {
  return strategy === 'oidc' || strategy === 'okta' || strategy === 'samlp'
    ? ssoAttributes(strategy)
    : undefined
}

/** Default SCIM attribute mapping of a new provisioning configuration. */
export function defaultProvisioningAttributes(): ProvisioningAttributeMapItem[] {
  return [
    {
      user_attribute: 'external_id',
      label: 'External ID',
      description: "The user's id in the identity provider.",
      is_required: true,
      is_extra: false,
      is_missing: false,
      provisioning_field: 'externalId',
    },
    {
      user_attribute: 'email',
      label: 'Email',
      description: "The user's primary email address.",
      is_required: true,
      is_extra: false,
      is_missing: false,
      provisioning_field: 'emails[primary eq true].value',
    },
    {
      user_attribute: 'username',
      label: 'Username',
      is_required: false,
      is_extra: false,
      is_missing: false,
      provisioning_field: 'userName',
    },
    {
      user_attribute: 'given_name',
      label: 'First name',
      is_required: false,
      is_extra: false,
      is_missing: false,
      provisioning_field: 'name.givenName',
    },
    {
      user_attribute: 'family_name',
      label: 'Last name',
      is_required: false,
      is_extra: false,
      is_missing: false,
      provisioning_field: 'name.familyName',
    },
    {
      user_attribute: 'blocked',
      label: 'Blocked',
      description: 'Set from the SCIM `active` flag (inverted).',
      is_required: false,
      is_extra: false,
      is_missing: false,
      provisioning_field: 'active',
    },
  ]
}

/** Scopes of SCIM tokens created through the API. */
export const scimTokenScopes = [
  'get:users',
  'post:users',
  'put:users',
  'patch:users',
  'delete:users',
  'get:groups',
]

const day = 24 * 60 * 60 * 1000

/**
 * The default seed ("Acme Corp"). `now` (ms) places time-relative data, such as the SCIM token
 * that expires in three days.
 */
export function createDefaultSeed(now: number = Date.now()): MyOrgSeed {
  const orgId = seedOrganizationId
  const domains = [
    createDomainFixture('acme.com', { status: 'verified' }),
    createDomainFixture('acme.co.uk', { status: 'verified' }),
    createDomainFixture('acme-labs.io', { status: 'pending' }),
    createDomainFixture('acmecorp.dev', { status: 'pending' }),
    createDomainFixture('acme-legacy.net', { status: 'failed' }),
  ]
  const [acmeCom, , acmeLabs, , acmeLegacy] = domains as [
    OrgDomain,
    OrgDomain,
    OrgDomain,
    OrgDomain,
    OrgDomain,
  ]
  const okta = seedId('con', 'acme-okta')
  const entra = seedId('con', 'acme-entra')
  const ping = seedId('con', 'acme-ping')
  const isoDaysAgo = (days: number) => new Date(Date.UTC(2026, 0, 15) - days * day).toISOString()

  const identityProviders: MockIdentityProvider[] = [
    {
      id: okta,
      name: 'acme-okta',
      strategy: 'okta',
      display_name: 'Acme Okta',
      show_as_button: true,
      assign_membership_on_login: true,
      is_enabled: true,
      access_level: 'full',
      domains: ['acme.com'],
      options: {
        domain: 'acme.okta.com',
        client_id: '0oa8x2k4m1QwErTy5d7',
        icon_url: 'https://acme.example/assets/okta.png',
      },
      attributes: ssoAttributes('okta', { extra: true }),
      user_count: 42,
    },
    {
      id: entra,
      name: 'acme-entra',
      strategy: 'waad',
      display_name: 'Acme Microsoft Entra ID',
      show_as_button: true,
      assign_membership_on_login: false,
      is_enabled: true,
      access_level: 'full',
      domains: ['acme.co.uk'],
      options: {
        tenant_domain: 'acmecorp.onmicrosoft.com',
        client_id: '7f3c1e2a-9b4d-4c8e-a1f0-5d6b7c8e9f01',
      },
      user_count: 118,
    },
    {
      id: seedId('con', 'acme-saml'),
      name: 'acme-saml',
      strategy: 'samlp',
      display_name: 'Acme SAML',
      show_as_button: false,
      assign_membership_on_login: false,
      is_enabled: true,
      access_level: 'limited',
      domains: [],
      options: {
        metadataUrl: 'https://sso.acme.example/saml/metadata.xml',
        signSAMLRequest: true,
        signatureAlgorithm: 'rsa-sha256',
        digestAlgorithm: 'sha256',
        protocolBinding: 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST',
        bindingMethod: 'HTTP-Redirect',
        cert: mockCertificate,
        idpInitiated: { enabled: false },
      },
      attributes: ssoAttributes('samlp', { missing: true }),
      user_count: 7,
    },
    {
      id: seedId('con', 'acme-oidc'),
      name: 'acme-oidc',
      strategy: 'oidc',
      display_name: 'Acme Login (OIDC)',
      show_as_button: true,
      assign_membership_on_login: false,
      is_enabled: false,
      access_level: 'full',
      domains: [],
      options: {
        type: 'back_channel',
        client_id: 'acme-myorg-oidc',
        discovery_url: 'https://login.acme.example/.well-known/openid-configuration',
      },
      attributes: ssoAttributes('oidc', { extra: true, missing: true }),
      user_count: 0,
    },
    {
      id: seedId('con', 'acme-google'),
      name: 'acme-google',
      strategy: 'google-apps',
      display_name: 'Acme Google Workspace',
      show_as_button: true,
      assign_membership_on_login: true,
      is_enabled: true,
      access_level: 'readonly',
      domains: [],
      options: {
        domain: 'acme.com',
        client_id: '123456789012-acmeworkspace.apps.googleusercontent.com',
      },
      user_count: 15,
    },
    {
      id: seedId('con', 'acme-adfs'),
      name: 'acme-adfs',
      strategy: 'adfs',
      display_name: 'Acme ADFS',
      show_as_button: true,
      assign_membership_on_login: false,
      is_enabled: true,
      access_level: 'full',
      domains: [],
      options: {
        adfs_server: 'https://adfs.acme.example/FederationMetadata/2007-06/FederationMetadata.xml',
      },
      user_count: 0,
    },
    {
      id: seedId('con', 'acme-ping'),
      name: 'acme-ping',
      strategy: 'pingfederate',
      display_name: 'Acme PingFederate',
      show_as_button: true,
      assign_membership_on_login: false,
      is_enabled: true,
      access_level: 'full',
      domains: [],
      options: {
        pingFederateBaseUrl: 'https://ping.acme.example',
        signatureAlgorithm: 'rsa-sha256',
        digestAlgorithm: 'sha256',
        signSAMLRequest: false,
        cert: mockCertificate,
        icon_url: 'https://acme.example/assets/ping.png',
      },
      user_count: 3,
    },
    {
      id: seedId('con', 'contractors-okta'),
      name: 'contractors-okta',
      strategy: 'okta',
      display_name: 'Contractors (managed by Acme IT)',
      show_as_button: true,
      assign_membership_on_login: false,
      is_enabled: true,
      access_level: 'none',
      domains: [],
      options: { domain: 'contractors.okta.com', client_id: '0oa9contractors1x2y' },
      attributes: ssoAttributes('okta'),
      user_count: 31,
    },
  ]

  const provisioning: ProvisioningConfig[] = [
    {
      identity_provider_id: okta,
      identity_provider_name: 'acme-okta',
      strategy: 'okta',
      method: 'scim',
      attributes: [
        ...defaultProvisioningAttributes(),
        {
          user_attribute: 'cost_center',
          label: 'Cost center',
          description: 'Sent by the identity provider but not in the user attribute profile.',
          is_required: false,
          is_extra: true,
          is_missing: false,
          provisioning_field:
            'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:costCenter',
        },
      ],
      user_id_attribute: 'externalId',
      created_at: isoDaysAgo(30),
      updated_on: isoDaysAgo(2),
    },
    {
      identity_provider_id: entra,
      identity_provider_name: 'acme-entra',
      strategy: 'waad',
      method: 'scim',
      attributes: defaultProvisioningAttributes(),
      user_id_attribute: 'externalId',
      created_at: isoDaysAgo(90),
      updated_on: isoDaysAgo(90),
    },
    {
      // Provisioning whose only token has expired: the sync is broken until it is rotated.
      identity_provider_id: ping,
      identity_provider_name: 'acme-ping',
      strategy: 'pingfederate',
      method: 'scim',
      attributes: defaultProvisioningAttributes(),
      user_id_attribute: 'externalId',
      created_at: isoDaysAgo(400),
      updated_on: isoDaysAgo(400),
    },
  ]

  const scimTokens: MockScimToken[] = [
    {
      identity_provider_id: okta,
      token_id: seedId('tok', 'acme-okta-1'),
      created_at: isoDaysAgo(30),
      scopes: scimTokenScopes,
    },
    {
      identity_provider_id: entra,
      token_id: seedId('tok', 'acme-entra-1'),
      created_at: new Date(now - 87 * day).toISOString(),
      valid_until: new Date(now + 3 * day).toISOString(),
      scopes: scimTokenScopes,
    },
    {
      identity_provider_id: ping,
      token_id: seedId('tok', 'acme-ping-1'),
      created_at: new Date(now - 370 * day).toISOString(),
      valid_until: new Date(now - 5 * day).toISOString(),
      scopes: scimTokenScopes,
    },
  ]

  return {
    organization: {
      id: orgId,
      name: 'acme-corp',
      display_name: 'Acme Corp',
      branding: {
        logo_url: 'https://acme.example/assets/logo.png',
        colors: { primary: '#4F46E5', page_background: '#F8FAFC' },
      },
    },
    configuration: {
      allowed_strategies: ['adfs', 'google-apps', 'oidc', 'okta', 'pingfederate', 'samlp', 'waad'],
      connection_deletion_behavior: 'allow_if_empty',
    },
    identityProvidersConfiguration: {
      organization: { can_set_show_as_button: true, can_set_assign_membership_on_login: true },
      strategies: {
        adfs: { enabled_features: ['universal_logout'], provisioning_methods: [] },
        googleapps: { enabled_features: ['provisioning'], provisioning_methods: ['scim'] },
        oidc: {
          enabled_features: ['provisioning', 'universal_logout'],
          provisioning_methods: ['scim'],
        },
        okta: {
          enabled_features: ['provisioning', 'universal_logout'],
          provisioning_methods: ['scim'],
        },
        pingfederate: { enabled_features: ['provisioning'], provisioning_methods: ['scim'] },
        samlp: {
          enabled_features: ['provisioning', 'universal_logout'],
          provisioning_methods: ['scim'],
        },
        waad: {
          enabled_features: ['provisioning', 'universal_logout'],
          provisioning_methods: ['scim'],
        },
      },
    },
    domains,
    identityProviders,
    provisioning,
    scimTokens,
    dns: {
      // acme-labs.io is pending, but its record is published: verifying it succeeds.
      [acmeLabs.verification_host]: [acmeLabs.verification_txt],
      // acme-legacy.net has a stale record: verifying it fails.
      [acmeLegacy.verification_host]: ['auth0-domain-verification=stale-value-from-2024'],
      // acme.com was verified long ago; its record is still there.
      [acmeCom.verification_host]: [acmeCom.verification_txt],
      // acmecorp.dev has no record yet: verifying it leaves it pending.
    },
    maxScimTokensPerIdentityProvider: 2,
  }
}
