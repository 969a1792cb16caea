import type { MyOrgClient } from '../client-types.ts'
import type { MyOrgTransport } from '../transport.ts'
import { domainResource } from './domains.ts'
import { identityProviderResource } from './identity-providers.ts'
import { lazyMemberParts } from './lazy-member-parts.ts'
import type { MemberParts } from './member-parts.ts'
import { organizationResources } from './organization.ts'

// Each resource is built once per transport, on first use. Plain functions (no top-level calls)
// so that bundlers drop every accessor a page does not import.
const built = new WeakMap<MyOrgTransport, Map<unknown, unknown>>()

function once<R>(transport: MyOrgTransport, build: (transport: MyOrgTransport) => R): R {
  let resources = built.get(transport)
  if (resources === undefined) {
    resources = new Map()
    built.set(transport, resources)
  }
  if (!resources.has(build)) {
    resources.set(build, build(transport))
  }
  return resources.get(build) as R
}

const orgParts = (transport: MyOrgTransport) => organizationResources(transport.call)
const domains = (transport: MyOrgTransport) => domainResource(transport.call)
const identityProviders = (transport: MyOrgTransport) => identityProviderResource(transport.call)
// Loaded on first call: the member operations' schemas stay out of pages that don't use them.
const memberParts = (transport: MyOrgTransport): MemberParts =>
  lazyMemberParts(() =>
    import('./member-parts.ts').then((module) =>
      module.memberParts(transport.call, transport.check),
    ),
  )

type T = MyOrgTransport
type Client = MyOrgClient

/** `organization`: deleting the organization itself. */
export const organizationOf = (t: T): Client['organization'] => once(t, orgParts).organization
/** `details`: the organization's name, display name and branding. */
export const detailsOf = (t: T): Client['details'] => once(t, orgParts).details
/** `configuration`: what the tenant allows this organization. */
export const configurationOf = (t: T): Client['configuration'] => once(t, orgParts).configuration
/** `domains`: the organization's email domains. */
export const domainsOf = (t: T): Client['domains'] => once(t, domains)
/** `identityProviders`: SSO connections, their domains and SCIM provisioning. */
export const identityProvidersOf = (t: T): Client['identityProviders'] => once(t, identityProviders)
/** `members`: the organization's members and their roles. */
export const membersOf = (t: T): Client['members'] => once(t, memberParts).members
/** `invitations`: invitations to join the organization. */
export const invitationsOf = (t: T): Client['invitations'] => once(t, memberParts).invitations
/** `roles`: the roles members and invitations can be given. */
export const rolesOf = (t: T): Client['roles'] => once(t, memberParts).roles

/** Every resource on one object: what `createMyOrgClient` returns. */
export function clientOf(transport: MyOrgTransport): MyOrgClient {
  return {
    ...transport,
    ...once(transport, orgParts),
    domains: domainsOf(transport),
    identityProviders: identityProvidersOf(transport),
    ...once(transport, memberParts),
  }
}
