import { describe, expect, it } from 'vitest'

import { parseEmailList } from './parse-email-list.ts'

describe('parseEmailList', () => {
  it('splits on commas, semicolons, spaces and new lines', () => {
    expect(
      parseEmailList('a@acme.com, b@acme.com;c@acme.com\nd@acme.com  e@acme.com').valid,
    ).toEqual(['a@acme.com', 'b@acme.com', 'c@acme.com', 'd@acme.com', 'e@acme.com'])
  })

  it('folds duplicates whatever their case and counts them', () => {
    const parsed = parseEmailList('Ana@Acme.com ana@acme.com ANA@ACME.COM bo@acme.com')
    expect(parsed.valid).toEqual(['Ana@Acme.com', 'bo@acme.com'])
    expect(parsed.duplicates).toBe(2)
  })

  it('keeps the address of "Name <address>" and mailto: links', () => {
    expect(
      parseEmailList('"Silva, Ana" <ana@acme.com>; Bo Li <bo@acme.com>, mailto:cy@acme.com').valid,
    ).toEqual(['ana@acme.com', 'bo@acme.com', 'cy@acme.com'])
  })

  it('sets apart what is not an address', () => {
    const parsed = parseEmailList('ok@acme.com nope bad@ @acme.com x@y a@b.c1 z@acme.com')
    expect(parsed.valid).toEqual(['ok@acme.com', 'z@acme.com'])
    expect(parsed.invalid).toEqual(['nope', 'bad@', '@acme.com', 'x@y', 'a@b.c1'])
  })

  it('shows markup that is not an address exactly as typed, never as a name to drop', () => {
    const parsed = parseEmailList('<script>alert(1)</script> (x) <b>ana@acme.com</b>')
    expect(parsed.valid).toEqual([])
    expect(parsed.invalid).toEqual(['<script>alert(1)</script>', '(x)', '<b>ana@acme.com</b>'])
  })

  it('finds nothing in blank text', () => {
    expect(parseEmailList(' \n ,; ')).toEqual({ valid: [], invalid: [], duplicates: 0 })
  })
})
