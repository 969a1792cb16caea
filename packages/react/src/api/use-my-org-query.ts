'use client'

import {
  type QueryClient,
  type QueryKey,
  type UseQueryOptions,
  type UseQueryResult,
  useQuery,
} from '@tanstack/react-query'

import { type MyOrgQueryContext, useMyOrgReady } from '../provider/my-org-context.ts'
import { type MyOrgQueryHookOptions, isEnabled, passThrough } from './hook-options.ts'

/**
 * The body every query hook shares: the kit's query options for this provider, the host's
 * options on top, enabled only once the session has a token, on the provider's QueryClient.
 */
export function useMyOrgQuery<TQueryFnData, TData = TQueryFnData, TKey extends QueryKey = QueryKey>(
  createOptions: (
    ctx: MyOrgQueryContext & { queryClient: QueryClient },
  ) => UseQueryOptions<TQueryFnData, Error, TData, TKey>,
  options: MyOrgQueryHookOptions | undefined,
): UseQueryResult<TData> {
  const ctx = useMyOrgReady()
  return useQuery(
    { ...createOptions(ctx), ...passThrough(options), enabled: isEnabled(ctx.ready, options) },
    ctx.queryClient,
  )
}
