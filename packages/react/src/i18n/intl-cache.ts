/**
 * One `Intl` formatter per kind, locale and options, shared by every translator. Building an
 * `Intl.DateTimeFormat` costs far more than using one, and the token table formats two dates per
 * row on every one-minute re-render; caching keeps that to one construction per combination.
 */

/** Above this many entries the cache starts over (only a host formatting with ever-new options gets there). */
const MAX_ENTRIES = 200

const formatters = new Map<string, unknown>()

/** A stable key for an options object: its own keys sorted, `undefined` values dropped. */
function optionsKey(options: object | undefined): string {
  if (!options) {
    return ''
  }
  const record = options as Record<string, unknown>
  return JSON.stringify(record, Object.keys(record).sort())
}

function cached<T>(kind: string, locale: string, options: object | undefined, create: () => T): T {
  const key = `${kind}|${locale}|${optionsKey(options)}`
  const existing = formatters.get(key)
  if (existing !== undefined) {
    return existing as T
  }
  if (formatters.size >= MAX_ENTRIES) {
    formatters.clear()
  }
  const created = create()
  formatters.set(key, created)
  return created
}

/** The shared `Intl.NumberFormat` for `locale` and `options`. */
export function numberFormat(
  locale: string,
  options?: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  return cached('number', locale, options, () => new Intl.NumberFormat(locale, options))
}

/** The shared `Intl.DateTimeFormat` for `locale` and `options`. */
export function dateTimeFormat(
  locale: string,
  options?: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  return cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options))
}

/** The shared `Intl.ListFormat` for `locale` and `options`. */
export function listFormat(locale: string, options?: Intl.ListFormatOptions): Intl.ListFormat {
  return cached('list', locale, options, () => new Intl.ListFormat(locale, options))
}

/** The shared `Intl.PluralRules` for `locale`. */
export function pluralRules(locale: string): Intl.PluralRules {
  return cached('plural', locale, undefined, () => new Intl.PluralRules(locale))
}
