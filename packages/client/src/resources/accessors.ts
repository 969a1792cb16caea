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

const organizationParts = (transport: MyOrgTransport) => organizationResources(transport.call)
const domains = (transport: MyOrgTransport) => domainResource(transport.call)
const identityProviders = (transport: MyOrgTransport) => identityProviderResource(transport.call)
// Loaded on first call: the member operations' schemas stay out of pages that don't use them.
const memberParts = (transport: MyOrgTransport): MemberParts =>
  lazyMemberParts(() =>
    import('./member-parts.ts').then((module) =>
      module.memberParts(transport.call, transport.check),
    ),
  )

/** `organization`: deleting the organization itself. */
export function organizationOf(transport: MyOrgTransport): MyOrgClient['organization'] {
  return once(transport, organizationParts).organization
}
/** `details`: the organization's name, display name and branding. */
export function detailsOf(transport: MyOrgTransport): MyOrgClient['details'] {
  return once(transport, organizationParts).details
}
/** `configuration`: what the tenant allows this organization. */
export function configurationOf(transport: MyOrgTransport): MyOrgClient['configuration'] {
  return once(transport, organizationParts).configuration
}
/** `domains`: the organization's email domains. */
export function domainsOf(transport: MyOrgTransport): MyOrgClient['domains'] {
  return once(transport, domains)
}
/** `identityProviders`: SSO connections, their domains and SCIM provisioning. */
export function identityProvidersOf(transport: MyOrgTransport): MyOrgClient['identityProviders'] {
  return once(transport, identityProviders)
}
/** `members`: the organization's members and their roles. */
export function membersOf(transport: MyOrgTransport): MyOrgClient['members'] {
  return once(transport, memberParts).members
}
/** `invitations`: invitations to join the organization. */
export function invitationsOf(transport: MyOrgTransport): MyOrgClient['invitations'] {
  return once(transport, memberParts).invitations
}
/** `roles`: the roles members and invitations can be given. */
export function rolesOf(transport: MyOrgTransport): MyOrgClient['roles'] {
  return once(transport, memberParts).roles
}

/** Every resource on one object: what `createMyOrgClient` returns. */
export function clientOf(transport: MyOrgTransport): MyOrgClient {
  return {
    ...transport,
    ...once(transport, organizationParts),
    domains: domainsOf(transport),
    identityProviders: identityProvidersOf(transport),
    ...once(transport, memberParts),
  }
}
