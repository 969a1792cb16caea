/**
 * `fields` and `include_fields`: which fields of each item a response carries. Without
 * `fields`, all of them; with it, only those named (`include_fields=true`, the default) or all
 * but those (`include_fields=false`).
 */
import { type ValidationErrorDetail, fieldError } from '../responses.ts'

/** The field selection of a request. */
export interface FieldQuery {
  /** Named fields, or `undefined` when the request selects none (every field is returned). */
  fields: readonly string[] | undefined
  /** True: only `fields`; false: all but `fields`. */
  include: boolean
}

/** The `fields` and `include_fields` errors of a query, and the selection they make. */
export function readFieldQuery(
  searchParams: URLSearchParams,
  allowed?: readonly string[],
): { errors: ValidationErrorDetail[]; query: FieldQuery } {
  const errors: ValidationErrorDetail[] = []
  const raw = searchParams.get('fields')
  let fields: string[] | undefined
  if (raw !== null) {
    fields = raw.split(',')
    if (raw.length < 1 || raw.length > 255) {
      errors.push(fieldError(['fields'], 'must be 1 to 255 characters', 'query'))
    } else if (allowed && fields.some((name) => !allowed.includes(name))) {
      errors.push(
        fieldError(['fields'], `must be a comma-separated list of: ${allowed.join(', ')}`, 'query'),
      )
    }
  }
  const includeRaw = searchParams.get('include_fields')
  if (includeRaw !== null && includeRaw !== 'true' && includeRaw !== 'false') {
    errors.push(fieldError(['include_fields'], 'must be true or false', 'query'))
  }
  return { errors, query: { fields, include: includeRaw !== 'false' } }
}

/** Whether the selection asks for `field` by name (`fields` names it, `include_fields` true). */
export function asksFor(query: FieldQuery, field: string): boolean {
  return query.include && (query.fields?.includes(field) ?? false)
}

/** `body` with only the selected fields. */
export function selectFields<T extends object>(body: T, query: FieldQuery): Partial<T> {
  const { fields } = query
  if (!fields) {
    return body
  }
  return Object.fromEntries(
    Object.entries(body).filter(([key]) => fields.includes(key) === query.include),
  ) as Partial<T>
}
