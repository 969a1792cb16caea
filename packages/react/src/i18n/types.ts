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
