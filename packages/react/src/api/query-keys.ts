/**
 * The one query-key factory. Every key starts with `['myorg-kit', api, organizationId]`, so
 * data of one organization (or one tenant) can never be shown for another, and a host can
 * invalidate everything the kit cached with `myOrgKeys.all(scope)`. Keys go from generic to
 * specific; mutations invalidate the narrowest prefix that covers what changed. Tokens are
 * never part of a key.
 */
import type { OrganizationAccessLevel } from '@myorg-kit/client'

/** What a key is scoped to. Read it from `useMyOrg().keyScope`. */
export interface MyOrgKeyScope {
  /** The API base URL (derived from the provider's `domain` or `baseUrl`). */
  api: string
  /** The organization: the provider's `organizationId`, else the token's `org_id`. */
  organizationId: string | undefined
}

/** Parameters that change what a domain list page holds. */
export interface DomainListParams {
  /** Page size. */
  take: number
}

/** Filters of the identity provider list. */
export interface IdentityProviderListParams {
  /** Only providers with these access levels. */
  memberAccessLevel?: readonly OrganizationAccessLevel[]
}

/** Parameters that change what a member list page holds. */
export interface MemberListParams {
  /** Page size. */
  take: number
  /** Whether the pages carry each member's first roles (`fields` with `roles`). */
  withRoles: boolean
}

/** Parameters that change what an invitation list page holds. */
export interface InvitationListParams {
  /** Page size. */
  take: number
}

/** Query keys of every resource the kit reads. */
export const myOrgKeys = {
  all: (s: MyOrgKeyScope) => ['myorg-kit', s.api, s.organizationId ?? null] as const,
  details: (s: MyOrgKeyScope) => [...myOrgKeys.all(s), 'details'] as const,
  configuration: (s: MyOrgKeyScope) => [...myOrgKeys.all(s), 'configuration'] as const,
  identityProvidersConfiguration: (s: MyOrgKeyScope) =>
    [...myOrgKeys.configuration(s), 'identity-providers'] as const,
  domains: (s: MyOrgKeyScope) => [...myOrgKeys.all(s), 'domains'] as const,
  domainLists: (s: MyOrgKeyScope) => [...myOrgKeys.domains(s), 'list'] as const,
  domainList: (s: MyOrgKeyScope, params: DomainListParams) =>
    [...myOrgKeys.domainLists(s), params] as const,
  domainDetails: (s: MyOrgKeyScope) => [...myOrgKeys.domains(s), 'detail'] as const,
  domain: (s: MyOrgKeyScope, domainId: string) =>
    [...myOrgKeys.domainDetails(s), domainId] as const,
  /** The IdPs linked to domains: their own branch, since IdP writes change them. */
  domainIdentityProvidersAll: (s: MyOrgKeyScope) =>
    [...myOrgKeys.all(s), 'domain-identity-providers'] as const,
  domainIdentityProviders: (s: MyOrgKeyScope, domainId: string) =>
    [...myOrgKeys.domainIdentityProvidersAll(s), domainId] as const,
  identityProviders: (s: MyOrgKeyScope) => [...myOrgKeys.all(s), 'identity-providers'] as const,
  identityProviderLists: (s: MyOrgKeyScope) => [...myOrgKeys.identityProviders(s), 'list'] as const,
  identityProviderList: (s: MyOrgKeyScope, params: IdentityProviderListParams = {}) =>
    [...myOrgKeys.identityProviderLists(s), params] as const,
  identityProvider: (s: MyOrgKeyScope, idpId: string) =>
    [...myOrgKeys.identityProviders(s), 'detail', idpId] as const,
  provisioning: (s: MyOrgKeyScope, idpId: string) =>
    [...myOrgKeys.identityProvider(s, idpId), 'provisioning'] as const,
  scimTokens: (s: MyOrgKeyScope, idpId: string) =>
    [...myOrgKeys.provisioning(s, idpId), 'scim-tokens'] as const,
  members: (s: MyOrgKeyScope) => [...myOrgKeys.all(s), 'members'] as const,
  memberLists: (s: MyOrgKeyScope) => [...myOrgKeys.members(s), 'list'] as const,
  memberList: (s: MyOrgKeyScope, params: MemberListParams) =>
    [...myOrgKeys.memberLists(s), params] as const,
  memberRolesAll: (s: MyOrgKeyScope) => [...myOrgKeys.members(s), 'roles'] as const,
  memberRoles: (s: MyOrgKeyScope, userId: string) =>
    [...myOrgKeys.memberRolesAll(s), userId] as const,
  roles: (s: MyOrgKeyScope) => [...myOrgKeys.all(s), 'roles'] as const,
  roleSearch: (s: MyOrgKeyScope, name: string) => [...myOrgKeys.roles(s), { name }] as const,
  invitations: (s: MyOrgKeyScope) => [...myOrgKeys.all(s), 'invitations'] as const,
  invitationLists: (s: MyOrgKeyScope) => [...myOrgKeys.invitations(s), 'list'] as const,
  invitationList: (s: MyOrgKeyScope, params: InvitationListParams) =>
    [...myOrgKeys.invitationLists(s), params] as const,
}
