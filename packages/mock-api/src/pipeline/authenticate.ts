/**
 * Who is calling: the authentication hook of the handler, and its default, which reads the mock
 * tokens of `createMockAccessToken` and answers the API's 401s.
 */
import { apiError } from '../responses.ts'
import { decodeMockAccessToken } from '../tokens.ts'

/** Who is calling: what the token grants. */
export interface MockAuthContext {
  /** Granted scopes. */
  scopes: readonly string[]
  /** The organization of the token; when set and different from the store's, the API answers 404. */
  orgId?: string | undefined
}

/**
 * Verifies a request's credentials. Return the caller's scopes, or a `Response` (e.g. a 401) to
 * refuse. The default reads mock tokens (see `createMockAccessToken`).
 */
export type MockAuthenticate = (request: Request) => Promise<MockAuthContext | Response>

function unauthorized(title: string, detail: string, invalid: boolean): Response {
  return apiError(401, 'A0E-401-0002', title, detail, {
    'www-authenticate': invalid
      ? `Bearer realm="my-org", error="invalid_token", error_description="${detail.replace(/"/g, "'")}"`
      : 'Bearer realm="my-org"',
  })
}

/** The 401 for a token that expired at `expiredAt` (Unix seconds). */
export function expiredTokenResponse(expiredAt?: number): Response {
  const when = expiredAt === undefined ? '' : ` at ${new Date(expiredAt * 1000).toISOString()}`
  return unauthorized(
    'Invalid Token',
    `The access token expired${when}. Get a new token and try again.`,
    true,
  )
}

/** The default authentication: a mock token from `createMockAccessToken`, checked for expiry. */
export function createMockTokenAuthenticator(now: () => number): MockAuthenticate {
  return (request) => {
    const header = request.headers.get('authorization')
    const match = header ? /^(?:Bearer|DPoP)\s+(\S+)\s*$/i.exec(header) : null
    if (!match?.[1]) {
      return Promise.resolve(unauthorized('Missing Token', 'No auth token provided.', false))
    }
    const claims = decodeMockAccessToken(match[1])
    if (!claims) {
      return Promise.resolve(
        unauthorized(
          'Invalid Token',
          'The access token is malformed: expected a mock token from createMockAccessToken().',
          true,
        ),
      )
    }
    if (claims.exp * 1000 <= now()) {
      return Promise.resolve(expiredTokenResponse(claims.exp))
    }
    return Promise.resolve({
      scopes: claims.scope.split(' ').filter(Boolean),
      orgId: claims.org_id,
    })
  }
}
