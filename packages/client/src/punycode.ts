/**
 * Punycode (RFC 3492), the encoding of internationalised domain labels (`bücher` ⇄ `bcher-kva`).
 * Pure and engine-independent: the domain checks must not depend on one browser's URL parser.
 * Labels only; the `xn--` prefix is the caller's.
 */

const BASE = 36
const T_MIN = 1
const T_MAX = 26
const SKEW = 38
const DAMP = 700
const INITIAL_BIAS = 72
const INITIAL_N = 128
const MAX_CODE_POINT = 0x10ffff

/** True when every character of `text` is ASCII (what punycode calls basic code points). */
export function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    if (text.charCodeAt(index) >= INITIAL_N) {
      return false
    }
  }
  return true
}

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : delta >> 1
  d += Math.floor(d / points)
  let k = 0
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN))
    k += BASE
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW))
}

/** The digit a code unit stands for (`a`–`z` 0–25, `0`–`9` 26–35, either case), or -1. */
function digitOf(char: string): number {
  const code = char.charCodeAt(0)
  if (code >= 0x61 && code <= 0x7a) return code - 0x61
  if (code >= 0x41 && code <= 0x5a) return code - 0x41
  if (code >= 0x30 && code <= 0x39) return code - 0x30 + 26
  return -1
}

function charOf(digit: number): string {
  return String.fromCharCode(digit < 26 ? digit + 0x61 : digit - 26 + 0x30)
}

function threshold(k: number, bias: number): number {
  return k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias
}

/**
 * Decodes a punycode label (without `xn--`), or returns `null` when it is not valid punycode:
 * a non-basic character, a number cut short, an overflow or a code point beyond Unicode.
 *
 * @example
 * decodePunycode('bcher-kva') // 'bücher'
 * decodePunycode('zz') // null
 */
export function decodePunycode(input: string): string | null {
  const delimiter = input.lastIndexOf('-')
  const basic = delimiter > 0 ? input.slice(0, delimiter) : ''
  if (!isAscii(basic)) {
    return null
  }
  const output = Array.from(basic, (char) => char.codePointAt(0) ?? 0)
  let n = INITIAL_N
  let bias = INITIAL_BIAS
  let i = 0
  for (let index = delimiter > 0 ? delimiter + 1 : 0; index < input.length;) {
    const oldI = i
    let w = 1
    for (let k = BASE; ; k += BASE) {
      if (index >= input.length) {
        return null
      }
      const digit = digitOf(input.charAt(index++))
      if (digit < 0 || digit > Math.floor((Number.MAX_SAFE_INTEGER - i) / w)) {
        return null
      }
      i += digit * w
      const t = threshold(k, bias)
      if (digit < t) {
        break
      }
      w *= BASE - t
    }
    const length = output.length + 1
    bias = adapt(i - oldI, length, oldI === 0)
    n += Math.floor(i / length)
    i %= length
    if (n > MAX_CODE_POINT || (n >= 0xd800 && n <= 0xdfff)) {
      return null
    }
    output.splice(i++, 0, n)
  }
  return String.fromCodePoint(...output)
}

/**
 * Encodes a Unicode label as punycode (without `xn--`).
 *
 * @example
 * encodePunycode('bücher') // 'bcher-kva'
 */
export function encodePunycode(input: string): string {
  const points = Array.from(input, (char) => char.codePointAt(0) ?? 0)
  let output = points
    .filter((point) => point < INITIAL_N)
    .map((point) => String.fromCodePoint(point))
    .join('')
  const basicCount = output.length
  let handled = basicCount
  if (basicCount > 0) {
    output += '-'
  }
  let n = INITIAL_N
  let delta = 0
  let bias = INITIAL_BIAS
  while (handled < points.length) {
    const m = Math.min(...points.filter((point) => point >= n))
    delta += (m - n) * (handled + 1)
    n = m
    for (const point of points) {
      if (point < n) {
        delta++
      }
      if (point === n) {
        let q = delta
        for (let k = BASE; ; k += BASE) {
          const t = threshold(k, bias)
          if (q < t) {
            break
          }
          output += charOf(t + ((q - t) % (BASE - t)))
          q = Math.floor((q - t) / (BASE - t))
        }
        output += charOf(q)
        bias = adapt(delta, handled + 1, handled === basicCount)
        delta = 0
        handled++
      }
    }
    delta++
    n++
  }
  return output
}
