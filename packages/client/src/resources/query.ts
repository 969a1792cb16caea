/** The query parameters list endpoints share: cursor pages and field selection. */
import type { PageParams } from '../client-types.ts'
import type { FieldSelection } from '../member-client-types.ts'

/** `from` and `take` (50 unless given, as Auth0's SDK sends). */
export function pageQuery(params: PageParams): { from: string | undefined; take: number } {
  return { from: params.from, take: params.take ?? 50 }
}

/** `fields` (comma-separated; left out when empty) and `include_fields`. */
export function fieldsQuery(params: FieldSelection<string>): {
  fields: string | undefined
  include_fields: string | undefined
} {
  return {
    fields: params.fields && params.fields.length > 0 ? params.fields.join(',') : undefined,
    include_fields: params.includeFields === undefined ? undefined : String(params.includeFields),
  }
}

/** Every item of a cursor-paged list: page after page, each `next` passed back as `from`. */
export async function* paginate<T, P extends { next?: string | undefined }>(
  fetchPage: (from: string | undefined) => Promise<P>,
  items: (page: P) => readonly T[],
): AsyncGenerator<T> {
  let from: string | undefined
  do {
    const page = await fetchPage(from)
    yield* items(page)
    from = page.next ? page.next : undefined
  } while (from)
}

/**
 * A resource's paged `list` with its `listAll`, which walks every page with the same params
 * (`items` picks a page's items).
 */
export function pagedList<Q extends object, P extends { next?: string | undefined }, T>(
  list: (params?: Q & { from?: string }) => Promise<P>,
  items: (page: P) => readonly T[],
): {
  list: (params?: Q & { from?: string }) => Promise<P>
  listAll: (params?: Q) => AsyncGenerator<T>
} {
  return {
    list,
    // `Object.assign`, not a spread: a spread of the generic `Q | undefined` loses `Q`.
    listAll: (params) =>
      paginate((from) => list(Object.assign({}, params, from ? { from } : {})), items),
  }
}
