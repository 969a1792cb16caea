'use client'

import { type IdentityProvider, identityProvidersOf } from '@myorg-kit/client'
import { mutationOptions } from '@tanstack/react-query'

import { type MyOrgQueryContext } from '../provider/my-org-context.ts'
import {
  type IdentityProviderListsSnapshot,
  patchIdentityProviderInLists,
  restoreIdentityProviderLists,
  snapshotIdentityProviderLists,
  writeIdentityProvider,
} from './identity-providers.cache.ts'
import { myOrgMutationHook } from './use-my-org-mutation.ts'
import { myOrgKeys } from './query-keys.ts'

/** Variables of the enable/disable mutation. */
export interface SetIdentityProviderEnabledVariables {
  idpId: string
  enabled: boolean
}

/**
 * `PATCH /identity-providers/{id}` with `is_enabled` only, optimistic: the cached lists show the
 * new state at once (in-flight list reads are cancelled first), a failure puts the snapshot back,
 * and a success writes the response into the provider and the lists (no refetch).
 */
export function setIdentityProviderEnabledMutationOptions(ctx: MyOrgQueryContext) {
  return mutationOptions<
    IdentityProvider,
    Error,
    SetIdentityProviderEnabledVariables,
    { snapshot: IdentityProviderListsSnapshot }
  >({
    mutationKey: [...myOrgKeys.all(ctx.keyScope), 'setIdentityProviderEnabled'],
    mutationFn: ({ idpId, enabled }) =>
      identityProvidersOf(ctx.client).update(idpId, { is_enabled: enabled }),
    onMutate: async ({ idpId, enabled }, { client }) => {
      await client.cancelQueries({ queryKey: myOrgKeys.identityProviderLists(ctx.keyScope) })
      const snapshot = snapshotIdentityProviderLists(client, ctx.keyScope)
      patchIdentityProviderInLists(client, ctx.keyScope, idpId, (item) => ({
        ...item,
        is_enabled: enabled,
      }))
      return { snapshot }
    },
    onError: (_error, _variables, onMutateResult, { client }) => {
      restoreIdentityProviderLists(client, onMutateResult?.snapshot)
    },
    onSuccess: (idp, { idpId }, _result, { client }) => {
      writeIdentityProvider(client, ctx.keyScope, idpId, idp)
    },
  })
}

/**
 * Turns an identity provider on or off; `mutate({ idpId, enabled })`. Optimistic: the lists show
 * the new state at once and are put back if the request fails.
 */
export const useSetIdentityProviderEnabled = myOrgMutationHook(
  setIdentityProviderEnabledMutationOptions,
)
