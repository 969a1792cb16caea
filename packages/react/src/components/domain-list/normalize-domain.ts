import { type DomainNameProblem, domainNameProblem, toAsciiDomain } from '@myorg-kit/client'

/** Why a typed domain can't be added: the DNS's reasons, and this field's own. */
export type DomainInputProblem =
  DomainNameProblem | 'empty' | 'ipAddress' | 'wildcard' | 'localhost' | 'noDot'

/** The outcome of {@link normalizeDomain}: the host to send, or why there is none. */
export type NormalizedDomain =
  { ok: true; domain: string } | { ok: false; problem: DomainInputProblem }

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/

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
  const ascii = toAsciiDomain(host)
  if (IPV4.test(host) || IPV4.test(ascii)) {
    return { ok: false, problem: 'ipAddress' }
  }
  if (ascii === 'localhost' || ascii.endsWith('.localhost')) {
    return { ok: false, problem: 'localhost' }
  }
  // The DNS's rules, shared with the client's schema; a single label is this field's own rule.
  const problem = domainNameProblem(ascii)
  if (problem !== null && problem !== 'tooLong') {
    return { ok: false, problem }
  }
  if (!ascii.includes('.')) {
    return { ok: false, problem: 'noDot' }
  }
  return problem === null ? { ok: true, domain: ascii } : { ok: false, problem }
}
