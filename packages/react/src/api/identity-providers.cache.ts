/**
 * Cache writes for identity providers. A write whose response carries the new state puts it
 * into every cached copy (the provider, the lists, the domain→IdP links) instead of refetching
 * them: one request per write.
 */
import {
  type DomainIdentityProvider,
  type IdentityProvider,
  type IdentityProviderListItem,
  isFullIdentityProvider,
} from '@myorg-kit/client'
import type { QueryClient, QueryKey } from '@tanstack/react-query'

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
  client.setQueriesData<IdentityProviderListItem[]>(
    { queryKey: myOrgKeys.identityProviderLists(scope) },
    (items) => items?.map((item) => (item.id === idpId ? patch(item) : item)),
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
