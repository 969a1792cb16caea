import { describe, expect, it } from 'vitest'

import { isHexColor, readableOn, toPickerColor } from './color.ts'

describe('isHexColor', () => {
  it('takes #RGB and #RRGGBB in either case', () => {
    expect(isHexColor('#635DFF')).toBe(true)
    expect(isHexColor('#fff')).toBe(true)
  })

  it('refuses other lengths, names, missing # and spaces', () => {
    expect(isHexColor('#ffff')).toBe(false)
    expect(isHexColor('635DFF')).toBe(false)
    expect(isHexColor('blue')).toBe(false)
    expect(isHexColor(' #fff')).toBe(false)
    expect(isHexColor('#ggg')).toBe(false)
  })
})

describe('toPickerColor', () => {
  it('expands #RGB and lower-cases, as <input type="color"> needs', () => {
    expect(toPickerColor('#F0A')).toBe('#ff00aa')
    expect(toPickerColor('#4F46E5')).toBe('#4f46e5')
  })

  it('trims what was typed', () => {
    expect(toPickerColor('  #ABC ')).toBe('#aabbcc')
  })

  it('gives undefined for anything that is not a hex colour', () => {
    expect(toPickerColor('')).toBeUndefined()
    expect(toPickerColor('red')).toBeUndefined()
    expect(toPickerColor('#12345')).toBeUndefined()
  })
})

describe('readableOn', () => {
  it('puts white text on dark and saturated colours', () => {
    expect(readableOn('#000000')).toBe('#ffffff')
    expect(readableOn('#635DFF')).toBe('#ffffff')
    expect(readableOn('#4F46E5')).toBe('#ffffff')
  })

  it('puts black text on light colours', () => {
    expect(readableOn('#FFFFFF')).toBe('#000000')
    expect(readableOn('#FFD700')).toBe('#000000')
    expect(readableOn('#F8FAFC')).toBe('#000000')
  })

  it('reads #RGB like its #RRGGBB form', () => {
    expect(readableOn('#fff')).toBe('#000000')
    expect(readableOn('#00f')).toBe(readableOn('#0000ff'))
  })

  it('switches where black and white have the same contrast (luminance ≈ 0.179)', () => {
    // #757575 is just under the crossover, #777777 just over.
    expect(readableOn('#757575')).toBe('#ffffff')
    expect(readableOn('#777777')).toBe('#000000')
  })
})
