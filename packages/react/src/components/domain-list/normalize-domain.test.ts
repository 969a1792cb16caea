import { describe, expect, it } from 'vitest'

import { type NormalizedDomain, normalizeDomain } from './normalize-domain.ts'

const cases: [input: string, expected: NormalizedDomain][] = [
  ['HTTPS://Acme.COM/login', { ok: true, domain: 'acme.com' }],
  ['acme.com.', { ok: true, domain: 'acme.com' }],
  ['bücher.de', { ok: true, domain: 'xn--bcher-kva.de' }],
  ['192.168.0.1', { ok: false, problem: 'ipAddress' }],
  ['*.acme.com', { ok: false, problem: 'wildcard' }],
  ['localhost', { ok: false, problem: 'localhost' }],
  ['acme.com:8443', { ok: true, domain: 'acme.com' }],
  ['https://www.acme.com:443/path?q=1#top', { ok: true, domain: 'www.acme.com' }],
  ['acme.com?utm_source=mail', { ok: true, domain: 'acme.com' }],
  ['   Acme.Co.UK \t', { ok: true, domain: 'acme.co.uk' }],
  ['[2001:db8::1]', { ok: false, problem: 'ipAddress' }],
  ['2001:db8::1', { ok: false, problem: 'ipAddress' }],
  ['acme', { ok: false, problem: 'noDot' }],
  ['acme_corp.com', { ok: false, problem: 'invalid' }],
  ['', { ok: false, problem: 'empty' }],
  ['   ', { ok: false, problem: 'empty' }],
]

describe('normalizeDomain', () => {
  it.each(cases)('%j → %j', (input, expected) => {
    expect(normalizeDomain(input)).toEqual(expected)
  })
})
