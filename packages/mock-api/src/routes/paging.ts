/**
 * Cursor pagination as the API does it: `take` 1–100 (default 50), an opaque `from` cursor that
 * only the list that issued it accepts, and `next` only while more remain.
 */
import { type ValidationErrorDetail, fieldError, validationError } from '../responses.ts'
import { base64UrlDecode, base64UrlEncode } from '../tokens.ts'

/** Where a page starts and how long it is. */
export interface PageQuery {
  take: number
  offset: number
}

function encodeCursor(list: string, offset: number): string {
  return base64UrlEncode(`${list}:${offset}`)
}

function decodeCursor(list: string, cursor: string): number | undefined {
  try {
    const match = /^([a-z-]+):(\d+)$/.exec(base64UrlDecode(cursor))
    return match?.[1] === list && match[2] !== undefined ? Number(match[2]) : undefined
  } catch {
    return undefined
  }
}

/** The `take` and `from` errors of a query, and the page they name. */
export function readPageQuery(
  searchParams: URLSearchParams,
  list: string,
): { errors: ValidationErrorDetail[]; query: PageQuery } {
  const errors: ValidationErrorDetail[] = []
  const takeRaw = searchParams.get('take')
  let take = 50
  if (takeRaw !== null) {
    const parsedTake = /^\d+$/.test(takeRaw) ? Number(takeRaw) : Number.NaN
    if (!Number.isInteger(parsedTake) || parsedTake < 1 || parsedTake > 100) {
      errors.push(fieldError(['take'], 'must be an integer from 1 to 100', 'query'))
    } else {
      take = parsedTake
    }
  }
  const from = searchParams.get('from')
  let offset = 0
  if (from !== null) {
    const decoded = from.length >= 1 && from.length <= 1000 ? decodeCursor(list, from) : undefined
    if (decoded === undefined) {
      errors.push(
        fieldError(['from'], 'is not a cursor returned by this endpoint (`next`)', 'query'),
      )
    } else {
      offset = decoded
    }
  }
  return { errors, query: { take, offset } }
}

/** `take` and `from` of a list named `list`, or the 400 listing what is wrong with them. */
export function pageQuery(searchParams: URLSearchParams, list: string): PageQuery | Response {
  const { errors, query } = readPageQuery(searchParams, list)
  return errors.length > 0 ? validationError(errors) : query
}

/** The items of one page, and the cursor of the next while more remain. */
export function pageOf<T>(
  items: readonly T[],
  { take, offset }: PageQuery,
  list: string,
): { items: T[]; next?: string } {
  const page = items.slice(offset, offset + take)
  const end = offset + page.length
  return { items: page, ...(end < items.length ? { next: encodeCursor(list, end) } : {}) }
}
