/**
 * React Query's `queryOptions` and `infiniteQueryOptions`, with their results spelled in React
 * Query's long-standing public types. Our factories are public, so their inferred types end up
 * in the published declarations: React Query 5.105 infers `QueryKeyWithDataTag` there, a type
 * that 5.89 (the lowest React Query our peer range allows) does not have, so a host on it got
 * type errors from our `.d.ts` files. These wrappers keep what hosts rely on (the key carries
 * the data type, so `getQueryData` and `useQuery` infer it) and name nothing newer.
 */
import {
  type DataTag,
  type InfiniteData,
  type QueryKey,
  type UseInfiniteQueryOptions,
  type UndefinedInitialDataOptions,
  type UseQueryOptions,
  infiniteQueryOptions,
  queryOptions,
} from '@tanstack/react-query'

/** What a kit query-options factory returns: options whose key carries the data's type. */
export type KitQueryOptions<TData, TKey extends QueryKey> = UseQueryOptions<
  TData,
  Error,
  TData,
  TKey
> & { queryKey: DataTag<TKey, TData, Error> }

/** What a kit infinite-query-options factory returns: pages of `TPage`, cursors of `TParam`. */
export type KitInfiniteQueryOptions<TPage, TKey extends QueryKey, TParam> = UseInfiniteQueryOptions<
  TPage,
  Error,
  InfiniteData<TPage, TParam>,
  TKey,
  TParam
> & { queryKey: DataTag<TKey, InfiniteData<TPage>, Error> }

/** `queryOptions`, typed as {@link KitQueryOptions}. */
export function kitQueryOptions<TData, TKey extends QueryKey>(
  options: UndefinedInitialDataOptions<TData, Error, TData, TKey>,
): KitQueryOptions<TData, TKey> {
  return queryOptions(options)
}

/** `infiniteQueryOptions`, typed as {@link KitInfiniteQueryOptions}. */
export function kitInfiniteQueryOptions<TPage, TKey extends QueryKey, TParam>(
  options: UseInfiniteQueryOptions<TPage, Error, InfiniteData<TPage, TParam>, TKey, TParam>,
): KitInfiniteQueryOptions<TPage, TKey, TParam> {
  return infiniteQueryOptions(options)
}
