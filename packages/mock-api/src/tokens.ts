/**
 * Mock access tokens: unsigned JWT-shaped strings (`alg: none`) carrying the claims the mock
 * handler reads. Never accepted by a real Auth0 tenant; never use them outside tests and demos.
 */
import { myOrgScopes, operations } from '@myorg-kit/client'
import type { MyOrgScope, OperationName } from '@myorg-kit/client'

/** The claims of a mock access token. */
export interface MockAccessTokenClaims {
  /** Issuer, e.g. `https://tenant.example/`. */
  iss: string
  /** Subject (the user), e.g. `auth0|64f0c0ffee`. */
  sub: string
  /** Audience, `https://{domain}/my-org/`. */
  aud: string | string[]
  /** Issued at (Unix seconds). */
  iat: number
  /** Expires at (Unix seconds). */
  exp: number
  /** Space-separated scopes, as Auth0 issues them. */
  scope: string
  /** The organization the token was issued for. */
  org_id?: string
}

/** Options of {@link createMockAccessToken}. */
export interface MockAccessTokenOptions {
  /** Granted scopes. @default every scope of the API ({@link permissionSets}.admin) */
  scopes?: readonly string[]
  /** `org_id` claim. When set and not the store's organization, the mock answers 404. @default omitted */
  orgId?: string
  /** `sub` claim. @default 'auth0|mock-admin' */
  sub?: string
  /** Lifetime in seconds (negative for an already expired token). @default 600 */
  expiresInSeconds?: number
  /** `aud` claim. @default 'https://tenant.example/my-org/' */
  audience?: string
  /** `iss` claim. @default 'https://tenant.example/' */
  issuer?: string
  /** Clock in ms, for `iat`/`exp`. @default Date.now */
  now?: () => number
}

const readScopes: readonly MyOrgScope[] = myOrgScopes.filter((scope) => scope.startsWith('read:'))

/** Named scope sets for tests and stories. */
export const permissionSets: {
  /** Every scope the operations use. */
  readonly admin: readonly MyOrgScope[]
  /** Only the `read:` scopes. */
  readonly readOnly: readonly MyOrgScope[]
  /** No scope at all. */
  readonly none: readonly MyOrgScope[]
} = {
  admin: [...myOrgScopes],
  readOnly: readScopes,
  none: [],
}

/** Every scope except those `operation` needs: a token that gets 403 from it and nothing else. */
export function scopesWithout(operation: OperationName): MyOrgScope[] {
  const needed = new Set<string>(operations[operation].scopes)
  return myOrgScopes.filter((scope) => !needed.has(scope))
}

/**
 * Build an unsigned mock access token:
 * `base64url({"alg":"none","typ":"at+jwt"}).base64url(claims).` (empty signature).
 *
 * @example
 * const token = createMockAccessToken({ scopes: permissionSets.readOnly, expiresInSeconds: 60 })
 */
export function createMockAccessToken(options: MockAccessTokenOptions = {}): string {
  const nowSeconds = Math.floor((options.now ?? Date.now)() / 1000)
  const claims: MockAccessTokenClaims = {
    iss: options.issuer ?? 'https://tenant.example/',
    sub: options.sub ?? 'auth0|mock-admin',
    aud: options.audience ?? 'https://tenant.example/my-org/',
    iat: nowSeconds,
    exp: nowSeconds + (options.expiresInSeconds ?? 600),
    scope: (options.scopes ?? permissionSets.admin).join(' '),
  }
  if (options.orgId !== undefined) {
    claims.org_id = options.orgId
  }
  return `${base64UrlEncode(JSON.stringify({ alg: 'none', typ: 'at+jwt' }))}.${base64UrlEncode(
    JSON.stringify(claims),
  )}.`
}

/**
 * Read the claims of a mock token. Returns `undefined` when the string is not a mock token
 * (wrong number of segments, not base64url JSON, or missing `scope`/`exp`). Does not check expiry.
 */
export function decodeMockAccessToken(token: string): MockAccessTokenClaims | undefined {
  const parts = token.split('.')
  if (parts.length !== 3 || !parts[0] || !parts[1]) {
    return undefined
  }
  try {
    const header: unknown = JSON.parse(base64UrlDecode(parts[0]))
    const payload: unknown = JSON.parse(base64UrlDecode(parts[1]))
    if (!isRecord(header) || header.alg !== 'none' || !isRecord(payload)) {
      return undefined
    }
    if (typeof payload.scope !== 'string' || typeof payload.exp !== 'number') {
      return undefined
    }
    return payload as unknown as MockAccessTokenClaims
  } catch {
    return undefined
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** base64url of a UTF-8 string (Web APIs only). */
export function base64UrlEncode(text: string): string {
  const bytes = new TextEncoder().encode(text)
  let binary = ''
  for (const byte of bytes) {
    binary += String.fromCharCode(byte)
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** Inverse of {@link base64UrlEncode}; throws on malformed input. */
export function base64UrlDecode(text: string): string {
  const padded = text
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(text.length / 4) * 4, '=')
  const binary = atob(padded)
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0))
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
}
