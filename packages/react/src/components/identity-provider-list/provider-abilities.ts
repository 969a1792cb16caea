import {
  type IdentityProvider,
  type IdentityProviderListItem,
  type IdpStrategy,
  type OperationName,
  type OrganizationAccessLevel,
  isFullIdentityProvider,
} from '@myorg-kit/client'

/** What the organization admin may do with a provider, by access level and scope. */
export interface ProviderAbilities {
  toggle: boolean
  edit: boolean
  refresh: boolean
  domains: boolean
  provisioning: boolean
  detach: boolean
  delete: boolean
}

/**
 * How the list can show a provider:
 * - `known`: its full configuration, of a strategy the kit knows;
 * - `managed`: the minimal shape the API returns for access level `none` (the tenant
 *   administrator manages it);
 * - `unknown`: a provider of a type the kit does not know (the client could not read its
 *   configuration), shown read-only with its name and state.
 */
export type ProviderKind =
  | { kind: 'known'; idp: IdentityProvider; level: OrganizationAccessLevel }
  | { kind: 'managed'; level: 'none' }
  | { kind: 'unknown'; level: OrganizationAccessLevel }

const knownStrategies: Record<IdpStrategy, true> = {
  adfs: true,
  'google-apps': true,
  oidc: true,
  okta: true,
  pingfederate: true,
  samlp: true,
  waad: true,
}

/** Whether `strategy` is one the kit can show and configure. */
export function isKnownStrategy(strategy: string): strategy is IdpStrategy {
  return Object.hasOwn(knownStrategies, strategy)
}

/** Which of the three rows `item` gets (see {@link ProviderKind}). */
export function providerKindOf(item: IdentityProviderListItem): ProviderKind {
  const level: OrganizationAccessLevel = item.access_level ?? 'full'
  if (isFullIdentityProvider(item) && isKnownStrategy(item.strategy)) {
    return { kind: 'known', idp: item, level }
  }
  // The API answers the minimal shape only for level `none`; any other level means the client
  // could not read the full shape, i.e. a strategy it does not know.
  return level === 'none' ? { kind: 'managed', level } : { kind: 'unknown', level }
}

const nothing: ProviderAbilities = {
  toggle: false,
  edit: false,
  refresh: false,
  domains: false,
  provisioning: false,
  detach: false,
  delete: false,
}

/**
 * The actions the API allows on `item`, given the token's scopes: `full` allows everything,
 * `limited` the switch, edit and refresh, `readonly` and `none` nothing. A provider of an unknown
 * type allows nothing here, whatever its level.
 */
export function providerAbilities(
  item: IdentityProviderListItem,
  can: (operation: OperationName) => boolean,
  readOnly: boolean,
): ProviderAbilities {
  const provider = providerKindOf(item)
  if (readOnly || provider.kind !== 'known') {
    return nothing
  }
  const full = provider.level === 'full'
  const fullOrLimited = full || provider.level === 'limited'
  return {
    toggle: fullOrLimited && can('updateIdentityProvider'),
    edit: fullOrLimited && can('updateIdentityProvider'),
    refresh:
      fullOrLimited &&
      can('refreshIdentityProviderAttributes') &&
      Array.isArray(provider.idp.attributes),
    domains: full && (can('addIdentityProviderDomain') || can('removeIdentityProviderDomain')),
    provisioning: full && can('getProvisioning'),
    detach: full && can('detachIdentityProvider'),
    delete: full && can('deleteIdentityProvider'),
  }
}
