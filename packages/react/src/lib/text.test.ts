import { describe, expect, it } from 'vitest'

import {
  canChangeDirection,
  hasHiddenCharacters,
  isolateDirection,
  revealHiddenCharacters,
} from './text.ts'

const RLO = '\u202E'
const PDF = '\u202C'

describe('isolateDirection', () => {
  it('leaves plain left-to-right values alone', () => {
    expect(isolateDirection('acme.com')).toBe('acme.com')
  })

  it('isolates an override, terminated or not, and right-to-left text', () => {
    expect(isolateDirection(`Acme ${RLO}gnp.exe${PDF} Corp`)).toBe(
      `\u2068Acme ${RLO}gnp.exe${PDF} Corp\u2069`,
    )
    expect(isolateDirection(`evil${RLO}`)).toBe(`\u2068evil${RLO}\u2069`)
    expect(isolateDirection('שלום')).toBe('\u2068שלום\u2069')
  })
})

describe('hidden characters', () => {
  it('finds bidi controls and zero-width characters, and only those', () => {
    expect(hasHiddenCharacters(`Acme ${RLO}Corp`)).toBe(true)
    expect(hasHiddenCharacters('ac\u200Bme')).toBe(true)
    expect(hasHiddenCharacters('Acme Corp — Zürich')).toBe(false)
  })

  it('shows each one as its code point', () => {
    expect(revealHiddenCharacters(`Acme ${RLO}gnp.exe${PDF}`)).toBe('Acme ⟨U+202E⟩gnp.exe⟨U+202C⟩')
    expect(revealHiddenCharacters('ac\u200Bme')).toBe('ac⟨U+200B⟩me')
  })
})

describe('canChangeDirection', () => {
  it('is true for right-to-left letters and bidi controls, false for plain text', () => {
    expect(canChangeDirection('Acme \u202Egnp.exe')).toBe(true)
    expect(canChangeDirection('שלום Acme')).toBe(true)
    expect(canChangeDirection('\u2067x')).toBe(true)
    expect(canChangeDirection('acme.com <b>x</b>')).toBe(false)
  })
})
