'use client'

import {
  type CreateScimTokenRequest,
  type MyOrgCheckedList,
  type ScimToken,
  identityProvidersOf,
} from '@myorg-kit/client'
import { type UseMutationResult, type UseQueryResult, mutationOptions } from '@tanstack/react-query'
import { useCallback, useState } from 'react'

import { type MyOrgQueryContext } from '../provider/my-org-context.ts'
import { kitQueryOptions } from './kit-query-options.ts'
import { withItems } from './checked-list.ts'
import {
  type MyOrgMutationHookOptions,
  type MyOrgQueryHookOptions,
  withoutResult,
} from './hook-options.ts'
import { SecretHandOff } from './secret-hand-off.ts'
import { sensitiveMutationMeta } from './sensitive-mutations.ts'
import { myOrgMutationHook, useMyOrgMutation } from './use-my-org-mutation.ts'
import { useMyOrgQuery } from './use-my-org-query.ts'
import { myOrgKeys } from './query-keys.ts'

/** `GET …/provisioning/scim-tokens` (no plaintext, ever). */
export function scimTokensQueryOptions(ctx: MyOrgQueryContext, idpId: string) {
  return kitQueryOptions({
    queryKey: myOrgKeys.scimTokens(ctx.keyScope, idpId),
    queryFn: ({ signal }): Promise<MyOrgCheckedList<ScimToken>> =>
      identityProvidersOf(ctx.client).provisioning.scimTokens.list(idpId, { signal }),
  })
}

/** Variables of the SCIM token create mutation. */
export interface CreateScimTokenVariables {
  idpId: string
  /** `token_lifetime` in seconds (more than 900); omit for a token that never expires. */
  body?: CreateScimTokenRequest
}

/**
 * `POST …/provisioning/scim-tokens`. The response holds the plaintext token: `mutationFn` puts it
 * into `secrets` and returns only the metadata, so the plaintext is never in the mutation's
 * `data`, its variables or the query cache. The metadata is appended to that IdP's cached token
 * list (no refetch). Marked sensitive, and dropped from the MutationCache as soon as nothing
 * observes it (`gcTime: 0`).
 *
 * @param secrets Where the plaintext goes. @default a box nobody reads (the token is discarded)
 */
export function createScimTokenMutationOptions(
  ctx: MyOrgQueryContext,
  secrets: SecretHandOff = new SecretHandOff(),
) {
  return mutationOptions<ScimToken, Error, CreateScimTokenVariables>({
    mutationKey: [...myOrgKeys.all(ctx.keyScope), 'createScimToken'],
    meta: sensitiveMutationMeta,
    gcTime: 0,
    mutationFn: async ({ idpId, body }) => {
      const { token, ...metadata } = await identityProvidersOf(
        ctx.client,
      ).provisioning.scimTokens.create(idpId, body)
      secrets.put(token)
      return metadata
    },
    onSuccess: (metadata, { idpId }, _result, { client }) => {
      client.setQueryData<MyOrgCheckedList<ScimToken>>(
        myOrgKeys.scimTokens(ctx.keyScope, idpId),
        (tokens) => withItems(tokens, tokens && [...tokens, metadata]),
      )
    },
  })
}

/** Variables of the SCIM token delete mutation. */
export interface DeleteScimTokenVariables {
  idpId: string
  tokenId: string
}

/** `DELETE …/provisioning/scim-tokens/{tokenId}`: takes it out of that IdP's cached token list. */
export function deleteScimTokenMutationOptions(ctx: MyOrgQueryContext) {
  return mutationOptions<undefined, Error, DeleteScimTokenVariables>({
    mutationKey: [...myOrgKeys.all(ctx.keyScope), 'deleteScimToken'],
    mutationFn: ({ idpId, tokenId }) =>
      withoutResult(identityProvidersOf(ctx.client).provisioning.scimTokens.delete(idpId, tokenId)),
    onSuccess: (_data, { idpId, tokenId }, _result, { client }) => {
      client.setQueryData<MyOrgCheckedList<ScimToken>>(
        myOrgKeys.scimTokens(ctx.keyScope, idpId),
        (tokens) =>
          withItems(
            tokens,
            tokens?.filter((token) => token.token_id !== tokenId),
          ),
      )
    },
  })
}

/**
 * An identity provider's SCIM tokens (ids and expiry; the plaintext is never listed). `skipped`
 * on the array counts the tokens the API sent malformed.
 */
export function useScimTokens(
  idpId: string,
  options?: MyOrgQueryHookOptions,
): UseQueryResult<MyOrgCheckedList<ScimToken>> {
  return useMyOrgQuery((ctx) => scimTokensQueryOptions(ctx, idpId), options)
}

/** What {@link useCreateScimToken} returns: the mutation (its `data` is metadata only), plus the secret. */
export type UseCreateScimTokenResult = UseMutationResult<
  ScimToken,
  Error,
  CreateScimTokenVariables
> & {
  /**
   * The plaintext token of the last successful create, **once**: the next call returns `null`.
   * Available from the mutation's `onSuccess` on.
   */
  takeSecret: () => string | null
}

/**
 * Creates a SCIM token; `mutate({ idpId, body? })`. The plaintext token is never in `data` (the
 * token's id and dates only), the variables or any cache: `takeSecret()` hands it over once, from
 * `onSuccess` on. Show it once, let the user copy it, then drop it; never log or store it.
 * `reset()` also empties the box. The new token joins that IdP's cached token list (no refetch).
 *
 * @example
 * const create = useCreateScimToken()
 * create.mutate({ idpId }, { onSuccess: () => setShown(create.takeSecret()) })
 */
export function useCreateScimToken(
  options?: MyOrgMutationHookOptions<ScimToken, CreateScimTokenVariables>,
): UseCreateScimTokenResult {
  const [secrets] = useState(() => new SecretHandOff())
  const mutation = useMyOrgMutation((ctx) => createScimTokenMutationOptions(ctx, secrets), options)
  const { reset } = mutation
  const takeSecret = useCallback(() => secrets.take(), [secrets])
  const resetAll = useCallback(() => {
    secrets.take()
    reset()
  }, [secrets, reset])
  return { ...mutation, reset: resetAll, takeSecret }
}

/** Revokes a SCIM token; `mutate({ idpId, tokenId })`. */
export const useDeleteScimToken = myOrgMutationHook(deleteScimTokenMutationOptions)
