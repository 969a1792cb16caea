import { decodePunycode, encodePunycode, isAscii } from '../../lib/punycode.ts'

/** Why a typed domain can't be added. */
export type DomainInputProblem =
  | 'empty'
  | 'invalid'
  | 'ipAddress'
  | 'wildcard'
  | 'localhost'
  | 'noDot'
  | 'tooLong'
  | 'labelTooLong'
  | 'hyphen'
  | 'punycode'

/** The outcome of {@link normalizeDomain}: the host to send, or why there is none. */
export type NormalizedDomain =
  { ok: true; domain: string } | { ok: false; problem: DomainInputProblem }

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/
/** The longest name (RFC 1035) and label the DNS takes. */
const MAX_NAME_LENGTH = 253
const MAX_LABEL_LENGTH = 63
/** The ideographic and full-width full stops IDNA reads as dots (UTS #46). */
const DOTS = /[.\u3002\uff0e\uff61]/
const ACE_PREFIX = 'xn--'

/** An internationalised name as ASCII: NFKC, lower case, each non-ASCII label in punycode. */
function toAscii(host: string): string {
  return host
    .normalize('NFKC')
    .toLowerCase()
    .split(DOTS)
    .map((label) => (isAscii(label) ? label : ACE_PREFIX + encodePunycode(label)))
    .join('.')
}

/** Why an ASCII label can't be in a DNS name, or `null`. */
function labelProblem(label: string): DomainInputProblem | null {
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

/**
 * Turns what an admin typed or pasted into the bare host name the API expects: trims, lower-cases,
 * drops the scheme, credentials, path, query, fragment, port and trailing dot, and converts an
 * internationalised name to punycode (`bücher.de` → `xn--bcher-kva.de`) with the package's own
 * RFC 3492 code, not one engine's `URL` parser. Then rejects what the DNS would refuse (a name
 * over 253 characters, a label over 63, characters other than letters, digits and hyphens, a
 * hyphen at either end, `--` in positions 3–4, `xn--` labels that don't decode) and what can't be
 * an organization's email domain: IP addresses, wildcards, `localhost` and single-label names.
 * Pure: no React, no I/O.
 */
export function normalizeDomain(input: string): NormalizedDomain {
  let host = input.trim().toLowerCase()
  if (host === '') {
    return { ok: false, problem: 'empty' }
  }
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/^\/\//, '')
  host = host.split(/[/?#\\]/, 1)[0] ?? ''
  host = host.slice(host.lastIndexOf('@') + 1)
  if (host.includes('*')) {
    return { ok: false, problem: 'wildcard' }
  }
  if (host.startsWith('[') || (host.match(/:/g)?.length ?? 0) > 1) {
    return { ok: false, problem: 'ipAddress' }
  }
  host = host.replace(/:\d*$/, '').replace(/\.+$/, '')
  if (host === '') {
    return { ok: false, problem: 'invalid' }
  }
  const ascii = toAscii(host)
  if (IPV4.test(host) || IPV4.test(ascii)) {
    return { ok: false, problem: 'ipAddress' }
  }
  if (ascii === 'localhost' || ascii.endsWith('.localhost')) {
    return { ok: false, problem: 'localhost' }
  }
  for (const label of ascii.split('.')) {
    const problem = labelProblem(label)
    if (problem) {
      return { ok: false, problem }
    }
  }
  if (!ascii.includes('.')) {
    return { ok: false, problem: 'noDot' }
  }
  if (ascii.length > MAX_NAME_LENGTH) {
    return { ok: false, problem: 'tooLong' }
  }
  return { ok: true, domain: ascii }
}
