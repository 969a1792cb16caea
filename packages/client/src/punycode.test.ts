import { describe, expect, it } from 'vitest'

import { decodePunycode, encodePunycode, isAscii } from './punycode.ts'

/** RFC 3492 §7.1 samples and common IDN labels: [Unicode, punycode without "xn--"]. */
const samples: [unicode: string, punycode: string][] = [
  ['bücher', 'bcher-kva'],
  ['mañana', 'maana-pta'],
  ['münchen', 'mnchen-3ya'],
  ['例え', 'r8jz45g'],
  ['他们为什么不说中文', 'ihqwcrb4cv8a8dqg056pqjye'],
  ['почемужеонинеговорятпорусски', 'b1abfaaepdrnnbgefbadotcwatmq2g4l'],
  ['3年B組金八先生', '3B-ww4c5e180e575a65lsy2b'],
  ['ü', 'tda'],
  ['abc', 'abc-'],
]

describe('punycode (RFC 3492)', () => {
  it.each(samples)('%s ⇄ %s', (unicode, punycode) => {
    expect(encodePunycode(unicode)).toBe(punycode)
    expect(decodePunycode(punycode)).toBe(unicode)
  })

  it.each([
    ['zz', 'ends in the middle of a number'],
    ['a-z9999999999', 'overflows'],
    ['-9', 'starts with a delimiter and no basic code points, then a non-digit'],
    ['ü-a', 'has a non-basic code point before the delimiter'],
    ['bcher-kv!', 'has a character that is not a digit'],
    ['99999999', 'lands beyond Unicode'],
  ])('refuses %j (%s)', (input) => {
    expect(decodePunycode(input)).toBeNull()
  })
})

describe('isAscii', () => {
  it('tells basic code points from the rest', () => {
    expect(isAscii('acme-1.com')).toBe(true)
    expect(isAscii('')).toBe(true)
    expect(isAscii('bücher')).toBe(false)
    expect(isAscii('\u0080')).toBe(false)
  })
})
