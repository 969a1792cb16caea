/** `#RGB` or `#RRGGBB`, as the API's `OrgBrandingColors` pattern. */
const HEX_COLOR = /^#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$/

/** Whether `value` is a hex colour the API takes: `#RGB` or `#RRGGBB` (no spaces around it). */
export function isHexColor(value: string): boolean {
  return HEX_COLOR.test(value)
}

/**
 * `#abc` → `#aabbcc`, lower case: the only form `<input type="color">` takes. `undefined` when
 * `value` (trimmed) is not a hex colour.
 */
export function toPickerColor(value: string): string | undefined {
  const color = value.trim()
  if (!isHexColor(color)) {
    return undefined
  }
  const digits = color.slice(1)
  const full =
    digits.length === 3
      ? digits
          .split('')
          .map((digit) => digit + digit)
          .join('')
      : digits
  return `#${full.toLowerCase()}`
}

/** WCAG 2 relative luminance of a `#rrggbb` colour, 0 (black) to 1 (white). */
function relativeLuminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((start) => {
    const value = parseInt(hex.slice(start, start + 2), 16) / 255
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/**
 * Black or white, whichever has the higher WCAG contrast on `color` (`#RGB` or `#RRGGBB`): the
 * text colour for a button filled with a user's brand colour. Ties go to white.
 *
 * @example
 * readableOn('#635DFF') // '#ffffff'
 * readableOn('#FFD700') // '#000000'
 */
export function readableOn(color: string): '#ffffff' | '#000000' {
  const luminance = relativeLuminance(toPickerColor(color) ?? color)
  const onWhite = 1.05 / (luminance + 0.05)
  const onBlack = (luminance + 0.05) / 0.05
  return onWhite >= onBlack ? '#ffffff' : '#000000'
}
