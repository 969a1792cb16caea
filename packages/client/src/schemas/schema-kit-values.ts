/** The schema kit's leaf schemas (strings, numbers, literals…) and its wrappers (optional…). */
import {
  type Infer,
  type LiteralValue,
  type Payload,
  ZodMiniType,
  report,
} from './schema-kit-core.ts'

/** A schema accepting the values `typeof` names (`string`, `number`, `boolean`). */
function typed<T>(expected: string, accepts: (value: unknown) => boolean, message?: string) {
  return new ZodMiniType<T>((payload) => {
    if (!accepts(payload.value)) {
      report(payload, { code: 'invalid_type', expected }, message)
    }
  })
}

/** Any string. */
export const string = (message?: string): ZodMiniType<string> =>
  typed('string', (value) => typeof value === 'string', message)

/** Any finite number (`NaN` and `Infinity` are refused, as zod does). */
export const number = (message?: string): ZodMiniType<number> =>
  typed('number', (value) => typeof value === 'number' && Number.isFinite(value), message)

/** `true` or `false`. */
export const boolean = (message?: string): ZodMiniType<boolean> =>
  typed('boolean', (value) => typeof value === 'boolean', message)

/** Anything; the key must still be present in an object. */
export const unknown = (): ZodMiniType => new ZodMiniType<unknown>(() => undefined)

/** A whole number within the safe integer range; `message` is used for every issue. */
export function int(message?: string): ZodMiniType<number> {
  return new ZodMiniType<number>((payload) => {
    const value = payload.value
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      report(payload, { code: 'invalid_type', expected: 'number' }, message)
    } else if (!Number.isInteger(value)) {
      report(payload, { code: 'invalid_type', expected: 'int' }, message)
    } else if (!Number.isSafeInteger(value)) {
      const big = value > 0
      report(
        payload,
        big
          ? { code: 'too_big', origin: 'int', maximum: Number.MAX_SAFE_INTEGER, inclusive: true }
          : { code: 'too_small', origin: 'int', minimum: Number.MIN_SAFE_INTEGER, inclusive: true },
        message,
        true,
      )
    }
  })
}

/** The email pattern zod uses (`z.email()`). */
const emailPattern =
  /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/

/** A string shaped like an email address; `message` is used for every issue. */
export function email(message?: string): ZodMiniType<string> {
  return new ZodMiniType<string>((payload) => {
    if (typeof payload.value !== 'string') {
      report(payload, { code: 'invalid_type', expected: 'string' }, message)
    } else if (!emailPattern.test(payload.value)) {
      const issue = { code: 'invalid_format', format: 'email', origin: 'string' } as const
      report(payload, { ...issue, pattern: emailPattern.toString() }, message, true)
    }
  })
}

/** A schema that accepts one of a fixed list of values (`literal`, `enum`). */
export class ZodMiniValues<T extends LiteralValue> extends ZodMiniType<T> {
  /** The accepted values, which a discriminated union reads to pick its branch. */
  readonly values: readonly T[]

  constructor(values: readonly T[], message?: string) {
    super((payload) => {
      if (!values.includes(payload.value as T)) {
        report(payload, { code: 'invalid_value', values: [...values] }, message)
      }
    })
    this.values = values
  }
}

/** Exactly `value`. */
export const literal = <const T extends LiteralValue>(
  value: T,
  message?: string,
): ZodMiniValues<T> => new ZodMiniValues([value], message)

/** One of `values`. */
function enumOf<const T extends readonly string[]>(
  values: T,
  message?: string,
): ZodMiniValues<T[number]> {
  return new ZodMiniValues<T[number]>(values, message)
}
export { enumOf as enum }

/** `inner`, or `undefined`; as an object's property, the key may be left out. */
export class ZodMiniOptional<S extends ZodMiniType> extends ZodMiniType<Infer<S> | undefined> {
  declare readonly _optin: 'optional'

  constructor(inner: S) {
    super((payload) => {
      runInner(inner, payload, undefined)
    })
    Object.assign(this, { _optin: 'optional' })
  }
}

/** Parses `payload.value` with `inner` unless it is `skip` (then it stays as it is). */
function runInner(inner: ZodMiniType, payload: Payload, skip: null | undefined): void {
  if (payload.value === skip) {
    return
  }
  const result = inner._run(payload.value)
  payload.value = result.value
  payload.issues.push(...result.issues)
}

export const optional = <S extends ZodMiniType>(inner: S): ZodMiniOptional<S> =>
  new ZodMiniOptional(inner)

/** `inner`, or `null`. */
export const nullable = <S extends ZodMiniType>(inner: S): ZodMiniType<Infer<S> | null> =>
  new ZodMiniType<Infer<S> | null>((payload) => {
    runInner(inner, payload, null)
  })

/** `inner`, with `fallback()` in place of `undefined` (an object's key may be left out). */
export class ZodMiniDefault<S extends ZodMiniType> extends ZodMiniType<Infer<S>> {
  declare readonly _optin: 'defaulted'

  constructor(inner: S, fallback: () => Infer<S>) {
    super((payload) => {
      if (payload.value === undefined) {
        payload.value = fallback()
        return
      }
      runInner(inner, payload, undefined)
    })
    Object.assign(this, { _optin: 'defaulted' })
  }
}

export const _default = <S extends ZodMiniType>(
  inner: S,
  fallback: () => Infer<S>,
): ZodMiniDefault<S> => new ZodMiniDefault(inner, fallback)
