/**
 * Text from the API is written by other people. These helpers keep it from changing how the
 * kit's own text reads: direction isolation for values placed in sentences, and detection of
 * the invisible characters that make two names look alike.
 */

/** Bidi formatting characters: embeddings, overrides, isolates and marks. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u
/** Invisible characters that change nothing on screen: zero-width space/joiners, word joiner, BOM. */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/u
/** Letters written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms). */
const RTL_LETTERS = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/u

const FIRST_STRONG_ISOLATE = '\u2068'
const POP_DIRECTIONAL_ISOLATE = '\u2069'

/**
 * `value` wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE when it could change the
 * direction of the text around it (right-to-left letters or bidi controls, terminated or not):
 * the value keeps its own direction and the sentence it sits in keeps the kit's. Plain
 * left-to-right values are returned as they are.
 */
export function isolateDirection(value: string): string {
  return canChangeDirection(value)
    ? `${FIRST_STRONG_ISOLATE}${value}${POP_DIRECTIONAL_ISOLATE}`
    : value
}

/**
 * Whether `value` could change the direction of the text around it: it holds right-to-left
 * letters or bidi controls, terminated or not.
 */
export function canChangeDirection(value: string): boolean {
  return BIDI_CONTROLS.test(value) || RTL_LETTERS.test(value)
}

/** Whether `value` holds characters that change how it reads without being visible. */
export function hasHiddenCharacters(value: string): boolean {
  return BIDI_CONTROLS.test(value) || ZERO_WIDTH.test(value)
}

/** `value` without its invisible characters: what a person can type to match it. */
export function stripHiddenCharacters(value: string): string {
  return value.replace(new RegExp(`${BIDI_CONTROLS.source}|${ZERO_WIDTH.source}`, 'gu'), '')
}

/**
 * `value` with every invisible character shown as its code point (`⟨U+202E⟩`), so an admin
 * can see what a name really contains before confirming an action on it.
 */
export function revealHiddenCharacters(value: string): string {
  return value.replace(
    new RegExp(`${BIDI_CONTROLS.source}|${ZERO_WIDTH.source}`, 'gu'),
    (char) => `⟨U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}⟩`,
  )
}
