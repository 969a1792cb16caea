/** Cursor paging shared by the kit's paged lists (`from` = the previous page's `next`). */

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
