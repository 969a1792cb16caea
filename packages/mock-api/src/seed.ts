/**
 * The default data of the mock API: "Acme Corp", with domains in every verification state,
 * one identity provider of each of the seven strategies, provisioning and SCIM tokens, 120
 * members, six roles and invitations pending, expiring and expired.
 * Ids are deterministic (see `seedId`), so stories and snapshots stay stable.
 */
import type {
  IdentityProvidersConfiguration,
  IdpStrategyConfiguration,
  OrgConfiguration,
  OrgDetails,
  OrgDomain,
  ProvisioningConfig,
  Role,
} from '@myorg-kit/client'

import { seedId } from './ids.ts'
import { type MockIdentityProvider, seedIdentityProviders } from './seed/identity-providers.ts'
import { type MockInvitation, seedInvitations } from './seed/invitations.ts'
import { type MockMember, seedMembers } from './seed/members.ts'
import { type MockScimToken, seedProvisioning, seedScimTokens } from './seed/provisioning.ts'
import { seedRoleList } from './seed/roles.ts'

/** Everything the store holds. Pass a `Partial<MyOrgSeed>` to replace parts of the default. */
export interface MyOrgSeed {
  /** `GET /details` (the id must match `org_` + 16 letters or digits). */
  organization: OrgDetails & { id: string }
  /** `GET /config`. */
  configuration: OrgConfiguration
  /** `GET /config/identity-providers`. */
  identityProvidersConfiguration: IdentityProvidersConfiguration
  /** Domains, in list order. */
  domains: OrgDomain[]
  /** Identity providers, in list order (all access levels, `none` included). */
  identityProviders: MockIdentityProvider[]
  /** Provisioning configurations, one per identity provider at most. */
  provisioning: ProvisioningConfig[]
  /** SCIM tokens of every identity provider. */
  scimTokens: MockScimToken[]
  /** TXT records "the internet" has: host name → values. Used by `POST /domains/{id}/verify`. */
  dns: Record<string, string[]>
  /** Most SCIM tokens one identity provider may have; `null` for no limit. @default 2 */
  maxScimTokensPerIdentityProvider: number | null
  /** Roles the organization may give, in list order. */
  roles: Role[]
  /** Members, in list order, with the ids of their roles. */
  members: MockMember[]
  /**
   * Member invitations, expired ones included (the API lists them until revoked). The default
   * ones name the default organization: replace them too when you replace `organization`.
   */
  invitations: MockInvitation[]
  /**
   * The application's login URI (`initiate_login_uri`), which invitation links start with.
   * @default 'https://app.example/login'
   */
  loginUri: string
}

/** The seed organization's id. */
export const seedOrganizationId = seedId('org', 'acme-corp')

/** The host on which a domain's verification TXT record must be published. */
export function verificationHostFor(orgId: string, domain: string): string {
  return `_ss-verification.${orgId}.${domain}`
}

/** Options of {@link createDomainFixture}. */
export interface DomainFixtureOptions {
  /** @default 'pending' */
  status?: OrgDomain['status']
  /** @default the seed organization */
  orgId?: string
}

/**
 * A pattern-valid domain record with a deterministic id, e.g. for `createMyOrgStore({ domains:
 * Array.from({ length: 120 }, (_, i) => createDomainFixture(`d${i}.example.com`)) })`.
 */
export function createDomainFixture(domain: string, options: DomainFixtureOptions = {}): OrgDomain {
  const orgId = options.orgId ?? seedOrganizationId
  const name = domain.toLowerCase()
  return {
    id: seedId('ord', name),
    org_id: orgId,
    domain: name,
    status: options.status ?? 'pending',
    verification_txt: `auth0-domain-verification=${seedId('tok', name).slice(4).toLowerCase()}${seedId('con', name).slice(4).toLowerCase()}`,
    verification_host: verificationHostFor(orgId, name),
  }
}

/** A strategy that can provision over SCIM, with `universal_logout` where it also has it. */
function scimStrategy(...more: 'universal_logout'[]): IdpStrategyConfiguration {
  return { enabled_features: ['provisioning', ...more], provisioning_methods: ['scim'] }
}

/**
 * The default seed ("Acme Corp"). `now` (ms) places time-relative data, such as the SCIM token
 * that expires in three days, members' last logins and invitations' expiry.
 */
export function createDefaultSeed(now: number = Date.now()): MyOrgSeed {
  const orgId = seedOrganizationId
  const domains = [
    createDomainFixture('acme.com', { status: 'verified' }),
    createDomainFixture('acme.co.uk', { status: 'verified' }),
    createDomainFixture('acme-labs.io', { status: 'pending' }),
    createDomainFixture('acmecorp.dev', { status: 'pending' }),
    createDomainFixture('acme-legacy.net', { status: 'failed' }),
  ]
  const [acmeCom, , acmeLabs, , acmeLegacy] = domains as [
    OrgDomain,
    OrgDomain,
    OrgDomain,
    OrgDomain,
    OrgDomain,
  ]
  const organization = {
    id: orgId,
    name: 'acme-corp',
    display_name: 'Acme Corp',
    branding: {
      logo_url: 'https://acme.example/assets/logo.png',
      colors: { primary: '#4F46E5', page_background: '#F8FAFC' },
    },
  }
  const loginUri = 'https://app.example/login'
  return {
    organization,
    configuration: {
      allowed_strategies: ['adfs', 'google-apps', 'oidc', 'okta', 'pingfederate', 'samlp', 'waad'],
      connection_deletion_behavior: 'allow_if_empty',
    },
    identityProvidersConfiguration: {
      organization: { can_set_show_as_button: true, can_set_assign_membership_on_login: true },
      strategies: {
        adfs: { enabled_features: ['universal_logout'], provisioning_methods: [] },
        googleapps: scimStrategy(),
        oidc: scimStrategy('universal_logout'),
        okta: scimStrategy('universal_logout'),
        pingfederate: scimStrategy(),
        samlp: scimStrategy('universal_logout'),
        waad: scimStrategy('universal_logout'),
      },
    },
    domains,
    identityProviders: seedIdentityProviders(),
    provisioning: seedProvisioning(),
    scimTokens: seedScimTokens(now),
    dns: {
      // acme-labs.io is pending, but its record is published: verifying it succeeds.
      [acmeLabs.verification_host]: [acmeLabs.verification_txt],
      // acme-legacy.net has a stale record: verifying it fails.
      [acmeLegacy.verification_host]: ['auth0-domain-verification=stale-value-from-2024'],
      // acme.com was verified long ago; its record is still there.
      [acmeCom.verification_host]: [acmeCom.verification_txt],
      // acmecorp.dev has no record yet: verifying it leaves it pending.
    },
    maxScimTokensPerIdentityProvider: 2,
    roles: seedRoleList(),
    members: seedMembers(now),
    invitations: seedInvitations(now, organization, loginUri),
    loginUri,
  }
}
