/**
 * The seed's identity providers: one of each of the seven strategies, at every access level.
 */
import type {
  IdpAttributeMapItem,
  IdpOptionsResponse,
  IdpStrategy,
  OrganizationAccessLevel,
} from '@myorg-kit/client'

import { seedId } from '../ids.ts'
import { ssoAttributes } from './attributes.ts'

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

/** A fake base64 DER certificate used in seed data (not a real key). */
export const mockCertificate =
  'MIIDDTCCAfWgAwIBAgIJV2lfdXNlcnMtYWNtZTANBgkqhkiG9w0BAQsFADAkMSIwIAYDVQQDExlhY21lLmV4YW1wbGUuY29tLWlkcC1jZXJ0MB4XDTI2MDEwNTAwMDAwMFoXDTM2MDEwMzAwMDAwMFowJDEiMCAGA1UEAxMZYWNtZS5leGFtcGxlLmNvbS1pZHAtY2VydDCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBAMockCertificateForTestsOnlyNotARealKey'

/** Ids of the seed providers that have provisioning. */
export const acmeOktaId = seedId('con', 'acme-okta')
export const acmeEntraId = seedId('con', 'acme-entra')
export const acmePingId = seedId('con', 'acme-ping')

/**
 * A seed provider named `name` (its id derives from the name). Unless `fields` say otherwise it
 * shows as a button, does not assign membership on login, is enabled, has access level `full`, no
 * domains and no users.
 */
function seedProvider(
  name: string,
  fields: Pick<MockIdentityProvider, 'strategy' | 'display_name' | 'options'> &
    Partial<Omit<MockIdentityProvider, 'id' | 'name'>>,
): MockIdentityProvider {
  return {
    id: seedId('con', name),
    name,
    strategy: fields.strategy,
    display_name: fields.display_name,
    show_as_button: fields.show_as_button ?? true,
    assign_membership_on_login: fields.assign_membership_on_login ?? false,
    is_enabled: fields.is_enabled ?? true,
    access_level: fields.access_level ?? 'full',
    domains: fields.domains ?? [],
    options: fields.options,
    ...(fields.attributes ? { attributes: fields.attributes } : {}),
    user_count: fields.user_count ?? 0,
  }
}

const identityProviders: MockIdentityProvider[] = [
  seedProvider('acme-okta', {
    strategy: 'okta',
    display_name: 'Acme Okta',
    assign_membership_on_login: true,
    domains: ['acme.com'],
    options: {
      domain: 'acme.okta.com',
      client_id: '0oa8x2k4m1QwErTy5d7',
      icon_url: 'https://acme.example/assets/okta.png',
    },
    attributes: ssoAttributes('okta', { extra: true }),
    user_count: 42,
  }),
  seedProvider('acme-entra', {
    strategy: 'waad',
    display_name: 'Acme Microsoft Entra ID',
    domains: ['acme.co.uk'],
    options: {
      tenant_domain: 'acmecorp.onmicrosoft.com',
      client_id: '7f3c1e2a-9b4d-4c8e-a1f0-5d6b7c8e9f01',
    },
    user_count: 118,
  }),
  seedProvider('acme-saml', {
    strategy: 'samlp',
    display_name: 'Acme SAML',
    show_as_button: false,
    access_level: 'limited',
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
  }),
  seedProvider('acme-oidc', {
    strategy: 'oidc',
    display_name: 'Acme Login (OIDC)',
    is_enabled: false,
    options: {
      type: 'back_channel',
      client_id: 'acme-myorg-oidc',
      discovery_url: 'https://login.acme.example/.well-known/openid-configuration',
    },
    attributes: ssoAttributes('oidc', { extra: true, missing: true }),
  }),
  seedProvider('acme-google', {
    strategy: 'google-apps',
    display_name: 'Acme Google Workspace',
    assign_membership_on_login: true,
    access_level: 'readonly',
    options: {
      domain: 'acme.com',
      client_id: '123456789012-acmeworkspace.apps.googleusercontent.com',
    },
    user_count: 15,
  }),
  seedProvider('acme-adfs', {
    strategy: 'adfs',
    display_name: 'Acme ADFS',
    options: {
      adfs_server: 'https://adfs.acme.example/FederationMetadata/2007-06/FederationMetadata.xml',
    },
  }),
  seedProvider('acme-ping', {
    strategy: 'pingfederate',
    display_name: 'Acme PingFederate',
    options: {
      pingFederateBaseUrl: 'https://ping.acme.example',
      signatureAlgorithm: 'rsa-sha256',
      digestAlgorithm: 'sha256',
      signSAMLRequest: false,
      cert: mockCertificate,
      icon_url: 'https://acme.example/assets/ping.png',
    },
    user_count: 3,
  }),
  seedProvider('contractors-okta', {
    strategy: 'okta',
    display_name: 'Contractors (managed by Acme IT)',
    access_level: 'none',
    options: { domain: 'contractors.okta.com', client_id: '0oa9contractors1x2y' },
    attributes: ssoAttributes('okta'),
    user_count: 31,
  }),
]

/** A fresh copy of the seed's identity providers. */
export function seedIdentityProviders(): MockIdentityProvider[] {
  return structuredClone(identityProviders)
}
