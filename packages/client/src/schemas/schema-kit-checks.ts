/** The schema kit's checks, added with `.check(…)`: patterns, lengths, bounds and refinements. */
import { type Check, type IssueInput, type Payload, report } from './schema-kit-core.ts'

/** A check that reports `issue` (softly: later checks still run) when `passes` is false. */
function when<T>(passes: (value: T) => boolean, issue: IssueInput, message?: string): Check<T> {
  return {
    run: (payload: Payload<T>) => {
      if (!passes(payload.value)) {
        report(payload, issue, message, true)
      }
    },
  }
}

/** The string matches `pattern`. */
export const regex = (pattern: RegExp, message?: string): Check<string> =>
  when(
    (value) => {
      pattern.lastIndex = 0
      return pattern.test(value)
    },
    { code: 'invalid_format', format: 'regex', origin: 'string', pattern: pattern.toString() },
    message,
  )

function parsesAsUrl(text: string): boolean {
  try {
    return Boolean(new URL(text))
  } catch {
    return false
  }
}

/**
 * The string, trimmed, parses as a URL; the output is the trimmed string without tabs or line
 * breaks (what the URL parser read), as zod's `url()`.
 */
export function url(message?: string): Check<string> {
  return {
    run: (payload) => {
      const trimmed = payload.value.trim()
      if (parsesAsUrl(trimmed)) {
        payload.value = trimmed.replace(/[\t\n\r]/g, '')
      } else {
        report(payload, { code: 'invalid_format', format: 'url' }, message, true)
      }
    },
  }
}

/** What a length check reports its bound against: a string's characters or an array's items. */
const lengthOrigin = (value: unknown) => (typeof value === 'string' ? 'string' : 'array')

/** A length check: it runs even after the value's own issues, when the value has a length. */
function lengthCheck(
  passes: (length: number) => boolean,
  issue: (origin: string) => IssueInput,
  message?: string,
  maximum?: number,
): Check<{ readonly length: number }> {
  return {
    sized: true,
    maximum,
    run: (payload) => {
      if (!passes(payload.value.length)) {
        report(payload, issue(lengthOrigin(payload.value)), message, true)
      }
    },
  }
}

/** At least `minimum` characters or items. */
export const minLength = (minimum: number, message?: string) =>
  lengthCheck(
    (length) => length >= minimum,
    (origin) => ({ code: 'too_small', origin, minimum, inclusive: true }),
    message,
  )

/** At most `maximum` characters or items. */
export const maxLength = (maximum: number, message?: string) =>
  lengthCheck(
    (length) => length <= maximum,
    (origin) => ({ code: 'too_big', origin, maximum, inclusive: true }),
    message,
    maximum,
  )

/** More than `minimum`. */
export const gt = (minimum: number, message?: string): Check<number> =>
  when(
    (value) => value > minimum,
    { code: 'too_small', origin: 'number', minimum, inclusive: false },
    message,
  )

/** `minimum` or more. */
export const gte = (minimum: number, message?: string): Check<number> =>
  when(
    (value) => value >= minimum,
    { code: 'too_small', origin: 'number', minimum, inclusive: true },
    message,
  )

/** `maximum` or less. */
export const lte = (maximum: number, message?: string): Check<number> =>
  when(
    (value) => value <= maximum,
    { code: 'too_big', origin: 'number', maximum, inclusive: true },
    message,
  )

/** `passes` holds for the parsed value; otherwise a `custom` issue. */
export const refine = <T>(passes: (value: T) => boolean, message?: string): Check<T> =>
  when(passes, { code: 'custom' }, message)
