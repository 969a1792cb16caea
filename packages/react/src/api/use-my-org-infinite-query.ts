'use client'

import {
  type InfiniteData,
  type QueryKey,
  type UseInfiniteQueryOptions,
  type UseInfiniteQueryResult,
  useInfiniteQuery,
} from '@tanstack/react-query'

import { type MyOrgQueryContext, useMyOrgReady } from '../provider/my-org-context.ts'
import { type MyOrgQueryHookOptions, isEnabled, passThrough } from './hook-options.ts'

/** The loaded pages of a cursor-paged list. */
export type CursorPages<TPage> = InfiniteData<TPage, string | undefined>

/**
 * The body every paged list hook shares: the kit's infinite query options for this provider,
 * the host's options on top, `select` to flatten the pages, enabled only once the session has
 * a token, on the provider's QueryClient.
 */
export function useMyOrgInfiniteQuery<TPage, TData, TKey extends QueryKey>(
  createOptions: (
    ctx: MyOrgQueryContext,
  ) => UseInfiniteQueryOptions<TPage, Error, InfiniteData<TPage>, TKey, string | undefined>,
  select: (data: CursorPages<TPage>) => TData,
  options: MyOrgQueryHookOptions | undefined,
): UseInfiniteQueryResult<TData> {
  const ctx = useMyOrgReady()
  return useInfiniteQuery(
    {
      ...createOptions(ctx),
      ...passThrough(options),
      select,
      enabled: isEnabled(ctx.ready, options),
    },
    ctx.queryClient,
  )
}
