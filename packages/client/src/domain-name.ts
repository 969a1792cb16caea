/**
 * Domain names as the DNS takes them, checked without any engine's URL parser: one
 * implementation for the client's schemas (what is sent and read) and the kit's domain field.
 */
import { decodePunycode, encodePunycode, isAscii } from './punycode.ts'

/** Why a name can't be a DNS name (RFC 1035, RFC 5891), as {@link domainNameProblem} says. */
export type DomainNameProblem = 'invalid' | 'labelTooLong' | 'hyphen' | 'punycode' | 'tooLong'

/** The longest name (RFC 1035) and label the DNS takes. */
const MAX_NAME_LENGTH = 253
const MAX_LABEL_LENGTH = 63
/** The ideographic and full-width full stops IDNA reads as dots (UTS #46). */
const DOTS = /[.\u3002\uff0e\uff61]/
const ACE_PREFIX = 'xn--'

/**
 * An internationalised name as ASCII: NFKC, lower case, each non-ASCII label in punycode
 * (`bücher.de` → `xn--bcher-kva.de`), with the package's own RFC 3492 code.
 */
export function toAsciiDomain(host: string): string {
  return host
    .normalize('NFKC')
    .toLowerCase()
    .split(DOTS)
    .map((label) => (isAscii(label) ? label : ACE_PREFIX + encodePunycode(label)))
    .join('.')
}

/** An `xn--` label that decodes to a non-ASCII name and encodes back to itself. */
function isPunycodeLabel(label: string): boolean {
  const decoded = decodePunycode(label.slice(ACE_PREFIX.length))
  return (
    decoded !== null &&
    !isAscii(decoded) &&
    decoded === decoded.normalize('NFKC').toLowerCase() &&
    encodePunycode(decoded) === label.slice(ACE_PREFIX.length)
  )
}

/** Why an ASCII label can't be in a DNS name, or `null`. */
function labelProblem(label: string): DomainNameProblem | null {
  if (label === '' || !/^[a-z0-9-]+$/.test(label)) {
    return 'invalid'
  }
  if (label.length > MAX_LABEL_LENGTH) {
    return 'labelTooLong'
  }
  if (label.startsWith('-') || label.endsWith('-')) {
    return 'hyphen'
  }
  if (label.startsWith(ACE_PREFIX)) {
    return isPunycodeLabel(label) ? null : 'punycode'
  }
  // "--" in positions 3 and 4 is reserved for encodings such as xn-- (RFC 5891 §4.2.3.1).
  return label.slice(2, 4) === '--' ? 'hyphen' : null
}

/**
 * Why the ASCII name `domain` can't be a DNS name, or `null`: each label's characters (letters,
 * digits, hyphens), length (63), hyphens (not at either end, no `--` in positions 3–4 unless an
 * `xn--` label that decodes), then the whole name's length (253). Case is ignored.
 */
export function domainNameProblem(domain: string): DomainNameProblem | null {
  const ascii = domain.toLowerCase()
  for (const label of ascii.split('.')) {
    const problem = labelProblem(label)
    if (problem) {
      return problem
    }
  }
  return ascii.length > MAX_NAME_LENGTH ? 'tooLong' : null
}
