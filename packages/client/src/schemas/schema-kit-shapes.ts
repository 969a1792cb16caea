/** The schema kit's composite schemas: objects, arrays and unions. */
import {
  type Infer,
  type LiteralValue,
  type Payload,
  ZodMiniType,
  aborted,
  prefixIssues,
  report,
} from './schema-kit-core.ts'
import { ZodMiniValues } from './schema-kit-values.ts'

/** An object schema's properties. */
export type Shape = Readonly<Record<string, ZodMiniType>>

type OptionalKeys<S extends Shape> = {
  [K in keyof S]: S[K] extends { readonly _optin: 'optional' } ? K : never
}[keyof S]

type Flatten<T> = { [K in keyof T]: T[K] } & {}

/** What an object schema outputs: `optional` properties become optional keys. */
export type ObjectOutput<S extends Shape> = Flatten<
  { -readonly [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & {
    -readonly [K in OptionalKeys<S>]?: Infer<S[K]>
  }
>

/** What happens to keys the shape does not name: dropped, refused, or kept. */
type UnknownKeys = 'strip' | 'strict' | 'loose'

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Parses one property into `output`, as zod does for present, absent and optional keys. */
function parseProperty(
  payload: Payload,
  output: Record<string, unknown>,
  input: Record<string, unknown>,
  key: string,
  schema: ZodMiniType,
): void {
  const present = key in input
  if (!present && schema._optin === 'optional') {
    return
  }
  const result = schema._run(input[key])
  payload.issues.push(...prefixIssues(key, result.issues))
  if (!present && !schema._optin) {
    if (result.issues.length === 0) {
      report(payload, { code: 'invalid_type', expected: 'nonoptional', path: [key] }, undefined)
    }
    return
  }
  if (present || result.value !== undefined) {
    output[key] = result.value
  }
}

function parseObject(payload: Payload, shape: Shape, unknownKeys: UnknownKeys): void {
  const input = payload.value
  if (!isObject(input)) {
    report(payload, { code: 'invalid_type', expected: 'object' }, undefined)
    return
  }
  const output: Record<string, unknown> = {}
  payload.value = output
  for (const key of Object.keys(shape)) {
    if (key !== '__proto__') {
      parseProperty(payload, output, input, key, shape[key] as ZodMiniType)
    }
  }
  if (unknownKeys === 'strip') {
    return
  }
  const extra: string[] = []
  for (const key in input) {
    if (!Object.hasOwn(shape, key)) {
      if (unknownKeys === 'strict') {
        extra.push(key)
      } else if (key !== '__proto__') {
        output[key] = input[key]
      }
    }
  }
  if (extra.length > 0) {
    report(payload, { code: 'unrecognized_keys', keys: extra }, undefined, true)
  }
}

/** An object schema; its `shape` names each property's schema. */
export class ZodMiniObject<S extends Shape, O = ObjectOutput<S>> extends ZodMiniType<O> {
  readonly shape: S

  constructor(shape: S, unknownKeys: UnknownKeys) {
    super((payload) => {
      parseObject(payload, shape, unknownKeys)
    })
    this.shape = shape
  }
}

/** An object; keys the shape does not name are dropped from the output. */
export const object = <S extends Shape>(shape: S): ZodMiniObject<S> =>
  new ZodMiniObject(shape, 'strip')

/** An object; keys the shape does not name are refused (`unrecognized_keys`). */
export const strictObject = <S extends Shape>(shape: S): ZodMiniObject<S> =>
  new ZodMiniObject(shape, 'strict')

/** An object; keys the shape does not name are kept as they are. */
export const looseObject = <S extends Shape>(
  shape: S,
): ZodMiniObject<S, ObjectOutput<S> & Record<string, unknown>> => new ZodMiniObject(shape, 'loose')

/** An array whose every item matches `item`. */
export function array<S extends ZodMiniType>(item: S): ZodMiniType<Infer<S>[]> {
  const schema = new ZodMiniType<Infer<S>[]>((payload) => {
    const input = payload.value
    if (!Array.isArray(input)) {
      report(payload, { code: 'invalid_type', expected: 'array' }, undefined)
      return
    }
    payload.value = input.map((value, index) => {
      const result = item._run(value)
      payload.issues.push(...prefixIssues(index, result.issues))
      return result.value
    })
  })
  return Object.assign(schema, { _capped: true })
}

/**
 * The first of `options` that accepts the value. When none does: the issues of the only branch
 * that got past the value's type, else `invalid_union` with each branch's issues (as zod).
 */
export function union<const S extends readonly ZodMiniType[]>(
  options: S,
): ZodMiniType<Infer<S[number]>> {
  return new ZodMiniType<Infer<S[number]>>((payload) => {
    const results: Payload[] = []
    for (const option of options) {
      const result = option._run(payload.value)
      if (result.issues.length === 0) {
        payload.value = result.value
        return
      }
      results.push(result)
    }
    const closest = results.filter((result) => !aborted(result.issues))
    if (closest.length === 1 && closest[0]) {
      payload.value = closest[0].value
      payload.issues.push(...closest[0].issues)
      return
    }
    const errors = results.map((result) => result.issues)
    report(payload, { code: 'invalid_union', errors }, undefined)
  })
}

type ObjectOption<D extends string> = ZodMiniObject<Record<D, ZodMiniType> & Shape, unknown>

/** The option of a discriminated union for each value of its discriminator. */
function optionsByValue(
  discriminator: string,
  options: readonly ObjectOption<string>[],
): Map<unknown, ObjectOption<string>> {
  const byValue = new Map<unknown, ObjectOption<string>>()
  for (const option of options) {
    const tag = option.shape[discriminator]
    if (!(tag instanceof ZodMiniValues)) {
      throw new Error(`Each option must have a literal "${discriminator}"`)
    }
    for (const value of tag.values) {
      byValue.set(value, option)
    }
  }
  return byValue
}

/** Objects told apart by the literal value of their `discriminator` key. */
export function discriminatedUnion<D extends string, const S extends readonly ObjectOption<D>[]>(
  discriminator: D,
  options: S,
): ZodMiniType<Infer<S[number]>> {
  const byValue = optionsByValue(discriminator, options)
  return new ZodMiniType<Infer<S[number]>>((payload) => {
    const input = payload.value
    if (!isObject(input)) {
      report(payload, { code: 'invalid_type', expected: 'object' }, undefined)
      return
    }
    const option = byValue.get(input[discriminator])
    if (option) {
      const result = option._run(input)
      payload.value = result.value
      payload.issues.push(...result.issues)
      return
    }
    report(
      payload,
      {
        code: 'invalid_union',
        errors: [],
        note: 'No matching discriminator',
        discriminator,
        options: [...byValue.keys()] as LiteralValue[],
        path: [discriminator],
      },
      undefined,
    )
  })
}
