/**
 * Reads the claims of an access token without verifying it. Only for decisions the API checks
 * again anyway: which actions the UI shows, which organization the data belongs to, when to ask
 * for a new token, which scopes a proxy reports for a token the host's own SDK issued. The API
 * checks the signature and scopes on every call.
 */

/** The claims the kit reads from a My Organization API access token. */
export interface AccessTokenClaims {
  /** Space-separated granted scopes. */
  scope?: string
  /** Auth0 RBAC permissions (when "Add Permissions in the Access Token" is on). */
  permissions?: string[]
  /** The organization the token was issued for. */
  org_id?: string
  /** Expiry, Unix seconds. */
  exp?: number
  /** Subject (the user). */
  sub?: string
}

/** Decodes a JWT payload; `undefined` when the token is opaque or malformed. */
export function decodeAccessToken(token: string): AccessTokenClaims | undefined {
  const parts = token.split('.')
  if (parts.length !== 3 || !parts[1]) {
    return undefined
  }
  try {
    const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/')
    const padded = base64.padEnd(Math.ceil(base64.length / 4) * 4, '=')
    const binary = atob(padded)
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0))
    const payload: unknown = JSON.parse(new TextDecoder().decode(bytes))
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
      return undefined
    }
    const record = payload as Record<string, unknown>
    const claims: AccessTokenClaims = {}
    if (typeof record.scope === 'string') {
      claims.scope = record.scope
    }
    if (Array.isArray(record.permissions)) {
      claims.permissions = record.permissions.filter(
        (item): item is string => typeof item === 'string',
      )
    }
    if (typeof record.org_id === 'string') {
      claims.org_id = record.org_id
    }
    if (typeof record.exp === 'number') {
      claims.exp = record.exp
    }
    if (typeof record.sub === 'string') {
      claims.sub = record.sub
    }
    return claims
  } catch {
    return undefined
  }
}

/** Splits a space-separated scope string into a set. */
export function parseScopes(...sources: (string | readonly string[] | undefined)[]): Set<string> {
  const scopes = new Set<string>()
  for (const source of sources) {
    if (source === undefined) {
      continue
    }
    const items = typeof source === 'string' ? source.split(/\s+/) : source
    for (const item of items) {
      if (item) {
        scopes.add(item)
      }
    }
  }
  return scopes
}
