/**
 * The in-memory state of one organization, as the My Organization API would hold it.
 * Tests may read and change `state` directly; `reset()` puts the seed back.
 */
import type { OrgDomain, ProvisioningConfig, Role } from '@myorg-kit/client'

import { type MyOrgSeed, createDefaultSeed } from './seed.ts'
import type { MockIdentityProvider } from './seed/identity-providers.ts'
import type { MockInvitation } from './seed/invitations.ts'
import type { MockMember } from './seed/members.ts'

/**
 * The mutable state of the store: the seed's data, with provisioning keyed by identity provider
 * id, TXT records by lower-case host name, and whether the organization was deleted.
 */
export interface MyOrgState extends Omit<MyOrgSeed, 'provisioning' | 'dns'> {
  /** True after `DELETE /`: every later call answers 404 until `reset()`. */
  organizationDeleted: boolean
  /** Keyed by identity provider id. */
  provisioning: Map<string, ProvisioningConfig>
  /** TXT records by lower-case host name. */
  dns: Map<string, string[]>
}

/** Options of {@link createMyOrgStore}. */
export interface MyOrgStoreOptions {
  /** Clock in ms, used for timestamps and expiry. @default Date.now */
  now?: () => number
}

/** An in-memory organization. */
export interface MyOrgStore {
  /** The current data. Change it freely in tests. */
  readonly state: MyOrgState
  /** The store's clock (ms). */
  readonly now: () => number
  /**
   * Put the seed back: the one given to `createMyOrgStore`, or, for this reset only, `seed`
   * (merged over the default seed, key by key). A later `reset()` without arguments returns to
   * the store's own seed.
   */
  reset(seed?: Partial<MyOrgSeed>): void
  /** Publish a TXT record, as if the customer had added it to their DNS. */
  publishTxtRecord(host: string, value: string): void
  /** Remove every TXT record of a host. */
  removeTxtRecords(host: string): void
  /** The TXT records of a host (empty if none). */
  lookupTxt(host: string): string[]
  /** Find a domain by id. */
  findDomain(id: string): OrgDomain | undefined
  /** Find a domain by name (case-insensitive). */
  findDomainByName(name: string): OrgDomain | undefined
  /** Find an identity provider by id (any access level). */
  findIdentityProvider(id: string): MockIdentityProvider | undefined
  /** Set how many users an identity provider has (drives `allow_if_empty` deletion). */
  setUserCount(idpId: string, count: number): void
  /** Find a member by user id. */
  findMember(userId: string): MockMember | undefined
  /** Find a role by id. */
  findRole(id: string): Role | undefined
  /** Find an invitation by id. */
  findInvitation(id: string): MockInvitation | undefined
}

function clone<T>(value: T): T {
  return structuredClone(value)
}

function toState(seed: MyOrgSeed): MyOrgState {
  const data = clone(seed)
  return {
    organization: data.organization,
    organizationDeleted: false,
    configuration: data.configuration,
    identityProvidersConfiguration: data.identityProvidersConfiguration,
    domains: data.domains,
    identityProviders: data.identityProviders,
    provisioning: new Map(data.provisioning.map((config) => [config.identity_provider_id, config])),
    scimTokens: data.scimTokens,
    dns: new Map(
      Object.entries(data.dns).map(([host, values]) => [host.toLowerCase(), [...values]]),
    ),
    maxScimTokensPerIdentityProvider: data.maxScimTokensPerIdentityProvider,
    roles: data.roles,
    members: data.members,
    invitations: data.invitations,
    loginUri: data.loginUri,
  }
}

/**
 * Create an in-memory organization, seeded with "Acme Corp" (see `createDefaultSeed`) or with
 * your overrides merged over it key by key.
 *
 * @example
 * const empty = createMyOrgStore({ domains: [] })
 * const many = createMyOrgStore({
 *   domains: Array.from({ length: 120 }, (_, i) => createDomainFixture(`d${i}.example.com`)),
 * })
 */
export function createMyOrgStore(
  seed: Partial<MyOrgSeed> = {},
  options: MyOrgStoreOptions = {},
): MyOrgStore {
  const now = options.now ?? Date.now
  // Overrides given to reset() apply to that reset only; a later plain reset() goes back to the
  // seed the store was created with (a sticky override leaked one test's data into the next).
  const build = (overrides: Partial<MyOrgSeed> = seed) => ({
    ...createDefaultSeed(now()),
    ...overrides,
  })
  const state = toState(build())

  const store: MyOrgStore = {
    state,
    now,
    reset(next) {
      Object.assign(state, toState(build(next ?? seed)))
    },
    publishTxtRecord(host, value) {
      const key = host.toLowerCase()
      state.dns.set(key, [...(state.dns.get(key) ?? []), value])
    },
    removeTxtRecords(host) {
      state.dns.delete(host.toLowerCase())
    },
    lookupTxt(host) {
      return [...(state.dns.get(host.toLowerCase()) ?? [])]
    },
    findDomain(id) {
      return state.domains.find((domain) => domain.id === id)
    },
    findDomainByName(name) {
      const key = name.toLowerCase()
      return state.domains.find((domain) => domain.domain.toLowerCase() === key)
    },
    findIdentityProvider(id) {
      return state.identityProviders.find((idp) => idp.id === id)
    },
    setUserCount(idpId, count) {
      const idp = store.findIdentityProvider(idpId)
      if (!idp) {
        throw new Error(`No identity provider ${idpId} in the mock store.`)
      }
      idp.user_count = count
    },
    findMember(userId) {
      return state.members.find((member) => member.user_id === userId)
    },
    findRole(id) {
      return state.roles.find((role) => role.id === id)
    },
    findInvitation(id) {
      return state.invitations.find((invitation) => invitation.id === id)
    },
  }
  return store
}
