/**
 * A pseudo-locale for tests and stories only (never shipped: `test/` is outside the package's
 * `files` and the build's entries). Every text of `enUS` comes back accented and about 40 %
 * longer, the way translations often are, so layouts that only fit English show up early:
 * "Verify" → "Vééríífýý". ICU syntax is kept exactly: `{placeholders}`, `#` and
 * `{count, plural, one {…} other {…}}` / `{kind, select, …}` with their selectors.
 */
import { enUS } from '../src/i18n/en-US.ts'
import { type MessagePart, parseMessage } from '../src/i18n/format-message.ts'
import type { MyOrgMessages } from '../src/i18n/types.ts'

/** How much longer each run of text gets (0.4 = 40 %). */
export const pseudoExpansion = 0.4

/** The BCP 47 tag the pseudo-locale formats numbers and dates with (Android/Chromium's). */
export const pseudoLocaleTag = 'en-XA'

const accents: Readonly<Record<string, string>> = {
  a: 'á',
  c: 'ç',
  e: 'é',
  i: 'í',
  n: 'ñ',
  o: 'ó',
  u: 'ú',
  y: 'ý',
  A: 'Á',
  C: 'Ç',
  E: 'É',
  I: 'Í',
  N: 'Ñ',
  O: 'Ó',
  U: 'Ú',
  Y: 'Ý',
}

const vowel = /[aeiouy]/i
const letter = /\p{L}/u

/**
 * Accents and lengthens one run of plain text. The extra characters repeat the run's vowels
 * (its letters when it has none), spread evenly, so words get longer the way translated words
 * do; a run without letters (spaces, punctuation) is left alone.
 */
export function pseudoText(text: string): string {
  if (!letter.test(text)) {
    return text
  }
  const extra = Math.ceil(text.length * pseudoExpansion)
  const stretchable = vowel.test(text) ? vowel : letter
  const total = text.match(new RegExp(stretchable.source, `g${stretchable.flags}`))?.length ?? 1
  let seen = 0
  let out = ''
  for (const char of text) {
    const accented = accents[char] ?? char
    out += accented
    if (stretchable.test(char)) {
      // Bresenham-style: this character's share of `extra`, so the copies spread evenly.
      const copies = Math.floor(((seen + 1) * extra) / total) - Math.floor((seen * extra) / total)
      out += accented.repeat(copies)
      seen += 1
    }
  }
  return out
}

function serialize(parts: readonly MessagePart[]): string {
  let out = ''
  for (const part of parts) {
    switch (part.type) {
      case 'text':
        out += pseudoText(part.value)
        break
      case 'argument':
        out += `{${part.name}}`
        break
      case 'pound':
        out += '#'
        break
      case 'plural':
      case 'select': {
        const branches = [...part.branches].map(
          ([selector, branch]) => `${selector} {${serialize(branch)}}`,
        )
        out += `{${part.name}, ${part.type}, ${branches.join(' ')}}`
        break
      }
      default:
        part satisfies never
    }
  }
  return out
}

/** The pseudo version of one message: its text accented and longer, its ICU syntax as is. */
export function pseudoMessage(message: string): string {
  return serialize(parseMessage(message))
}

type MessageTree = { readonly [key: string]: string | MessageTree }

function mapTree(tree: MessageTree): MessageTree {
  return Object.fromEntries(
    Object.entries(tree).map(([key, value]) => [
      key,
      typeof value === 'string' ? pseudoMessage(value) : mapTree(value),
    ]),
  )
}

/** A whole bundle in the pseudo-locale, every key of `messages` present. */
export function pseudoLocalize(messages: MyOrgMessages): MyOrgMessages {
  return mapTree(messages) as unknown as MyOrgMessages
}

/** Every text of the kit (`enUS`, all component groups) in the pseudo-locale. */
export const pseudoMessages: MyOrgMessages = pseudoLocalize(enUS)
