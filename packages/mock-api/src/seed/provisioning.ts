/**
 * The seed's provisioning: three providers set up for SCIM, with a token that never expires,
 * one that expires in three days, and one that has expired.
 */
import type { ProvisioningConfig, ScimToken } from '@myorg-kit/client'

import { seedId } from '../ids.ts'
import { defaultProvisioningAttributes } from './attributes.ts'
import { acmeEntraId, acmeOktaId, acmePingId } from './identity-providers.ts'

/** A SCIM token as the mock stores it. The plaintext is never stored. */
export interface MockScimToken extends ScimToken {
  identity_provider_id: string
  /** SHA-256 (hex) of the plaintext, for tokens created through the API. */
  token_hash?: string
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
const isoDaysAgo = (days: number) => new Date(Date.UTC(2026, 0, 15) - days * day).toISOString()

/** The seed's provisioning configurations. */
export function seedProvisioning(): ProvisioningConfig[] {
  return [
    {
      identity_provider_id: acmeOktaId,
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
      identity_provider_id: acmeEntraId,
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
      identity_provider_id: acmePingId,
      identity_provider_name: 'acme-ping',
      strategy: 'pingfederate',
      method: 'scim',
      attributes: defaultProvisioningAttributes(),
      user_id_attribute: 'externalId',
      created_at: isoDaysAgo(400),
      updated_on: isoDaysAgo(400),
    },
  ]
}

/** The seed's SCIM tokens; `now` (ms) places their expiry. */
export function seedScimTokens(now: number): MockScimToken[] {
  return [
    {
      identity_provider_id: acmeOktaId,
      token_id: seedId('tok', 'acme-okta-1'),
      created_at: isoDaysAgo(30),
      scopes: scimTokenScopes,
    },
    {
      identity_provider_id: acmeEntraId,
      token_id: seedId('tok', 'acme-entra-1'),
      created_at: new Date(now - 87 * day).toISOString(),
      valid_until: new Date(now + 3 * day).toISOString(),
      scopes: scimTokenScopes,
    },
    {
      identity_provider_id: acmePingId,
      token_id: seedId('tok', 'acme-ping-1'),
      created_at: new Date(now - 370 * day).toISOString(),
      valid_until: new Date(now - 5 * day).toISOString(),
      scopes: scimTokenScopes,
    },
  ]
}
