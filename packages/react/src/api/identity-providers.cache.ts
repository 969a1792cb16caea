/**
 * Cache writes for identity providers. A write whose response carries the new state puts it
 * into every cached copy (the provider, the lists, the domain→IdP links) instead of refetching
 * them: one request per write.
 */
import {
  type DomainIdentityProvider,
  type IdentityProvider,
  type IdentityProviderListItem,
  type MyOrgCheckedList,
  isFullIdentityProvider,
} from '@myorg-kit/client'
import type { QueryClient, QueryKey } from '@tanstack/react-query'

import { withItems } from './checked-list.ts'
import { cachedDomainIds } from './domains.cache.ts'
import { type MyOrgKeyScope, myOrgKeys } from './query-keys.ts'

/** Every cached list of identity providers, as `[key, items]` (for a rollback). */
export type IdentityProviderListsSnapshot = [QueryKey, IdentityProviderListItem[] | undefined][]

/**
 * The provider as a loaded list already has it. The list returns the same full body as
 * `GET /identity-providers/{id}` (minimal items, access level `none`, are skipped), so a screen
 * opened from the list need not ask again.
 */
export function fromLoadedLists(
  queryClient: QueryClient | undefined,
  scope: MyOrgKeyScope,
  idpId: string,
): { data: IdentityProvider; updatedAt: number } | undefined {
  const lists =
    queryClient?.getQueriesData<IdentityProviderListItem[]>({
      queryKey: myOrgKeys.identityProviderLists(scope),
    }) ?? []
  for (const [key, items] of lists) {
    const found = items?.find(
      (item): item is IdentityProvider => isFullIdentityProvider(item) && item.id === idpId,
    )
    if (found) {
      return { data: found, updatedAt: queryClient?.getQueryState(key)?.dataUpdatedAt ?? 0 }
    }
  }
  return undefined
}

/** Replaces the provider `idpId` in every cached list with `patch(item)`. */
export function patchIdentityProviderInLists(
  client: QueryClient,
  scope: MyOrgKeyScope,
  idpId: string,
  patch: (item: IdentityProviderListItem) => IdentityProviderListItem,
): void {
  client.setQueriesData<MyOrgCheckedList<IdentityProviderListItem>>(
    { queryKey: myOrgKeys.identityProviderLists(scope) },
    (items) =>
      withItems(
        items,
        items?.map((item) => (item.id === idpId ? patch(item) : item)),
      ),
  )
}

/** Takes every cached list, to restore them with {@link restoreIdentityProviderLists}. */
export function snapshotIdentityProviderLists(
  client: QueryClient,
  scope: MyOrgKeyScope,
): IdentityProviderListsSnapshot {
  return client.getQueriesData<IdentityProviderListItem[]>({
    queryKey: myOrgKeys.identityProviderLists(scope),
  })
}

/** Puts back the lists a snapshot holds. */
export function restoreIdentityProviderLists(
  client: QueryClient,
  snapshot: IdentityProviderListsSnapshot | undefined,
): void {
  for (const [key, items] of snapshot ?? []) {
    client.setQueryData(key, items)
  }
}

/**
 * Writes a provider the API just returned into the provider's query, every list holding it and
 * every domain→IdP link naming it. Nothing is refetched.
 */
export function writeIdentityProvider(
  client: QueryClient,
  scope: MyOrgKeyScope,
  idpId: string,
  idp: IdentityProvider,
): void {
  client.setQueryData(myOrgKeys.identityProvider(scope, idpId), idp)
  patchIdentityProviderInLists(client, scope, idpId, (item) => ({ ...item, ...idp }))
  client.setQueriesData<DomainIdentityProvider[]>(
    { queryKey: myOrgKeys.domainIdentityProvidersAll(scope) },
    (links) =>
      links?.map((link) =>
        link.id === idpId
          ? { ...link, name: idp.name ?? link.name, display_name: idp.display_name }
          : link,
      ),
  )
}

/** Domain names linked to and unlinked from one provider. */
export interface DomainLinkChanges {
  linked: readonly string[]
  unlinked: readonly string[]
}

/** Applies known link changes to the provider's `domains` in its query and every list. */
export function patchIdentityProviderDomains(
  client: QueryClient,
  scope: MyOrgKeyScope,
  idpId: string,
  { linked, unlinked }: DomainLinkChanges,
): void {
  const apply = <T extends IdentityProviderListItem>(item: T): T => {
    if (!isFullIdentityProvider(item)) {
      return item
    }
    const kept = (item.domains ?? []).filter((domain) => !unlinked.includes(domain))
    return { ...item, domains: [...kept, ...linked.filter((domain) => !kept.includes(domain))] }
  }
  client.setQueryData<IdentityProvider>(
    myOrgKeys.identityProvider(scope, idpId),
    (idp) => idp && apply(idp),
  )
  patchIdentityProviderInLists(client, scope, idpId, apply)
}

/**
 * After one link change the API confirmed: applied to the cached provider and lists, and the
 * domain→IdP links invalidated. No provider refetch.
 */
export async function afterDomainLinksChanged(
  client: QueryClient,
  scope: MyOrgKeyScope,
  idpId: string,
  changes: DomainLinkChanges,
): Promise<void> {
  patchIdentityProviderDomains(client, scope, idpId, changes)
  await invalidateDomainLinks(client, scope, changes)
}

/**
 * Invalidates the domain→IdP links of the changed domains only, when their ids are known from a
 * loaded copy; else every domain's links.
 */
export async function invalidateDomainLinks(
  client: QueryClient,
  scope: MyOrgKeyScope,
  { linked, unlinked }: DomainLinkChanges,
): Promise<void> {
  const ids = cachedDomainIds(client, scope, [...linked, ...unlinked])
  await client.invalidateQueries({
    queryKey: myOrgKeys.domainIdentityProvidersAll(scope),
    ...(ids
      ? { predicate: (query) => ids.has(String(query.queryKey[query.queryKey.length - 1])) }
      : {}),
  })
}

/**
 * Forgets a deleted or detached provider: its queries (provisioning and SCIM tokens included)
 * go, and it leaves every list and every domain→IdP link. Nothing is refetched.
 */
export function removeIdentityProvider(
  client: QueryClient,
  scope: MyOrgKeyScope,
  idpId: string,
): void {
  client.removeQueries({ queryKey: myOrgKeys.identityProvider(scope, idpId) })
  client.setQueriesData<MyOrgCheckedList<IdentityProviderListItem>>(
    { queryKey: myOrgKeys.identityProviderLists(scope) },
    (items) =>
      withItems(
        items,
        items?.filter((item) => item.id !== idpId),
      ),
  )
  client.setQueriesData<DomainIdentityProvider[]>(
    { queryKey: myOrgKeys.domainIdentityProvidersAll(scope) },
    (links) => links?.filter((link) => link.id !== idpId),
  )
}

/**
 * A deleted domain is unlinked from every provider by the API: drops it from the `domains` of
 * the providers in the cached lists (and their own queries).
 */
export function unlinkDeletedDomain(
  client: QueryClient,
  scope: MyOrgKeyScope,
  domainName: string,
): void {
  const holders = new Set<string>()
  for (const [, items] of snapshotIdentityProviderLists(client, scope)) {
    for (const item of items ?? []) {
      if (isFullIdentityProvider(item) && item.id && item.domains?.includes(domainName)) {
        holders.add(item.id)
      }
    }
  }
  for (const idpId of holders) {
    patchIdentityProviderDomains(client, scope, idpId, { linked: [], unlinked: [domainName] })
  }
}
