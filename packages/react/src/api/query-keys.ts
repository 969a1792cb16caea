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

const all = (s: MyOrgKeyScope) => ['myorg-kit', s.api, s.organizationId ?? null] as const

/** The keys of a paged resource: its root, all its lists, and one list by its parameters. */
function pagedKeys<TName extends string, TParams>(name: TName) {
  const root = (s: MyOrgKeyScope) => [...all(s), name] as const
  const lists = (s: MyOrgKeyScope) => [...root(s), 'list'] as const
  const list = (s: MyOrgKeyScope, params: TParams) => [...lists(s), params] as const
  return { root, lists, list }
}

/** A branch of keys by id under `parent`: the whole branch, and one id's key. */
function idKeys<TParent extends readonly unknown[], TName extends string>(
  parent: (s: MyOrgKeyScope) => TParent,
  name: TName,
) {
  const every = (s: MyOrgKeyScope) => [...parent(s), name] as const
  return { every, one: (s: MyOrgKeyScope, id: string) => [...every(s), id] as const }
}

const domainKeys = /* @__PURE__ */ pagedKeys<'domains', DomainListParams>('domains')
const memberKeys = /* @__PURE__ */ pagedKeys<'members', MemberListParams>('members')
const invitationKeys = /* @__PURE__ */ pagedKeys<'invitations', InvitationListParams>('invitations')
const domainDetailKeys = /* @__PURE__ */ idKeys(domainKeys.root, 'detail')
// The IdPs linked to domains: their own branch, since IdP writes change them.
const domainIdpKeys = /* @__PURE__ */ idKeys(all, 'domain-identity-providers')
const memberRoleKeys = /* @__PURE__ */ idKeys(memberKeys.root, 'roles')

/** Query keys of every resource the kit reads. */
export const myOrgKeys = {
  all,
  details: (s: MyOrgKeyScope) => [...myOrgKeys.all(s), 'details'] as const,
  configuration: (s: MyOrgKeyScope) => [...myOrgKeys.all(s), 'configuration'] as const,
  identityProvidersConfiguration: (s: MyOrgKeyScope) =>
    [...myOrgKeys.configuration(s), 'identity-providers'] as const,
  domains: domainKeys.root,
  domainLists: domainKeys.lists,
  domainList: domainKeys.list,
  domainDetails: domainDetailKeys.every,
  domain: domainDetailKeys.one,
  domainIdentityProvidersAll: domainIdpKeys.every,
  domainIdentityProviders: domainIdpKeys.one,
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
  members: memberKeys.root,
  memberLists: memberKeys.lists,
  memberList: memberKeys.list,
  memberRolesAll: memberRoleKeys.every,
  memberRoles: memberRoleKeys.one,
  roles: (s: MyOrgKeyScope) => [...myOrgKeys.all(s), 'roles'] as const,
  roleSearch: (s: MyOrgKeyScope, name: string) => [...myOrgKeys.roles(s), { name }] as const,
  invitations: invitationKeys.root,
  invitationLists: invitationKeys.lists,
  invitationList: invitationKeys.list,
}
