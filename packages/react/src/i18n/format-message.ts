/**
 * A small ICU MessageFormat subset: `{name}` arguments, `{count, plural, =0 {…} one {…} other {…}}`
 * (with `#` for the formatted count) and `{kind, select, a {…} other {…}}`. Branches may nest.
 * Anything else is left as written, so a typo never throws at render time.
 */
import { dateTimeFormat, numberFormat, pluralRules } from './intl-cache.ts'
import type { MessageParams } from './types.ts'
import { isolateDirection } from '../lib/text.ts'

/** One piece of a parsed message: text, `{name}`, `#`, or a plural/select and its branches. */
export type MessagePart =
  | { type: 'text'; value: string }
  | { type: 'argument'; name: string }
  | { type: 'pound' }
  | { type: 'plural'; name: string; branches: Map<string, MessagePart[]> }
  | { type: 'select'; name: string; branches: Map<string, MessagePart[]> }

const parsed = new Map<string, MessagePart[]>()

/**
 * Parses (and caches) a message into the parts `formatMessage` renders. Text the grammar does
 * not understand stays text. The result is shared: do not mutate it.
 */
export function parseMessage(message: string): MessagePart[] {
  let cached = parsed.get(message)
  if (!cached) {
    cached = new Parser(message).parseMessage(false, false)
    parsed.set(message, cached)
  }
  return cached
}

class Parser {
  private index = 0

  constructor(private readonly source: string) {}

  /** `inBranch`: a `}` ends the message; `inPlural`: `#` stands for the count. */
  parseMessage(inBranch: boolean, inPlural: boolean): MessagePart[] {
    const parts: MessagePart[] = []
    let text = ''
    const flush = (): void => {
      if (text) {
        parts.push({ type: 'text', value: text })
        text = ''
      }
    }
    while (this.index < this.source.length) {
      const char = this.source.charAt(this.index)
      if (char === '}' && inBranch) {
        break
      }
      if (char === '#' && inPlural) {
        flush()
        parts.push({ type: 'pound' })
        this.index += 1
        continue
      }
      if (char === '{') {
        const start = this.index
        const part = this.parseArgument(inPlural)
        if (part) {
          flush()
          parts.push(part)
        } else {
          // Not an argument we understand: keep the raw text.
          this.index = start + 1
          text += char
        }
        continue
      }
      text += char
      this.index += 1
    }
    flush()
    return parts
  }

  private parseArgument(inPlural: boolean): MessagePart | undefined {
    this.index += 1 // {
    const name = this.readUntil([',', '}']).trim()
    if (!/^[A-Za-z_][\w]*$/.test(name)) {
      return undefined
    }
    if (this.source.charAt(this.index) === '}') {
      this.index += 1
      return { type: 'argument', name }
    }
    this.index += 1 // ,
    const kind = this.readUntil([',', '}']).trim()
    if ((kind !== 'plural' && kind !== 'select') || this.source.charAt(this.index) !== ',') {
      return undefined
    }
    this.index += 1 // ,
    const branches = new Map<string, MessagePart[]>()
    for (;;) {
      this.skipSpace()
      if (this.source.charAt(this.index) === '}') {
        this.index += 1
        break
      }
      const selector = this.readUntil(['{', '}']).trim()
      if (!selector || this.source.charAt(this.index) !== '{') {
        return undefined
      }
      this.index += 1 // {
      const branch = this.parseMessage(true, inPlural || kind === 'plural')
      if (this.source.charAt(this.index) !== '}') {
        return undefined
      }
      this.index += 1 // }
      branches.set(selector, branch)
    }
    return { type: kind, name, branches }
  }

  private readUntil(stops: string[]): string {
    const start = this.index
    while (this.index < this.source.length && !stops.includes(this.source.charAt(this.index))) {
      this.index += 1
    }
    return this.source.slice(start, this.index)
  }

  private skipSpace(): void {
    while (/\s/.test(this.source.charAt(this.index))) {
      this.index += 1
    }
  }
}

/** Formatters for one locale (shared by every translator of that locale). */
export interface MessageFormatters {
  locale: string
  number: Intl.NumberFormat
  date: Intl.DateTimeFormat
  plural: Intl.PluralRules
}

/** The default date format: medium date + short time. */
const DEFAULT_DATE_OPTIONS: Intl.DateTimeFormatOptions = {
  dateStyle: 'medium',
  timeStyle: 'short',
}

/** The `Intl` formatters a locale needs, from the shared cache (built once per locale). */
export function createFormatters(locale: string): MessageFormatters {
  return {
    locale,
    number: numberFormat(locale),
    date: dateTimeFormat(locale, DEFAULT_DATE_OPTIONS),
    plural: pluralRules(locale),
  }
}

function formatValue(value: string | number | Date, formatters: MessageFormatters): string {
  if (typeof value === 'number') {
    return formatters.number.format(value)
  }
  if (value instanceof Date) {
    return formatters.date.format(value)
  }
  return value
}

function render(
  parts: MessagePart[],
  params: MessageParams,
  formatters: MessageFormatters,
  count: number | undefined,
): string {
  let out = ''
  for (const part of parts) {
    switch (part.type) {
      case 'text':
        out += part.value
        break
      case 'pound':
        out += count === undefined ? '#' : formatters.number.format(count)
        break
      case 'argument': {
        const value = params[part.name]
        // Values come from the API: isolated, so they cannot turn the sentence around them.
        out +=
          value === undefined ? `{${part.name}}` : isolateDirection(formatValue(value, formatters))
        break
      }
      case 'plural': {
        const value = Number(params[part.name] ?? Number.NaN)
        const branch =
          part.branches.get(`=${value}`) ??
          (Number.isNaN(value) ? undefined : part.branches.get(formatters.plural.select(value))) ??
          part.branches.get('other')
        out += branch ? render(branch, params, formatters, value) : ''
        break
      }
      case 'select': {
        const value = params[part.name]
        const key = typeof value === 'string' ? value : String(value)
        const branch = part.branches.get(key) ?? part.branches.get('other')
        out += branch ? render(branch, params, formatters, count) : ''
        break
      }
      default:
        part satisfies never
    }
  }
  return out
}

/**
 * Formats one message with its parameters.
 *
 * @example
 * formatMessage('{count, plural, =0 {No domains} one {# domain} other {# domains}}', { count: 2 }, createFormatters('en-US'))
 * // '2 domains'
 */
export function formatMessage(
  message: string,
  params: MessageParams,
  formatters: MessageFormatters,
): string {
  return render(parseMessage(message), params, formatters, undefined)
}
