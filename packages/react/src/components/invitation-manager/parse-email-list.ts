/** What {@link parseEmailList} found in pasted or typed text. */
export interface ParsedEmailList {
  /** Valid addresses, each once (the first spelling kept), in order. */
  valid: string[]
  /** What isn't a valid address, each once, in order: not sent. */
  invalid: string[]
  /** How many repeats were folded into an earlier address. */
  duplicates: number
}

/** The longest address the API takes. */
const MAX_EMAIL_LENGTH = 320

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@(?:[^\s@<>()[\]\\,;:".]+\.)+[^\s@<>()[\]\\,;:".\d]{2,}$/u

/** Whether `value` looks like an email address the API would take. */
export function isEmailAddress(value: string): boolean {
  return value.length <= MAX_EMAIL_LENGTH && EMAIL.test(value)
}

/** `mailto:` and surrounding brackets go when what is left is an address; else the token stays as typed. */
function unwrapToken(token: string): string {
  const bare = token.replace(/^mailto:/iu, '').replace(/^[<(]+|[>)]+$/gu, '')
  return isEmailAddress(bare) ? bare : token
}

/**
 * Splits pasted or typed addresses (commas, semicolons, spaces, new lines; `Name <address>`
 * and `mailto:` as mail apps copy them), folds duplicates (case-insensitive) and sets apart
 * what isn't a valid address.
 */
export function parseEmailList(text: string): ParsedEmailList {
  const unwrapped = text.replace(/(?:"[^"]*"|[^<>,;\n])*<([^<>\s@]+@[^<>\s]+)>/gu, ' $1 ')
  const tokens = unwrapped
    .split(/[\s,;]+/u)
    .map(unwrapToken)
    .filter((token) => token !== '')
  const seen = new Set<string>()
  const result: ParsedEmailList = { valid: [], invalid: [], duplicates: 0 }
  for (const token of tokens) {
    const key = token.toLowerCase()
    if (seen.has(key)) {
      result.duplicates += 1
      continue
    }
    seen.add(key)
    if (isEmailAddress(token)) {
      result.valid.push(token)
    } else {
      result.invalid.push(token)
    }
  }
  return result
}
