import { domainNamePattern } from '@myorg-kit/client/schemas'

/** Why a typed domain can't be added. */
export type DomainInputProblem =
  'empty' | 'invalid' | 'ipAddress' | 'wildcard' | 'localhost' | 'noDot' | 'tooLong'

/** The outcome of {@link normalizeDomain}: the host to send, or why there is none. */
export type NormalizedDomain =
  { ok: true; domain: string } | { ok: false; problem: DomainInputProblem }

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/

/**
 * Turns what an admin typed or pasted into the bare host name the API expects: trims, lower-cases,
 * drops the scheme, credentials, path, query, fragment, port and trailing dot, and converts an
 * internationalised name to punycode with the platform's `URL` (`bücher.de` → `xn--bcher-kva.de`).
 * Then rejects what can't be an organization's email domain: IP addresses, wildcards,
 * `localhost` and single-label names. Pure: no React, no I/O.
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
  let ascii: string
  try {
    ascii = new URL(`http://${host}`).hostname
  } catch {
    return { ok: false, problem: 'invalid' }
  }
  ascii = ascii.replace(/\.+$/, '')
  if (IPV4.test(host) || IPV4.test(ascii) || ascii.startsWith('[')) {
    return { ok: false, problem: 'ipAddress' }
  }
  if (ascii === 'localhost' || ascii.endsWith('.localhost')) {
    return { ok: false, problem: 'localhost' }
  }
  if (!domainNamePattern.test(ascii)) {
    return { ok: false, problem: 'invalid' }
  }
  if (!ascii.includes('.')) {
    return { ok: false, problem: 'noDot' }
  }
  if (ascii.length > 253) {
    return { ok: false, problem: 'tooLong' }
  }
  return { ok: true, domain: ascii }
}
