/**
 * Attribute mappings of the seed data: SSO claims of `oidc`, `okta` and `samlp` providers, and
 * the SCIM fields of a provisioning configuration.
 */
import type {
  IdpAttributeMapItem,
  IdpStrategy,
  ProvisioningAttributeMapItem,
} from '@myorg-kit/client'

/** The SSO mapping of a strategy, with an `extra` row the profile lacks or a `missing` one. */
export function ssoAttributes(
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
