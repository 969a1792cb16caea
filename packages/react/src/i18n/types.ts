import type { enUS } from './en-US.ts'

/** Makes every property of a nested object optional (string leaves stay strings). */
export type DeepPartial<T> = T extends string
  ? string
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> }

/** Every text of the kit, grouped by component then sub-view. Inferred from `en-US`. */
export type MyOrgMessages = Widen<typeof enUS>

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>
}[keyof T & string]

/** A dotted path to one text, e.g. `'errors.cors.title'`. */
export type MyOrgMessageKey = Leaves<MyOrgMessages>

/** Values for a message's `{placeholders}`. Numbers are formatted with the locale. */
export type MessageParams = Readonly<Record<string, string | number | Date>>

/** Overrides for the kit's texts: one object, or several applied in order (later wins). */
export type MyOrgMessagesInput = DeepPartial<MyOrgMessages> | readonly DeepPartial<MyOrgMessages>[]

/** The keys of `T`, at any depth, that `Shape` has not (`never` when there are none). */
export type UnknownMessageKeys<T, Shape> = {
  [K in keyof T]: K extends keyof Shape
    ? T[K] extends string
      ? never
      : UnknownMessageKeys<T[K], Shape[K]>
    : K
}[keyof T]

/**
 * `T` when every key of a catalog `T` is a key of `MyOrgMessages`; otherwise a type that names
 * the first unknown key, so `catalog satisfies KnownMessages<typeof catalog>` fails to compile
 * on a misspelt or removed key. A catalog read from JSON gets no excess-property check without it.
 */
export type KnownMessages<T> = [UnknownMessageKeys<T, MyOrgMessages>] extends [never]
  ? T
  : { unknownKey: UnknownMessageKeys<T, MyOrgMessages> }
