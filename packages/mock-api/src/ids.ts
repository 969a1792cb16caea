/**
 * Identifiers in the exact shapes the My Organization API uses (`org_` + 16, `ord_` + 22,
 * `con_` + 16, `tok_` + 16, `rol_` + 16, `uinv_` + 16 letters or digits). Seed data gets deterministic ids derived from a
 * label, so fixtures and snapshots stay stable; records created at run time get random ones.
 */

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/** The id prefixes of the API and the number of letters or digits that follow each. */
export const idShapes = {
  org: 16,
  ord: 22,
  con: 16,
  tok: 16,
  rol: 16,
  uinv: 16,
} as const

/**
 * A kind of id: `org`, `ord` (domain), `con` (identity provider), `tok` (SCIM token), `rol`
 * (role) or `uinv` (member invitation).
 */
export type IdKind = keyof typeof idShapes

/** `count` random letters or digits, from the Web Crypto API (no bias worth caring about here). */
export function randomAlphanumeric(count: number): string {
  const bytes = new Uint8Array(count)
  crypto.getRandomValues(bytes)
  let out = ''
  for (const byte of bytes) {
    out += alphabet.charAt(byte % alphabet.length)
  }
  return out
}

/** A fresh, random, pattern-valid id such as `con_Xq3…`. */
export function randomId(kind: IdKind): string {
  return `${kind}_${randomAlphanumeric(idShapes[kind])}`
}

/**
 * A pattern-valid id that is always the same for the same `kind` and `label`
 * (e.g. `seedId('ord', 'acme.com')`). Used for seed data and fixtures.
 */
export function seedId(kind: IdKind, label: string): string {
  return `${kind}_${seedCharacters(`${kind}:${label}`, idShapes[kind])}`
}

/** `count` characters of `characters`, always the same for the same `label`. */
export function seedCharacters(label: string, count: number, characters = alphabet): string {
  const next = prng(label)
  let out = ''
  for (let index = 0; index < count; index += 1) {
    out += characters.charAt(Math.floor(next() * characters.length))
  }
  return out
}

/** A small deterministic generator (FNV-1a seeded mulberry32); not for secrets. */
function prng(label: string): () => number {
  let hash = 0x811c9dc5
  for (let index = 0; index < label.length; index += 1) {
    hash ^= label.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  let state = hash >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
