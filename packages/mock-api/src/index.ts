/**
 * `@myorg-kit/mock-api`: an in-memory Auth0 My Organization API. The store and the Fetch-style
 * handler live here (no MSW needed); MSW adapters are in `./msw`, `./node` and `./browser`.
 */
export { createMyOrgStore } from './store.ts'
export type { MyOrgStore, MyOrgStoreOptions, MyOrgState } from './store.ts'
export {
  createDefaultSeed,
  createDomainFixture,
  seedOrganizationId,
  verificationHostFor,
} from './seed.ts'
export type { MyOrgSeed, DomainFixtureOptions } from './seed.ts'
export { hostileIds, hostileSeed, hostileStrings } from './seed/hostile.ts'
export type { MockIdentityProvider } from './seed/identity-providers.ts'
export type { MockScimToken } from './seed/provisioning.ts'
export type { MockMember } from './seed/members.ts'
export type { MockInvitation } from './seed/invitations.ts'
export { createMyOrgHandler } from './handler.ts'
export type { MyOrgHandler, MyOrgHandlerOptions } from './handler-types.ts'
export { createMockTokenAuthenticator } from './pipeline/authenticate.ts'
export type { MockAuthContext, MockAuthenticate } from './pipeline/authenticate.ts'
export {
  createMockAccessToken,
  decodeMockAccessToken,
  permissionSets,
  scopesWithout,
} from './tokens.ts'
export type { MockAccessTokenClaims, MockAccessTokenOptions } from './tokens.ts'
export { createFaults, MockNetworkError, isMockNetworkError } from './faults.ts'
export type { MockFaults, FaultScope, RateLimitFault, ServerErrorFault } from './faults.ts'
export { rateLimitTiers } from './rate-limiter.ts'
export type { RateLimitTier, RateLimiterOptions } from './rate-limiter.ts'
export { randomId, seedId } from './ids.ts'
export type { IdKind } from './ids.ts'
