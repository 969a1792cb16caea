import type { IdentityProvider, OrgDetails, OrgDomain, ProvisioningConfig } from '../types.ts'

export const domain: OrgDomain = {
  id: 'ord_abcdefghijklmnopqrstuv',
  org_id: 'org_abcdefghijklmnop',
  domain: 'acme.com',
  status: 'pending',
  verification_txt: 'auth0-domain-verification=abc123',
  verification_host: '_auth0-challenge.acme.com',
}

export const details: OrgDetails = {
  id: 'org_abcdefghijklmnop',
  name: 'acme',
  display_name: 'Acme Corp',
  branding: {
    logo_url: 'https://acme.com/logo.png',
    colors: { primary: '#0055ff', page_background: '#ffffff' },
  },
}

export const okta: IdentityProvider = {
  id: 'con_abcdefghijklmnop',
  name: 'acme-okta',
  strategy: 'okta',
  display_name: 'Acme Okta',
  is_enabled: true,
  show_as_button: true,
  assign_membership_on_login: false,
  access_level: 'full',
  domains: ['acme.com'],
  options: { domain: 'acme.okta.com', client_id: 'abc' },
  attributes: [],
}

export const provisioning: ProvisioningConfig = {
  identity_provider_id: 'con_abcdefghijklmnop',
  identity_provider_name: 'acme-okta',
  strategy: 'okta',
  method: 'scim',
  attributes: [
    {
      user_attribute: 'email',
      is_required: true,
      is_extra: false,
      is_missing: false,
      provisioning_field: 'emails[primary eq true].value',
    },
  ],
  user_id_attribute: 'externalId',
  created_at: '2026-11-01T10:00:00.000Z',
  updated_on: '2026-11-01T10:00:00.000Z',
}

export const scimToken = {
  token_id: 'tok_abcdefghijklmnop',
  created_at: '2026-11-01T10:00:00.000Z',
  valid_until: '2027-11-01T10:00:00.000Z',
  scopes: ['get:users', 'post:users'],
}

export function problem(status: number, code: string, title: string, detail: string) {
  return { type: `https://auth0.com/api-errors#${code}`, status, title, detail }
}
