import {
  type FieldError,
  type FieldErrors,
  type FieldValues,
  type Resolver,
  type ResolverOptions,
  get,
  set,
} from 'react-hook-form'
import type * as z from 'zod/mini'

import { loadOnce } from './load-once.ts'

type Issue = z.core.$ZodIssue

/**
 * The issue to show for `issue`: itself, or for a union that matched no option, the first issue
 * of the option that came closest (fewest issues), which says more than "invalid input".
 */
function shownIssue(issue: Issue): Issue {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) {
    return issue
  }
  const closest = issue.errors.reduce((best, branch) =>
    branch.length < best.length ? branch : best,
  )
  return closest[0] ?? issue
}

/** A path's issue to show, and every message it got by issue code. */
interface PathIssues {
  shown: Issue
  byCode: Map<string, string[]>
}

/**
 * Zod's issues grouped by dotted path (`address.city`, `items.0`; `root` for none), in zod's
 * order. The issues of a union's options count as issues of their own paths too.
 */
function issuesByPath(issues: readonly Issue[]): Map<string, PathIssues> {
  const paths = new Map<string, PathIssues>()
  const queue = [...issues]
  for (let issue = queue.shift(); issue !== undefined; issue = queue.shift()) {
    const path = issue.path.map(String).join('.') || 'root'
    const entry = paths.get(path) ?? {
      shown: shownIssue(issue),
      byCode: new Map<string, string[]>(),
    }
    entry.byCode.set(issue.code, [...(entry.byCode.get(issue.code) ?? []), issue.message])
    paths.set(path, entry)
    if (issue.code === 'invalid_union') {
      for (const nested of issue.errors.flat()) {
        queue.push({ ...nested, path: [...issue.path, ...nested.path] })
      }
    }
  }
  return paths
}

/**
 * A path's react-hook-form error: its first issue, and with `criteriaMode: 'all'` every message
 * in `types`, by issue code (a list when a code has several).
 */
function fieldErrorOf(issues: PathIssues, allCriteria: boolean): FieldError {
  const error: FieldError = { type: issues.shown.code, message: issues.shown.message }
  if (allCriteria) {
    error.types = Object.fromEntries(
      [...issues.byCode].map(([code, list]) => [code, list.length === 1 ? list[0] : list]),
    )
  }
  return error
}

/** The errors nested the way react-hook-form reads them, each with its field's element. */
function nestErrors<Values extends FieldValues>(
  issues: readonly Issue[],
  options: ResolverOptions<Values>,
): FieldErrors<Values> {
  const nested: FieldErrors<Values> = {}
  for (const [path, pathIssues] of issuesByPath(issues)) {
    const error = fieldErrorOf(pathIssues, options.criteriaMode === 'all')
    const field: (typeof options.fields)[string] | undefined = get(options.fields, path)
    const ref = field?.refs?.[0] ?? field?.ref
    set(nested, path, ref === undefined ? error : { ...error, ref })
  }
  return nested
}

/**
 * A react-hook-form `Resolver` for any zod/mini schema, generic over the form's values: it runs
 * the schema's own `safeParseAsync` (no zod code of its own to bundle) and maps each issue to the field at its path, nested paths and
 * array indexes included. On success the form gets the schema's output (trimmed, transformed);
 * on failure the first message of each field, or every message by code in `types` with
 * `criteriaMode: 'all'`. An issue without a path (an object-level check) lands on `errors.root`.
 *
 * It replaces `@hookform/resolvers/zod` for this package's forms: the same results for the
 * schemas we write, without the resolvers package in hosts' bundles. Not supported (no form
 * here uses them): `shouldUseNativeValidation` and field-array `root` errors.
 *
 * @example
 * const schema = useMemo(() => createOrgDetailsSchema(t), [t])
 * const form = useForm<OrgDetailsFormValues>({ resolver: zodResolver(schema), mode: 'onChange' })
 */
export function zodResolver<Input extends FieldValues, Output, Context = unknown>(
  schema: z.ZodMiniType<Output, Input>,
): Resolver<Input, Context, Output> {
  return async (values, _context, options) => {
    const result = await schema.safeParseAsync(values)
    if (result.success) {
      return { values: result.data, errors: {} }
    }
    return { values: {}, errors: nestErrors(result.error.issues, options) }
  }
}

/**
 * `resolver` with the errors of the fields `keep` refuses dropped: for fields a form does not
 * show (and so never sends), whose stored values must not block saving the others.
 */
export function keepErrorsOf<Values extends FieldValues, Context, Output>(
  resolver: Resolver<Values, Context, Output>,
  keep: (field: string) => boolean,
): Resolver<Values, Context, Output> {
  return async (values, context, options) => {
    const result = await resolver(values, context, options)
    const errors = Object.entries(result.errors).filter(([field]) => keep(field))
    if (errors.length === Object.keys(result.errors).length) {
      return result
    }
    if (errors.length > 0) {
      return { values: {}, errors: Object.fromEntries(errors) as FieldErrors<Values> }
    }
    // Only hidden fields failed: what is shown is valid, and is what gets sent.
    return { values: values as unknown as Output, errors: {} }
  }
}

/**
 * {@link zodResolver} for a schema that loads on first validation (from an `import()`), zod with
 * it: a form validated only on submit renders without zod. The schema is loaded once.
 *
 * @example
 * const resolver = useMemo(
 *   () => lazyZodResolver(async () => (await import('./schema.ts')).createSchema(t)),
 *   [t],
 * )
 */
export function lazyZodResolver<Input extends FieldValues, Output, Context = unknown>(
  loadSchema: () => Promise<z.ZodMiniType<Output, Input>>,
): Resolver<Input, Context, Output> {
  const resolver = loadOnce(async () => zodResolver<Input, Output, Context>(await loadSchema()))
  return async (values, context, options) =>
    (resolver.current() ?? (await resolver.preload()))(values, context, options)
}
