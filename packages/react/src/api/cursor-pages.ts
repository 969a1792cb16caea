/** Cursor paging shared by the kit's paged lists (`from` = the previous page's `next`). */
import { type QueryClient, type QueryKey } from '@tanstack/react-query'

import { kitInfiniteQueryOptions } from './kit-query-options.ts'
import type { CursorPages } from './use-my-org-infinite-query.ts'

/** Default page size of the kit's paged lists. */
const LIST_PAGE_SIZE = 50
/** Default page size of the domain list. */
export const DOMAIN_PAGE_SIZE = LIST_PAGE_SIZE
/** Default page size of the member list. */
export const MEMBER_PAGE_SIZE = LIST_PAGE_SIZE
/** Default page size of the invitation list. */
export const INVITATION_PAGE_SIZE = LIST_PAGE_SIZE

/** `initialPageParam` and `getNextPageParam` of a cursor-paged infinite query. */
export const cursorPaging = {
  initialPageParam: undefined as string | undefined,
  getNextPageParam: (lastPage: { next?: string | undefined }): string | undefined =>
    lastPage.next ? lastPage.next : undefined,
}

/** The `from` parameter for a page: none for the first. */
export function fromCursor(pageParam: string | undefined): { from?: string } {
  return pageParam ? { from: pageParam } : {}
}

/** Rewrites each loaded page of every cursor-paged list under `queryKey` (no refetch). */
export function mapLoadedPages<TPage>(
  client: QueryClient,
  queryKey: QueryKey,
  map: (page: TPage) => TPage,
): void {
  client.setQueriesData<CursorPages<TPage>>({ queryKey }, (data) =>
    data ? { ...data, pages: data.pages.map(map) } : data,
  )
}

/** Rewrites one item array (`field`) of each loaded page under `queryKey` (no refetch). */
export function mapListedItems<TPage, TField extends keyof TPage>(
  client: QueryClient,
  queryKey: QueryKey,
  field: TField,
  map: (items: TPage[TField]) => TPage[TField],
): void {
  mapLoadedPages<TPage>(client, queryKey, (page) => ({ ...page, [field]: map(page[field]) }))
}

/** The page size a paged list's options take. */
export interface PageSize {
  /** Items per page (1–100). @default 50 */
  take?: number
}

/** What a cursor-paged list's page request gets: the page size, the signal, the cursor. */
export interface CursorPageRequest {
  take: number
  signal: AbortSignal
  from?: string
}

/**
 * The infinite query of a cursor-paged list: `params.take` items a page (50 by default), each
 * page from the previous one's `next`, under the key `keyFor(take)` (which holds the key scope
 * of `list`'s client).
 */
export function cursorListQueryOptions<
  TPage extends { next?: string | undefined },
  TKey extends QueryKey,
>(
  params: PageSize,
  keyFor: (take: number) => TKey,
  list: (request: CursorPageRequest) => Promise<TPage>,
) {
  const take = params.take ?? LIST_PAGE_SIZE
  return kitInfiniteQueryOptions({
    queryKey: keyFor(take),
    queryFn: ({ pageParam, signal }) => list({ take, signal, ...fromCursor(pageParam) }),
    ...cursorPaging,
  })
}
