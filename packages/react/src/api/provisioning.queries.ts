'use client'

import { type ProvisioningConfig, identityProvidersOf } from '@myorg-kit/client'
import { type UseQueryResult, mutationOptions } from '@tanstack/react-query'

import { type MyOrgQueryContext } from '../provider/my-org-context.ts'
import { kitQueryOptions } from './kit-query-options.ts'
import { type MyOrgQueryHookOptions, withoutResult } from './hook-options.ts'
import { myOrgMutationHook } from './use-my-org-mutation.ts'
import { useMyOrgQuery } from './use-my-org-query.ts'
import { nullWhenNotConfigured } from './organization.queries.ts'
import { myOrgKeys } from './query-keys.ts'

/** `GET …/provisioning`. A 404 means "not set up" and resolves to `null`. */
export function provisioningQueryOptions(ctx: MyOrgQueryContext, idpId: string) {
  return kitQueryOptions({
    queryKey: myOrgKeys.provisioning(ctx.keyScope, idpId),
    queryFn: ({ signal }): Promise<ProvisioningConfig | null> =>
      nullWhenNotConfigured(identityProvidersOf(ctx.client).provisioning.get(idpId, { signal })),
  })
}

/** Create and refresh both answer with the configuration: it is stored, no refetch. */
function storeProvisioningMutationOptions(
  ctx: MyOrgQueryContext,
  action: 'create' | 'refreshAttributes',
) {
  return mutationOptions<ProvisioningConfig, Error, string>({
    mutationKey: [
      ...myOrgKeys.all(ctx.keyScope),
      action === 'create' ? 'createProvisioning' : 'refreshProvisioningAttributes',
    ],
    mutationFn: (idpId) => identityProvidersOf(ctx.client).provisioning[action](idpId),
    onSuccess: (config, idpId, _result, { client }) => {
      client.setQueryData(myOrgKeys.provisioning(ctx.keyScope, idpId), config)
    },
  })
}

/** `POST …/provisioning`: stores the new configuration. No refetch. */
export function createProvisioningMutationOptions(ctx: MyOrgQueryContext) {
  return storeProvisioningMutationOptions(ctx, 'create')
}

/** `DELETE …/provisioning`: provisioning becomes `null`; its SCIM tokens are gone too. */
export function deleteProvisioningMutationOptions(ctx: MyOrgQueryContext) {
  return mutationOptions<undefined, Error, string>({
    mutationKey: [...myOrgKeys.all(ctx.keyScope), 'deleteProvisioning'],
    mutationFn: (idpId) =>
      withoutResult(identityProvidersOf(ctx.client).provisioning.delete(idpId)),
    onSuccess: (_data, idpId, _result, { client }) => {
      client.removeQueries({ queryKey: myOrgKeys.scimTokens(ctx.keyScope, idpId) })
      client.setQueryData(myOrgKeys.provisioning(ctx.keyScope, idpId), null)
    },
  })
}

/** `PUT …/provisioning/update-attributes`: re-reads the provisioning attribute mapping. */
export function refreshProvisioningAttributesMutationOptions(ctx: MyOrgQueryContext) {
  return storeProvisioningMutationOptions(ctx, 'refreshAttributes')
}

/** An identity provider's SCIM provisioning; `data` is `null` when it is not set up. */
export function useProvisioning(
  idpId: string,
  options?: MyOrgQueryHookOptions,
): UseQueryResult<ProvisioningConfig | null> {
  return useMyOrgQuery((ctx) => provisioningQueryOptions(ctx, idpId), options)
}

/** Sets up SCIM provisioning; `mutate(idpId)`. */
export const useCreateProvisioning = myOrgMutationHook(createProvisioningMutationOptions)

/** Turns SCIM provisioning off; `mutate(idpId)`. */
export const useDeleteProvisioning = myOrgMutationHook(deleteProvisioningMutationOptions)

/** Refreshes the provisioning attribute mapping; `mutate(idpId)`. */
export const useRefreshProvisioningAttributes = myOrgMutationHook(
  refreshProvisioningAttributesMutationOptions,
)
