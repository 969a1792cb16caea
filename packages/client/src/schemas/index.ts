/**
 * zod schemas for every request body and response of the operations in `../operations.ts`.
 * Requests are strict (unknown fields are refused before anything is sent); responses tolerate
 * extra fields. Built on `zod/mini`, whose functional API tree-shakes to a few KB (the classic
 * API costs ~25 KB gzip in a host's bundle). Published as `@myorg-kit/client/schemas` for tools
 * (the mock API, tests); the client's main entry keeps zod out of its public types.
 */
export {
  orgIdPattern,
  domainIdPattern,
  identityProviderIdPattern,
  scimTokenIdPattern,
  domainNamePattern,
  hexColorPattern,
  strategySchema,
  accessLevelSchema,
  orgIdSchema,
  domainIdSchema,
  identityProviderIdSchema,
  scimTokenIdSchema,
  domainNameSchema,
} from './common.ts'
export * from './organization.ts'
export * from './identity-providers.ts'
export * from './provisioning.ts'
export * from './errors.ts'
