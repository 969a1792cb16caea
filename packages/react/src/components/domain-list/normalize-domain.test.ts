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
  // Labels the DNS would refuse, whatever one engine's URL parser lets through.
  [`${'a'.repeat(64)}.com`, { ok: false, problem: 'labelTooLong' }],
  [`${'a'.repeat(63)}.com`, { ok: true, domain: `${'a'.repeat(63)}.com` }],
  ['xn--zz.com', { ok: false, problem: 'punycode' }],
  ['xn--bcher-kva.de', { ok: true, domain: 'xn--bcher-kva.de' }],
  ['XN--BCHER-KVA.DE', { ok: true, domain: 'xn--bcher-kva.de' }],
  ['xn--99999999.com', { ok: false, problem: 'punycode' }],
  ['-acme.com', { ok: false, problem: 'hyphen' }],
  ['acme-.com', { ok: false, problem: 'hyphen' }],
  ['ab--cd.com', { ok: false, problem: 'hyphen' }],
  ['a--b.com', { ok: true, domain: 'a--b.com' }],
  ['ac_me.com', { ok: false, problem: 'invalid' }],
  ['acme..com', { ok: false, problem: 'invalid' }],
  ['mañana.com', { ok: true, domain: 'xn--maana-pta.com' }],
  ['ＡＣＭＥ。com', { ok: true, domain: 'acme.com' }],
  [
    `${['a', 'b', 'c'].map((c) => c.repeat(63)).join('.')}.${'d'.repeat(61)}`,
    { ok: true, domain: `${['a', 'b', 'c'].map((c) => c.repeat(63)).join('.')}.${'d'.repeat(61)}` },
  ],
  [
    `${['a', 'b', 'c'].map((c) => c.repeat(63)).join('.')}.${'d'.repeat(62)}`,
    { ok: false, problem: 'tooLong' },
  ],
]

describe('normalizeDomain', () => {
  it.each(cases)('%j → %j', (input, expected) => {
    expect(normalizeDomain(input)).toEqual(expected)
  })
})

describe('normalizeDomain: length limits', () => {
  it('counts a 254-character name as too long and 253 as fine', () => {
    const ok = `${['a', 'b', 'c'].map((c) => c.repeat(63)).join('.')}.${'d'.repeat(61)}`
    expect(ok).toHaveLength(253)
    expect(`${ok}d`).toHaveLength(254)
  })
})
