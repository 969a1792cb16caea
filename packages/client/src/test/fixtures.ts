import type {
  IdentityProvider,
  MemberInvitation,
  OrgDetails,
  OrgDomain,
  OrgMember,
  ProvisioningConfig,
  Role,
} from '../types.ts'

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

export const role: Role = {
  id: 'rol_abcdefghijklmnop',
  name: 'Billing manager',
  description: 'Manages invoices and payment methods.',
}

export const member: OrgMember = {
  user_id: 'auth0|64f0c0ffee0000000000abcd',
  email: 'ana.silva@acme.com',
  name: 'Ana Silva',
  given_name: 'Ana',
  family_name: 'Silva',
  created_at: '2025-11-01T10:00:00.000Z',
  updated_at: '2026-10-30T08:00:00.000Z',
  last_login: '2026-10-30T08:00:00.000Z',
  roles: [role],
}

export const invitation: MemberInvitation = {
  id: 'uinv_abcdefghijklmnop',
  organization_id: 'org_abcdefghijklmnop',
  inviter: { name: 'Dana Reyes' },
  invitee: { email: 'new.hire@acme.com' },
  created_at: '2026-11-01T10:00:00.000Z',
  expires_at: '2026-11-08T10:00:00.000Z',
  roles: [role.id],
  invitation_url:
    'https://app.acme.com/login?invitation=abc123&organization=org_abcdefghijklmnop&organization_name=acme',
  ticket_id: 'abc123',
}

/** `count` pattern-valid role ids (`rol_…`), distinct. */
export function roleIds(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `rol_${String(index).padStart(16, '0')}`)
}
