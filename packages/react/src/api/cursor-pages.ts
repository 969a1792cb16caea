/** Cursor paging shared by the kit's paged lists (`from` = the previous page's `next`). */
import type { QueryClient, QueryKey } from '@tanstack/react-query'

import type { CursorPages } from './use-my-org-infinite-query.ts'

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
