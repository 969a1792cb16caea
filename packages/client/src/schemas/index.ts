/**
 * Schemas for every request body and response of the operations in `../operations.ts`.
 * Requests are strict (unknown fields are refused before anything is sent); responses tolerate
 * extra fields. Published as `@myorg-kit/client/schemas` for tools (the mock API, tests).
 *
 * They are not zod schemas: they are built on the client's own small schema kit
 * (`./schema-kit.ts`), which keeps zod's call shapes and offers `safeParse` and `parse` with
 * zod-shaped issues ({@link SchemaIssue}), but none of zod's other methods. Wrap one in your own
 * zod schema with `z.custom()` if you need to compose it with zod.
 */
export type { SchemaIssue, SafeParseResult, IssuePath, LiteralValue } from './schema-kit.ts'
export { SchemaError } from './schema-kit.ts'
export {
  orgIdPattern,
  domainIdPattern,
  identityProviderIdPattern,
  scimTokenIdPattern,
  roleIdPattern,
  invitationIdPattern,
  memberIdPattern,
  domainNamePattern,
  hexColorPattern,
  strategySchema,
  accessLevelSchema,
  orgIdSchema,
  domainIdSchema,
  identityProviderIdSchema,
  scimTokenIdSchema,
  roleIdSchema,
  invitationIdSchema,
  memberIdSchema,
} from './common.ts'
export * from './organization.ts'
export * from './domains.ts'
export * from './identity-providers.ts'
export * from './provisioning.ts'
export * from './errors.ts'
export * from './members.ts'
