/**
 * The scopes of the My Organization API that the operations in `operations.ts` require. Hosts
 * ask for them in one token request; the mock API grants them by name.
 */

/** Every scope of the My Organization API that this client's operations use. */
export const myOrgScopes = [
  'read:my_org:details',
  'update:my_org:details',
  'delete:my_org:organizations',
  'read:my_org:configuration',
  'read:my_org:domains',
  'create:my_org:domains',
  'update:my_org:domains',
  'delete:my_org:domains',
  'read:my_org:identity_providers',
  'create:my_org:identity_providers',
  'update:my_org:identity_providers',
  'delete:my_org:identity_providers',
  'update:my_org:identity_providers_detach',
  'create:my_org:identity_providers_domains',
  'delete:my_org:identity_providers_domains',
  'read:my_org:identity_providers_provisioning',
  'create:my_org:identity_providers_provisioning',
  'update:my_org:identity_providers_provisioning',
  'delete:my_org:identity_providers_provisioning',
  'read:my_org:identity_providers_scim_tokens',
  'create:my_org:identity_providers_scim_tokens',
  'delete:my_org:identity_providers_scim_tokens',
  'read:my_org:members',
  'delete:my_org:memberships',
  'read:my_org:member_roles',
  'create:my_org:member_roles',
  'delete:my_org:member_roles',
  'read:my_org:member_invitations',
  'create:my_org:member_invitations',
  'delete:my_org:member_invitations',
] as const

/** A scope of the My Organization API. */
export type MyOrgScope = (typeof myOrgScopes)[number]
