/**
 * Turns schema issues (the client schemas' zod-shaped issues) into the API's `validation_errors`,
 * with messages a person can act on ("is required", "must be one of …") and JSON pointers into
 * the body.
 */
import type { SchemaIssue } from '@myorg-kit/client/schemas'

import { type ValidationErrorDetail, fieldError } from './responses.ts'

/** Anything with a zod-style `safeParse` (the client's schemas). */
export interface SafeParser<T> {
  safeParse(
    input: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: readonly SchemaIssue[] } }
}

/** Parse `input`; on failure return the `validation_errors` entries. */
export function check<T>(
  schema: SafeParser<T>,
  input: unknown,
  source: 'body' | 'params' | 'query',
): { ok: true; data: T } | { ok: false; errors: ValidationErrorDetail[] } {
  const result = schema.safeParse(input)
  if (result.success) {
    return { ok: true, data: result.data }
  }
  return { ok: false, errors: issuesToErrors(result.error.issues, input, [], source) }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) {
      return undefined
    }
    current = (current as Record<PropertyKey, unknown>)[segment]
  }
  return current
}

/**
 * A size limit in words: `must be at least 3 characters` for strings, else `must be at most 10`
 * (inclusive) or `must be more than 0` (exclusive).
 */
function describeBound(
  origin: string,
  bound: number | bigint,
  inclusive: boolean | undefined,
  inclusiveWord: 'least' | 'most',
  exclusiveWord: 'more' | 'less',
): string {
  if (origin === 'string') {
    return `must be at ${inclusiveWord} ${String(bound)} characters`
  }
  return `must be ${inclusive ? `at ${inclusiveWord}` : `${exclusiveWord} than`} ${String(bound)}`
}

function describe(issue: SchemaIssue, value: unknown): string {
  const custom = issue.message && issue.message !== 'Invalid input' ? issue.message : undefined
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) {
        return 'is required'
      }
      return (
        custom ?? `must be ${issue.expected === 'object' ? 'an object' : `a ${issue.expected}`}`
      )
    case 'too_small':
      return custom ?? describeBound(issue.origin, issue.minimum, issue.inclusive, 'least', 'more')
    case 'too_big':
      return custom ?? describeBound(issue.origin, issue.maximum, issue.inclusive, 'most', 'less')
    case 'invalid_value':
      return custom ?? `must be one of: ${issue.values.map(String).join(', ')}`
    case 'invalid_format':
      return custom ?? 'has an invalid format'
    default:
      return custom ?? 'is invalid'
  }
}

function issuesToErrors(
  issues: readonly SchemaIssue[],
  input: unknown,
  prefix: readonly PropertyKey[],
  source: 'body' | 'params' | 'query',
): ValidationErrorDetail[] {
  const out: ValidationErrorDetail[] = []
  for (const issue of issues) {
    const path = [...prefix, ...issue.path]
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push(fieldError([...path, key], 'is not allowed', source))
      }
      continue
    }
    if (issue.code === 'invalid_union') {
      const branches = issue.errors.filter((branch) => branch.length > 0)
      if (branches.length === 0) {
        const value = valueAt(input, path)
        const options = 'options' in issue && Array.isArray(issue.options) ? issue.options : []
        const detail =
          value === undefined
            ? 'is required'
            : options.length > 0
              ? `must be one of: ${options.map(String).join(', ')}`
              : 'is invalid'
        out.push(fieldError(path, detail, source))
        continue
      }
      // Report the branch that came closest to matching.
      const best = branches.reduce((a, b) => (b.length < a.length ? b : a))
      out.push(...issuesToErrors(best, input, path, source))
      continue
    }
    out.push(fieldError(path, describe(issue, valueAt(input, path)), source))
  }
  return out
}
