/**
 * May this caller run this operation? In the API's order: the `expiredToken` fault, then
 * authentication (401), the operation's scopes (403 with `WWW-Authenticate`), and the
 * organization (404 once deleted, or for a token of another organization).
 */
import { type OperationName, operations } from '@myorg-kit/client'

import { type MockFaults, takeFault } from '../faults.ts'
import { apiError, notFound } from '../responses.ts'
import type { MyOrgState } from '../store.ts'
import {
  type MockAuthContext,
  type MockAuthenticate,
  expiredTokenResponse,
} from './authenticate.ts'

/** What {@link authorize} needs besides the request and its operation. */
export interface AuthorizeOptions {
  faults: MockFaults
  authenticate: MockAuthenticate
  state: MyOrgState
  now: () => number
}

/** The caller's grant, or the response that refuses the request. */
export async function authorize(
  request: Request,
  operation: OperationName,
  method: string,
  { faults, authenticate, state, now }: AuthorizeOptions,
): Promise<MockAuthContext | Response> {
  if (takeFault(faults, 'expiredToken', { operation, method })) {
    return expiredTokenResponse(Math.floor(now() / 1000) - 1)
  }
  const auth = await authenticate(request)
  if (auth instanceof Response) {
    return auth
  }
  const { scopes } = operations[operation]
  const granted = new Set(auth.scopes)
  if (scopes.some((scope) => !granted.has(scope))) {
    return apiError(
      403,
      'A0E-403-0002',
      'Insufficient Scope',
      'The auth token lacks the required scope: Check the API documentation for the required scopes for this endpoint.',
      {
        'www-authenticate': `Bearer realm="my-org", error="insufficient_scope", scope="${scopes.join(' ')}"`,
      },
    )
  }
  if (
    state.organizationDeleted ||
    (auth.orgId !== undefined && auth.orgId !== state.organization.id)
  ) {
    return notFound('The organization does not exist.')
  }
  return auth
}
