/**
 * The engine of the client's schemas: each schema parses a value in place, then runs its checks,
 * and reports zod-shaped issues. See `schema-kit.ts` for why it exists.
 */

/** A value a literal or enum schema accepts. */
export type LiteralValue = string | number | boolean | null

/** Where an issue sits inside the parsed value: object keys and array indexes. */
export type IssuePath = (string | number)[]

interface IssueBase {
  /** From the value given to `safeParse` down to the offending value. */
  path: IssuePath
  /** The schema's own message, or `Invalid input` (zod/mini's default without a locale). */
  message: string
}

/**
 * One problem `safeParse` found. Shaped like zod's issues (same `code`s and fields), so tools
 * written for zod's issues (the mock API's `validation_errors`) read them unchanged.
 */
export type SchemaIssue = IssueBase &
  (
    | { code: 'invalid_type'; expected: string }
    | { code: 'too_small'; origin: string; minimum: number; inclusive: boolean }
    | { code: 'too_big'; origin: string; maximum: number; inclusive: boolean }
    | { code: 'invalid_value'; values: LiteralValue[] }
    | { code: 'invalid_format'; format: string; origin?: string; pattern?: string }
    | { code: 'unrecognized_keys'; keys: string[] }
    | {
        code: 'invalid_union'
        /** Each branch's issues; empty when a discriminated union knew no branch for the value. */
        errors: SchemaIssue[][]
        note?: string
        discriminator?: string
        options?: LiteralValue[]
      }
    | { code: 'custom' }
  )

/** An issue before it has a path and a message. */
export type IssueInput = SchemaIssue extends infer I
  ? I extends SchemaIssue
    ? Omit<I, 'path' | 'message'> & { path?: IssuePath }
    : never
  : never

/** A value being parsed: a parse step or a check replaces `value` and pushes `issues`. */
export interface Payload<T = unknown> {
  value: T
  issues: SchemaIssue[]
}

/** One check run after a schema's own parse (`.check(minLength(1), refine(…))`). */
export interface Check<in T> {
  readonly run: (payload: Payload<T>) => void
  /** Length checks also run after the value's own issues, when it still has a length (as zod). */
  readonly sized?: boolean
  /** The most items a `maxLength` check allows. */
  readonly maximum?: number
}

/** What `safeParse` returns. */
export type SafeParseResult<T> =
  | { success: true; data: T; error?: undefined }
  | { success: false; data?: undefined; error: SchemaError }

/** What `parse` throws and `safeParse` returns on failure: the issues, in the order found. */
export class SchemaError extends Error {
  readonly issues: SchemaIssue[]

  constructor(issues: SchemaIssue[]) {
    super(issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; '))
    this.name = 'SchemaError'
    this.issues = issues
  }
}

/** Issues that let the checks after them run (failed checks, unknown keys), as zod's `continue`. */
const continuable = new WeakSet<SchemaIssue>()

/** Adds an issue to `payload`; `soft` ones let later checks still run. */
export function report(
  payload: Payload,
  input: IssueInput,
  message: string | undefined,
  soft = false,
): void {
  const issue = { ...input, path: input.path ?? [], message: message ?? 'Invalid input' }
  if (soft) {
    continuable.add(issue)
  }
  payload.issues.push(issue)
}

/** Whether an issue from `from` on stops the value from being checked further. */
export function aborted(issues: readonly SchemaIssue[], from = 0): boolean {
  return issues.slice(from).some((issue) => !continuable.has(issue))
}

/** Puts `key` in front of the path of each issue (a child's issues, seen from its parent). */
export function prefixIssues(key: string | number, issues: readonly SchemaIssue[]): SchemaIssue[] {
  for (const issue of issues) {
    issue.path.unshift(key)
  }
  return [...issues]
}

function hasLength(value: unknown): boolean {
  return (
    value !== null && value !== undefined && (value as { length?: unknown }).length !== undefined
  )
}

/**
 * An array longer than one of its leading length checks allows fails on that check alone, before
 * any item is parsed (as zod, so that a huge list costs nothing to refuse).
 */
function oversized(payload: Payload, checks: readonly Check<never>[]): boolean {
  const length = Array.isArray(payload.value) ? payload.value.length : 0
  for (const check of checks as readonly Check<unknown>[]) {
    if (!check.sized) {
      return false
    }
    if (check.maximum !== undefined && length > check.maximum) {
      check.run(payload)
      payload.issues.forEach((issue) => continuable.delete(issue))
      return true
    }
  }
  return false
}

function runChecks(payload: Payload, checks: readonly Check<never>[]): void {
  let stop = aborted(payload.issues)
  for (const check of checks as readonly Check<unknown>[]) {
    if (check.sized ? !hasLength(payload.value) : stop) {
      continue
    }
    const before = payload.issues.length
    check.run(payload)
    stop ||= aborted(payload.issues, before)
  }
}

/** Whether an object key may be left out (`optional`) or is filled in when absent (`defaulted`). */
export type OptIn = 'optional' | 'defaulted'

/** A schema: `safeParse`, `parse` and `.check()` on top of one parse step. */
export class ZodMiniType<Output = unknown> {
  /** The type of a successful parse, for `infer` (type only, no runtime value). */
  declare readonly _output: Output
  /** Set on `optional` and `_default` schemas: how an object treats the key when absent. */
  declare readonly _optin?: OptIn
  /** Set on array schemas: an oversized array fails on its leading length checks alone. */
  declare readonly _capped?: boolean
  /** Parses `payload.value` in place, before the checks. */
  readonly _parse: (payload: Payload) => void
  /** Checks added with `.check()`, run in order after the parse. */
  readonly _checks: readonly Check<never>[]

  constructor(parse: (payload: Payload) => void) {
    this._parse = parse
    this._checks = []
  }

  /** Parses `value`: its output (or the input, on failure) and every issue found. */
  _run(value: unknown): Payload {
    const payload: Payload = { value, issues: [] }
    if (!(this._capped && oversized(payload, this._checks))) {
      this._parse(payload)
      runChecks(payload, this._checks)
    }
    return payload
  }

  /** The parsed value, or every issue found. Never throws. */
  safeParse(input: unknown): SafeParseResult<Output> {
    const { value, issues } = this._run(input)
    return issues.length === 0
      ? { success: true, data: value as Output }
      : { success: false, error: new SchemaError(issues) }
  }

  /** The parsed value; throws a {@link SchemaError} listing every issue. */
  parse(input: unknown): Output {
    const result = this.safeParse(input)
    if (!result.success) {
      throw result.error
    }
    return result.data
  }

  /** The same schema with more checks, run in order after the existing ones. */
  check(...checks: Check<Output>[]): this {
    const copy = Object.assign(Object.create(Object.getPrototypeOf(this) as object) as this, this)
    Object.assign(copy, { _checks: [...this._checks, ...checks] })
    return copy
  }
}

/** The output type of a schema. */
export type Infer<T extends ZodMiniType> = T['_output']
