'use client'

import {
  type CreateIdentityProviderRequest,
  type IdentityProvider,
  type IdentityProviderListItem,
  type IdpStrategy,
  type MyOrgCheckedList,
  type UpdateIdentityProviderRequest,
  identityProvidersOf,
} from '@myorg-kit/client'
import { type QueryClient, type UseQueryResult, mutationOptions } from '@tanstack/react-query'

import type { MyOrgQueryContext } from '../provider/my-org-context.ts'
import { kitQueryOptions } from './kit-query-options.ts'
import { type MyOrgQueryHookOptions, withoutResult } from './hook-options.ts'
import {
  afterDomainLinksChanged,
  fromLoadedLists,
  removeIdentityProvider,
  writeIdentityProvider,
} from './identity-providers.cache.ts'
import { sensitiveMutationMeta } from './sensitive-mutations.ts'
import { myOrgMutationHook } from './use-my-org-mutation.ts'
import { useMyOrgQuery } from './use-my-org-query.ts'
import { type IdentityProviderListParams, myOrgKeys } from './query-keys.ts'

/** `GET /identity-providers` (not paginated). */
export function identityProvidersQueryOptions(
  ctx: MyOrgQueryContext,
  params: IdentityProviderListParams = {},
) {
  return kitQueryOptions({
    queryKey: myOrgKeys.identityProviderList(ctx.keyScope, params),
    queryFn: ({ signal }): Promise<MyOrgCheckedList<IdentityProviderListItem>> =>
      identityProvidersOf(ctx.client).list({
        signal,
        ...(params.memberAccessLevel ? { memberAccessLevel: [...params.memberAccessLevel] } : {}),
      }),
  })
}

/**
 * `GET /identity-providers/{id}`. Given the QueryClient, it starts from a loaded list's copy
 * when there is one (and refetches only once that copy is stale).
 */
export function identityProviderQueryOptions(
  ctx: MyOrgQueryContext & { queryClient?: QueryClient },
  idpId: string,
) {
  return kitQueryOptions({
    queryKey: myOrgKeys.identityProvider(ctx.keyScope, idpId),
    queryFn: ({ signal }): Promise<IdentityProvider> =>
      identityProvidersOf(ctx.client).get(idpId, { signal }),
    initialData: () => fromLoadedLists(ctx.queryClient, ctx.keyScope, idpId)?.data,
    initialDataUpdatedAt: () => fromLoadedLists(ctx.queryClient, ctx.keyScope, idpId)?.updatedAt,
  })
}

/**
 * `POST /identity-providers`: stores the new provider, invalidates the lists (where it sorts is
 * the API's to say) and, when the body linked domains, the domain→IdP links. Marked sensitive
 * (the body can hold a client secret): see `purgeSensitiveMutations`.
 */
export function createIdentityProviderMutationOptions(ctx: MyOrgQueryContext) {
  return mutationOptions<IdentityProvider, Error, CreateIdentityProviderRequest>({
    mutationKey: [...myOrgKeys.all(ctx.keyScope), 'createIdentityProvider'],
    meta: sensitiveMutationMeta,
    mutationFn: (body) => identityProvidersOf(ctx.client).create(body),
    onSuccess: async (idp, body, _result, { client }) => {
      if (idp.id) {
        client.setQueryData(myOrgKeys.identityProvider(ctx.keyScope, idp.id), idp)
      }
      await Promise.all([
        client.invalidateQueries({ queryKey: myOrgKeys.identityProviderLists(ctx.keyScope) }),
        body.domains?.length
          ? client.invalidateQueries({
              queryKey: myOrgKeys.domainIdentityProvidersAll(ctx.keyScope),
            })
          : undefined,
      ])
    },
  })
}

/** Variables of the update mutation. */
export interface UpdateIdentityProviderVariables {
  idpId: string
  body: UpdateIdentityProviderRequest
  /** Needed when `body.options` is set, to check the options against the strategy. */
  strategy?: IdpStrategy
}

/**
 * `PATCH /identity-providers/{id}`: writes the answer into the provider, the lists and the
 * domain→IdP links (no refetch). Marked sensitive (the body can hold a client secret): see
 * `purgeSensitiveMutations`.
 */
export function updateIdentityProviderMutationOptions(ctx: MyOrgQueryContext) {
  return mutationOptions<IdentityProvider, Error, UpdateIdentityProviderVariables>({
    mutationKey: [...myOrgKeys.all(ctx.keyScope), 'updateIdentityProvider'],
    meta: sensitiveMutationMeta,
    mutationFn: ({ idpId, body, strategy }) =>
      identityProvidersOf(ctx.client).update(idpId, body, strategy ? { strategy } : {}),
    onSuccess: (idp, { idpId }, _result, { client }) => {
      writeIdentityProvider(client, ctx.keyScope, idpId, idp)
    },
  })
}

/** Delete and detach both take the provider out of the organization: forgets it, no refetch. */
function forgetIdentityProviderMutationOptions(
  ctx: MyOrgQueryContext,
  action: 'delete' | 'detach',
) {
  return mutationOptions<undefined, Error, string>({
    mutationKey: [...myOrgKeys.all(ctx.keyScope), `${action}IdentityProvider`],
    mutationFn: async (idpId) => {
      await identityProvidersOf(ctx.client)[action](idpId)
      return undefined
    },
    onSuccess: (_data, idpId, _result, { client }) => {
      removeIdentityProvider(client, ctx.keyScope, idpId)
    },
  })
}

/** `DELETE /identity-providers/{id}` (deletes the connection): forgets it, no refetch. */
export function deleteIdentityProviderMutationOptions(ctx: MyOrgQueryContext) {
  return forgetIdentityProviderMutationOptions(ctx, 'delete')
}

/** `POST /identity-providers/{id}/detach` (removes it from the organization only): forgets it. */
export function detachIdentityProviderMutationOptions(ctx: MyOrgQueryContext) {
  return forgetIdentityProviderMutationOptions(ctx, 'detach')
}

/**
 * `PUT /identity-providers/{id}/update-attributes`: re-reads the attribute mapping; the answer
 * is written into the provider and the lists.
 */
export function refreshIdentityProviderAttributesMutationOptions(ctx: MyOrgQueryContext) {
  return mutationOptions<IdentityProvider, Error, string>({
    mutationKey: [...myOrgKeys.all(ctx.keyScope), 'refreshIdentityProviderAttributes'],
    mutationFn: (idpId) => identityProvidersOf(ctx.client).refreshAttributes(idpId),
    onSuccess: (idp, idpId, _result, { client }) => {
      writeIdentityProvider(client, ctx.keyScope, idpId, idp)
    },
  })
}

/** Variables of the add/remove domain mutations (domain **name**, e.g. `acme.com`). */
export interface IdentityProviderDomainVariables {
  idpId: string
  domain: string
}

/**
 * `POST /identity-providers/{id}/domains`: adds the domain to the cached provider and lists, and
 * invalidates the domain→IdP links. For several domains, use `useSyncIdentityProviderDomains`.
 */
export function addIdentityProviderDomainMutationOptions(ctx: MyOrgQueryContext) {
  return mutationOptions<{ domain: string }, Error, IdentityProviderDomainVariables>({
    mutationKey: [...myOrgKeys.all(ctx.keyScope), 'addIdentityProviderDomain'],
    mutationFn: ({ idpId, domain }) => identityProvidersOf(ctx.client).domains.add(idpId, domain),
    onSuccess: async (_data, { idpId, domain }, _result, { client }) => {
      await afterDomainLinksChanged(client, ctx.keyScope, idpId, { linked: [domain], unlinked: [] })
    },
  })
}

/** `DELETE /identity-providers/{id}/domains/{domain}`: the same, the other way. */
export function removeIdentityProviderDomainMutationOptions(ctx: MyOrgQueryContext) {
  return mutationOptions<undefined, Error, IdentityProviderDomainVariables>({
    mutationKey: [...myOrgKeys.all(ctx.keyScope), 'removeIdentityProviderDomain'],
    mutationFn: ({ idpId, domain }) =>
      withoutResult(identityProvidersOf(ctx.client).domains.remove(idpId, domain)),
    onSuccess: async (_data, { idpId, domain }, _result, { client }) => {
      await afterDomainLinksChanged(client, ctx.keyScope, idpId, { linked: [], unlinked: [domain] })
    },
  })
}

/** Options of {@link useIdentityProviders}. */
export interface UseIdentityProvidersOptions extends MyOrgQueryHookOptions {
  /** Only providers with these access levels. @default all */
  memberAccessLevel?: IdentityProviderListParams['memberAccessLevel']
}

/**
 * The organization's identity providers (full and minimal items; see `isFullIdentityProvider`).
 * `skipped` on the array counts the providers the API sent malformed.
 */
export function useIdentityProviders(
  options?: UseIdentityProvidersOptions,
): UseQueryResult<MyOrgCheckedList<IdentityProviderListItem>> {
  const params: IdentityProviderListParams = options?.memberAccessLevel
    ? { memberAccessLevel: options.memberAccessLevel }
    : {}
  return useMyOrgQuery((ctx) => identityProvidersQueryOptions(ctx, params), options)
}

/** One identity provider, with its options and attribute mapping. */
export function useIdentityProvider(
  idpId: string,
  options?: MyOrgQueryHookOptions,
): UseQueryResult<IdentityProvider> {
  return useMyOrgQuery((ctx) => identityProviderQueryOptions(ctx, idpId), options)
}

/** Creates an identity provider. Never retried (a retried POST could create two). */
export const useCreateIdentityProvider = myOrgMutationHook(createIdentityProviderMutationOptions)

/** Updates an identity provider; `mutate({ idpId, body, strategy? })`. */
export const useUpdateIdentityProvider = myOrgMutationHook(updateIdentityProviderMutationOptions)

/** Deletes an identity provider (the connection itself); `mutate(idpId)`. */
export const useDeleteIdentityProvider = myOrgMutationHook(deleteIdentityProviderMutationOptions)

/** Detaches an identity provider from the organization; `mutate(idpId)`. */
export const useDetachIdentityProvider = myOrgMutationHook(detachIdentityProviderMutationOptions)

/** Refreshes an identity provider's attribute mapping; `mutate(idpId)`. */
export const useRefreshIdentityProviderAttributes = myOrgMutationHook(
  refreshIdentityProviderAttributesMutationOptions,
)

/** Links a verified domain to an identity provider; `mutate({ idpId, domain })`. */
export const useAddIdentityProviderDomain = myOrgMutationHook(
  addIdentityProviderDomainMutationOptions,
)

/** Unlinks a domain from an identity provider; `mutate({ idpId, domain })`. */
export const useRemoveIdentityProviderDomain = myOrgMutationHook(
  removeIdentityProviderDomainMutationOptions,
)
