'use client'

import { type UseMutationOptions, type UseMutationResult, useMutation } from '@tanstack/react-query'

import { type MyOrgQueryContext, useMyOrgReady } from '../provider/my-org-context.ts'
import { type MyOrgMutationHookOptions, withHostCallbacks } from './hook-options.ts'

/**
 * The body every mutation hook shares: the kit's mutation options for this provider, the host's
 * callbacks layered on top, never retried, on the provider's QueryClient.
 */
export function useMyOrgMutation<TData, TVariables, TOnMutateResult = unknown>(
  createOptions: (
    ctx: MyOrgQueryContext,
  ) => UseMutationOptions<TData, Error, TVariables, TOnMutateResult>,
  options: MyOrgMutationHookOptions<TData, TVariables> | undefined,
): UseMutationResult<TData, Error, TVariables, TOnMutateResult> {
  const ctx = useMyOrgReady()
  return useMutation(withHostCallbacks(createOptions(ctx), options), ctx.queryClient)
}

/**
 * A kit mutation hook made from its options factory: `useX(options?)` runs
 * {@link useMyOrgMutation} with the host's callbacks. Each hook is one line where it is declared.
 * Marked free of side effects, so bundlers drop the hooks a host does not import.
 */
/* @__NO_SIDE_EFFECTS__ */
export function myOrgMutationHook<TData, TVariables, TOnMutateResult = unknown>(
  createOptions: (
    ctx: MyOrgQueryContext,
  ) => UseMutationOptions<TData, Error, TVariables, TOnMutateResult>,
): (
  options?: MyOrgMutationHookOptions<TData, TVariables>,
) => UseMutationResult<TData, Error, TVariables> {
  return function useKitMutation(options) {
    return useMyOrgMutation(createOptions, options)
  }
}
