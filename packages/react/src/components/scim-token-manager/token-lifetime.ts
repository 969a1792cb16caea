import type { CreateScimTokenRequest, ScimToken } from '@myorg-kit/client'

/** Seconds in a day. */
const DAY_SECONDS = 24 * 60 * 60
/** Preset lifetimes, in days, of the "Create a token" picker. */
export const TOKEN_LIFETIME_PRESETS = [30, 90, 180, 365] as const
/** Longest custom lifetime, in days (ten years). */
export const MAX_CUSTOM_DAYS = 3650
/** Tokens that expire within this many days get an "expires soon" badge and a rotation guide. */
const EXPIRING_SOON_DAYS = 14

/** What the lifetime picker holds: a preset, `custom` (with `customDays`) or `never`. */
export type TokenLifetimeChoice = '30' | '90' | '180' | '365' | 'custom' | 'never'

/** The create form's values. `customDays` is the text typed when `lifetime` is `custom`. */
export interface TokenLifetimeValues {
  /** The picked lifetime: days as a string (`'30'`…`'365'`), `'custom'` or `'never'`. */
  lifetime: TokenLifetimeChoice
  /** The number of days typed for `custom` (ignored otherwise). */
  customDays: string
}

/**
 * The body of `POST …/scim-tokens` for a lifetime choice: `token_lifetime` in seconds (always
 * more than the API's 900-second minimum, since the shortest choice is one day), or `{}` for a
 * token that never expires (the API wants the field omitted then).
 */
export function toCreateScimTokenBody(values: TokenLifetimeValues): CreateScimTokenRequest {
  switch (values.lifetime) {
    case 'never':
      return {}
    case 'custom':
      return { token_lifetime: Number(values.customDays.trim()) * DAY_SECONDS }
    case '30':
    case '90':
    case '180':
    case '365':
      return { token_lifetime: Number(values.lifetime) * DAY_SECONDS }
    default:
      return values.lifetime satisfies never
  }
}

/** A token's expiry state at `now`. */
export type TokenExpiry =
  | { kind: 'never' }
  | { kind: 'expired' }
  | { kind: 'expiring'; days: number }
  | { kind: 'active'; days: number }
  | { kind: 'unknown' }

/**
 * Classifies a token by its `valid_until` (absent or empty: never expires). A date that doesn't
 * parse is `unknown`: neither called active nor offered for rotation.
 */
export function tokenExpiry(validUntil: string | undefined, now: number): TokenExpiry {
  if (!validUntil) {
    return { kind: 'never' }
  }
  const end = Date.parse(validUntil)
  if (Number.isNaN(end)) {
    return { kind: 'unknown' }
  }
  if (end <= now) {
    return { kind: 'expired' }
  }
  // Whole days left, rounded up.
  const days = Math.ceil((end - now) / (DAY_SECONDS * 1000))
  return days <= EXPIRING_SOON_DAYS ? { kind: 'expiring', days } : { kind: 'active', days }
}

/** A token with its expiry state at the time of rendering. */
export interface TokenWithExpiry {
  token: ScimToken
  expiry: TokenExpiry
}

/** Each token with its expiry state at `now`, in the list's order. */
export function withExpiry(tokens: readonly ScimToken[], now: number): TokenWithExpiry[] {
  return tokens.map((token) => ({ token, expiry: tokenExpiry(token.valid_until, now) }))
}

/**
 * The token the rotation guide is about: of the expired and expiring ones, the expired first,
 * then the one that ends first. `undefined` when none needs rotating.
 */
export function rotationTarget(tokens: readonly TokenWithExpiry[]): TokenWithExpiry | undefined {
  const order = (item: TokenWithExpiry): number => (item.expiry.kind === 'expired' ? 0 : 1)
  const end = (item: TokenWithExpiry): number => Date.parse(item.token.valid_until ?? '')
  return tokens
    .filter((item) => item.expiry.kind === 'expired' || item.expiry.kind === 'expiring')
    .sort((a, b) => order(a) - order(b) || end(a) - end(b))[0]
}
