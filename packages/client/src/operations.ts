import type { MyOrgScope } from './scopes.ts'

/**
 * Every operation of the My Organization API: method, path template, the scopes the endpoint
 * requires, and its rate-limit class. One table, so the token request, the mock API's scope
 * enforcement and the pacing limiter all agree. The client calls all of them except the two
 * marked `legacy`, whose replacements it uses.
 */
export const operations = {
  getOrganizationDetails: {
    method: 'GET',
    path: '/details',
    scopes: ['read:my_org:details'],
    limit: 'read',
  },
  updateOrganizationDetails: {
    method: 'PATCH',
    path: '/details',
    scopes: ['update:my_org:details'],
    limit: 'write',
  },
  deleteOrganization: {
    method: 'DELETE',
    path: '/',
    scopes: ['delete:my_org:organizations'],
    limit: 'write',
  },
  getConfiguration: {
    method: 'GET',
    path: '/config',
    scopes: ['read:my_org:configuration'],
    limit: 'read',
  },
  getIdentityProvidersConfiguration: {
    method: 'GET',
    path: '/config/identity-providers',
    scopes: ['read:my_org:configuration'],
    limit: 'read',
  },
  listDomains: { method: 'GET', path: '/domains', scopes: ['read:my_org:domains'], limit: 'read' },
  createDomain: {
    method: 'POST',
    path: '/domains',
    scopes: ['create:my_org:domains'],
    limit: 'write',
  },
  getDomain: {
    method: 'GET',
    path: '/domains/{domain_id}',
    scopes: ['read:my_org:domains'],
    limit: 'read',
  },
  deleteDomain: {
    method: 'DELETE',
    path: '/domains/{domain_id}',
    scopes: ['delete:my_org:domains'],
    limit: 'write',
  },
  verifyDomain: {
    method: 'POST',
    path: '/domains/{domain_id}/verify',
    scopes: ['update:my_org:domains'],
    limit: 'write',
  },
  listDomainIdentityProviders: {
    method: 'GET',
    path: '/domains/{domain_id}/identity-providers',
    scopes: ['read:my_org:domains', 'read:my_org:identity_providers'],
    limit: 'read',
  },
  listIdentityProviders: {
    method: 'GET',
    path: '/identity-providers',
    scopes: ['read:my_org:identity_providers'],
    limit: 'read',
  },
  createIdentityProvider: {
    method: 'POST',
    path: '/identity-providers',
    scopes: ['create:my_org:identity_providers'],
    limit: 'write',
  },
  getIdentityProvider: {
    method: 'GET',
    path: '/identity-providers/{idp_id}',
    scopes: ['read:my_org:identity_providers'],
    limit: 'read',
  },
  updateIdentityProvider: {
    method: 'PATCH',
    path: '/identity-providers/{idp_id}',
    scopes: ['update:my_org:identity_providers'],
    limit: 'write',
  },
  deleteIdentityProvider: {
    method: 'DELETE',
    path: '/identity-providers/{idp_id}',
    scopes: ['delete:my_org:identity_providers'],
    limit: 'write',
  },
  detachIdentityProvider: {
    method: 'POST',
    path: '/identity-providers/{idp_id}/detach',
    scopes: ['update:my_org:identity_providers_detach'],
    limit: 'write',
  },
  refreshIdentityProviderAttributes: {
    method: 'PUT',
    path: '/identity-providers/{idp_id}/update-attributes',
    scopes: ['update:my_org:identity_providers'],
    limit: 'write',
  },
  addIdentityProviderDomain: {
    method: 'POST',
    path: '/identity-providers/{idp_id}/domains',
    scopes: ['create:my_org:identity_providers_domains'],
    limit: 'write',
  },
  removeIdentityProviderDomain: {
    method: 'DELETE',
    path: '/identity-providers/{idp_id}/domains/{domain}',
    scopes: ['delete:my_org:identity_providers_domains'],
    limit: 'write',
  },
  getProvisioning: {
    method: 'GET',
    path: '/identity-providers/{idp_id}/provisioning',
    scopes: ['read:my_org:identity_providers_provisioning'],
    limit: 'read',
  },
  createProvisioning: {
    method: 'POST',
    path: '/identity-providers/{idp_id}/provisioning',
    scopes: ['create:my_org:identity_providers_provisioning'],
    limit: 'write',
  },
  deleteProvisioning: {
    method: 'DELETE',
    path: '/identity-providers/{idp_id}/provisioning',
    scopes: ['delete:my_org:identity_providers_provisioning'],
    limit: 'write',
  },
  refreshProvisioningAttributes: {
    method: 'PUT',
    path: '/identity-providers/{idp_id}/provisioning/update-attributes',
    scopes: ['update:my_org:identity_providers_provisioning'],
    limit: 'write',
  },
  listScimTokens: {
    method: 'GET',
    path: '/identity-providers/{idp_id}/provisioning/scim-tokens',
    scopes: ['read:my_org:identity_providers_scim_tokens'],
    limit: 'read',
  },
  createScimToken: {
    method: 'POST',
    path: '/identity-providers/{idp_id}/provisioning/scim-tokens',
    scopes: ['create:my_org:identity_providers_scim_tokens'],
    limit: 'write',
  },
  deleteScimToken: {
    method: 'DELETE',
    path: '/identity-providers/{idp_id}/provisioning/scim-tokens/{idp_scim_token_id}',
    scopes: ['delete:my_org:identity_providers_scim_tokens'],
    limit: 'write',
  },
  listMembers: { method: 'GET', path: '/members', scopes: ['read:my_org:members'], limit: 'read' },
  getMember: {
    method: 'GET',
    path: '/members/{user_id}',
    scopes: ['read:my_org:members'],
    limit: 'read',
  },
  deleteMemberships: {
    method: 'POST',
    path: '/delete-memberships',
    scopes: ['delete:my_org:memberships'],
    limit: 'write',
  },
  listMemberRoles: {
    method: 'GET',
    path: '/members/{user_id}/roles',
    scopes: ['read:my_org:member_roles'],
    limit: 'read',
  },
  assignMemberRoles: {
    method: 'POST',
    path: '/members/{user_id}/roles',
    scopes: ['create:my_org:member_roles'],
    limit: 'write',
  },
  unassignMemberRoles: {
    method: 'POST',
    path: '/members/{user_id}/unassign-roles',
    scopes: ['delete:my_org:member_roles'],
    limit: 'write',
  },
  unassignMemberRolesLegacy: {
    method: 'DELETE',
    path: '/members/{user_id}/roles',
    scopes: ['delete:my_org:member_roles'],
    limit: 'write',
    legacy: true,
  },
  listMemberInvitations: {
    method: 'GET',
    path: '/member-invitations',
    scopes: ['read:my_org:member_invitations'],
    limit: 'read',
  },
  createMemberInvitations: {
    method: 'POST',
    path: '/member-invitations',
    scopes: ['create:my_org:member_invitations'],
    limit: 'write',
  },
  getMemberInvitation: {
    method: 'GET',
    path: '/member-invitations/{invitation_id}',
    scopes: ['read:my_org:member_invitations'],
    limit: 'read',
  },
  deleteMemberInvitationLegacy: {
    method: 'DELETE',
    path: '/member-invitations/{invitation_id}',
    scopes: ['delete:my_org:member_invitations'],
    limit: 'write',
    legacy: true,
  },
  deleteMemberInvitations: {
    method: 'POST',
    path: '/delete-member-invitations',
    scopes: ['delete:my_org:member_invitations'],
    limit: 'write',
  },
  listMemberInvitationRoles: {
    method: 'GET',
    path: '/member-invitations/{invitation_id}/roles',
    scopes: ['read:my_org:member_roles'],
    limit: 'read',
  },
  listRoles: { method: 'GET', path: '/roles', scopes: ['read:my_org:member_roles'], limit: 'read' },
} as const satisfies Record<string, OperationDefinition>

/** HTTP methods the API uses. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/** One row of the {@link operations} table. */
export interface OperationDefinition {
  readonly method: HttpMethod
  /** Path relative to `/my-org`, with `{param}` placeholders. */
  readonly path: string
  /** Every scope the endpoint requires (all of them, not alternatives). */
  readonly scopes: readonly MyOrgScope[]
  /** The rate-limit bucket the endpoint counts against. */
  readonly limit: 'read' | 'write'
  /**
   * A form the API keeps for older SDKs (`x-sdk-ignore` in the contract) and switches off once
   * a tenant enables member management. The client never calls it; the mock API answers it.
   */
  readonly legacy?: true
}

/** The name of an operation, e.g. `'createDomain'`. */
export type OperationName = keyof typeof operations

/** The scopes an operation requires. */
export function scopesFor(operation: OperationName): readonly MyOrgScope[] {
  return operations[operation].scopes
}

/** True when `granted` holds every scope the operation requires. */
export function canPerform(operation: OperationName, granted: ReadonlySet<string>): boolean {
  return operations[operation].scopes.every((scope) => granted.has(scope))
}
