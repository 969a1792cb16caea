'use client'

import type { CreateScimTokenRequest, CreatedScimToken, ScimToken } from '@myorg-kit/client'
import {
  type UseMutationResult,
  type UseQueryResult,
  mutationOptions,
  queryOptions,
} from '@tanstack/react-query'

import { type MyOrgQueryContext } from '../provider/my-org-context.ts'
import { type MyOrgMutationHookOptions, type MyOrgQueryHookOptions } from './hook-options.ts'
import { sensitiveMutationMeta } from './sensitive-mutations.ts'
import { useMyOrgMutation } from './use-my-org-mutation.ts'
import { useMyOrgQuery } from './use-my-org-query.ts'
import { myOrgKeys } from './query-keys.ts'

/** `GET …/provisioning/scim-tokens` (no plaintext, ever). */
export function scimTokensQueryOptions(ctx: MyOrgQueryContext, idpId: string) {
  return queryOptions({
    queryKey: myOrgKeys.scimTokens(ctx.keyScope, idpId),
    queryFn: ({ signal }): Promise<ScimToken[]> =>
      ctx.client.identityProviders.provisioning.scimTokens.list(idpId, { signal }),
  })
}

/** Variables of the SCIM token create mutation. */
export interface CreateScimTokenVariables {
  idpId: string
  /** `token_lifetime` in seconds (more than 900); omit for a token that never expires. */
  body?: CreateScimTokenRequest
}

/**
 * `POST …/provisioning/scim-tokens`. The response holds the plaintext token, so it is **never**
 * written into the query cache (only that IdP's token list is invalidated, and the list
 * endpoint has no plaintext) and the mutation is dropped from the mutation cache as soon as
 * nothing observes it (`gcTime: 0`).
 */
export function createScimTokenMutationOptions(ctx: MyOrgQueryContext) {
  return mutationOptions<CreatedScimToken, Error, CreateScimTokenVariables>({
    mutationKey: [...myOrgKeys.all(ctx.keyScope), 'createScimToken'],
    meta: sensitiveMutationMeta,
    mutationFn: ({ idpId, body }) =>
      ctx.client.identityProviders.provisioning.scimTokens.create(idpId, body),
    gcTime: 0,
    onSuccess: async (_token, { idpId }, _result, { client }) => {
      await client.invalidateQueries({ queryKey: myOrgKeys.scimTokens(ctx.keyScope, idpId) })
    },
  })
}

/** Variables of the SCIM token delete mutation. */
export interface DeleteScimTokenVariables {
  idpId: string
  tokenId: string
}

/** `DELETE …/provisioning/scim-tokens/{tokenId}`: invalidates that IdP's token list. */
export function deleteScimTokenMutationOptions(ctx: MyOrgQueryContext) {
  return mutationOptions<undefined, Error, DeleteScimTokenVariables>({
    mutationKey: [...myOrgKeys.all(ctx.keyScope), 'deleteScimToken'],
    mutationFn: ({ idpId, tokenId }) =>
      ctx.client.identityProviders.provisioning.scimTokens
        .delete(idpId, tokenId)
        .then(() => undefined),
    onSuccess: async (_data, { idpId }, _result, { client }) => {
      await client.invalidateQueries({ queryKey: myOrgKeys.scimTokens(ctx.keyScope, idpId) })
    },
  })
}

/** An identity provider's SCIM tokens (ids and expiry; the plaintext is never listed). */
export function useScimTokens(
  idpId: string,
  options?: MyOrgQueryHookOptions,
): UseQueryResult<ScimToken[]> {
  return useMyOrgQuery((ctx) => scimTokensQueryOptions(ctx, idpId), options)
}

/**
 * Creates a SCIM token; `mutate({ idpId, body? })`. `data.token` is the plaintext, shown
 * **once**: render it, let the user copy it, then call `reset()` (or unmount) so it is dropped.
 * Never log it, store it, or put it in a query cache.
 */
export function useCreateScimToken(
  options?: MyOrgMutationHookOptions<CreatedScimToken, CreateScimTokenVariables>,
): UseMutationResult<CreatedScimToken, Error, CreateScimTokenVariables> {
  return useMyOrgMutation(createScimTokenMutationOptions, options)
}

/** Revokes a SCIM token; `mutate({ idpId, tokenId })`. */
export function useDeleteScimToken(
  options?: MyOrgMutationHookOptions<undefined, DeleteScimTokenVariables>,
): UseMutationResult<undefined, Error, DeleteScimTokenVariables> {
  return useMyOrgMutation(deleteScimTokenMutationOptions, options)
}
