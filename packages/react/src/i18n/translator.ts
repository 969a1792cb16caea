import { enUS } from './en-US.ts'
import { type MessageFormatters, createFormatters, formatMessage } from './format-message.ts'
import { dateTimeFormat, listFormat, numberFormat } from './intl-cache.ts'
import type {
  DeepPartial,
  MessageParams,
  MyOrgMessageKey,
  MyOrgMessages,
  MyOrgMessagesInput,
} from './types.ts'

/** Turns texts into strings for one locale. */
export interface MyOrgTranslator {
  /** The BCP 47 locale used for plurals, numbers and dates. */
  readonly locale: string
  /** The merged texts (overrides applied). */
  readonly messages: MyOrgMessages
  /**
   * The text at `key`, with `{placeholders}` and plurals filled in from `params`.
   * @example t('errors.rateLimited.description', { seconds: 3 })
   */
  t: (key: MyOrgMessageKey, params?: MessageParams) => string
  /** Formats a number with the locale (`Intl.NumberFormat`). */
  formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string
  /** Formats a date with the locale (`Intl.DateTimeFormat`, medium date + short time by default). */
  formatDate: (value: Date | string | number, options?: Intl.DateTimeFormatOptions) => string
  /** Joins items with the locale's list format (`a, b, and c`). */
  formatList: (items: readonly string[], options?: Intl.ListFormatOptions) => string
}

const DEFAULT_LIST_OPTIONS: Intl.ListFormatOptions = { style: 'long', type: 'conjunction' }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function mergeInto(target: Record<string, unknown>, override: unknown): Record<string, unknown> {
  if (!isRecord(override)) {
    return target
  }
  const result: Record<string, unknown> = { ...target }
  for (const [key, value] of Object.entries(override)) {
    const current = result[key]
    if (typeof current === 'string') {
      // Only strings may replace strings: a malformed override never breaks the shape.
      if (typeof value === 'string') {
        result[key] = value
      }
    } else if (isRecord(current)) {
      result[key] = mergeInto(current, value)
    }
  }
  return result
}

/** Normalizes `messages` props (one object or a list) into a list, lowest precedence first. */
export function messageLayers(input: MyOrgMessagesInput | undefined): DeepPartial<MyOrgMessages>[] {
  if (input === undefined) {
    return []
  }
  return Array.isArray(input)
    ? [...(input as readonly DeepPartial<MyOrgMessages>[])]
    : [input as DeepPartial<MyOrgMessages>]
}

/** Merges override layers over `base` (later layers win). */
export function mergeMessages(
  base: MyOrgMessages,
  layers: readonly (DeepPartial<MyOrgMessages> | undefined)[],
): MyOrgMessages {
  let merged = base as unknown as Record<string, unknown>
  for (const layer of layers) {
    merged = mergeInto(merged, layer)
  }
  return merged as unknown as MyOrgMessages
}

function lookup(messages: MyOrgMessages, key: string): string | undefined {
  let node: unknown = messages
  for (const segment of key.split('.')) {
    if (!isRecord(node)) {
      return undefined
    }
    node = node[segment]
  }
  return typeof node === 'string' ? node : undefined
}

/** Options of {@link createMyOrgTranslator}. */
export interface MyOrgTranslatorOptions {
  /** BCP 47 locale. @default 'en-US' */
  locale?: string
  /**
   * Overrides over `en-US`, lowest precedence first: typically a locale bundle, then the
   * provider's `messages`, then a component's `messages`.
   */
  messages?: readonly (DeepPartial<MyOrgMessages> | undefined)[]
}

/**
 * Creates a translator. Components get one from `useMyOrgTranslator()`; this is for tests and
 * code outside React.
 *
 * @example
 * const { t } = createMyOrgTranslator({ locale: 'fr-FR', messages: [frFR] })
 */
export function createMyOrgTranslator(options: MyOrgTranslatorOptions = {}): MyOrgTranslator {
  return translatorFor(
    mergeMessages(enUS, options.messages ?? []),
    createFormatters(options.locale ?? 'en-US'),
  )
}

/** Builds a translator over already merged messages. Every `Intl` object comes from the shared cache. */
export function translatorFor(
  messages: MyOrgMessages,
  formatters: MessageFormatters,
): MyOrgTranslator {
  const { locale } = formatters
  return {
    locale,
    messages,
    t: (key, params = {}) => {
      const message = lookup(messages, key)
      return message === undefined ? key : formatMessage(message, params, formatters)
    },
    formatNumber: (value, options) =>
      (options ? numberFormat(locale, options) : formatters.number).format(value),
    formatDate: (value, options) => {
      const date = value instanceof Date ? value : new Date(value)
      return (options ? dateTimeFormat(locale, options) : formatters.date).format(date)
    },
    formatList: (items, options) =>
      listFormat(locale, options ?? DEFAULT_LIST_OPTIONS).format(items),
  }
}
