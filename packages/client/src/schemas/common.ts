/** The id and name patterns and small builders every schema file shares. */
import * as z from './schema-kit.ts'

export const orgIdPattern = /^org_[A-Za-z0-9]{16}$/
export const domainIdPattern = /^ord_[A-Za-z0-9]{22}$/
export const identityProviderIdPattern = /^con_[A-Za-z0-9]{16}$/
export const scimTokenIdPattern = /^tok_[A-Za-z0-9]{16}$/
export const roleIdPattern = /^rol_[A-Za-z0-9]{16}$/
export const invitationIdPattern = /^uinv_[A-Za-z0-9]{16}$/
/** The spec's `OrgMemberId`: 1–1024 characters holding a `|` (`auth0|64f0…`). */
export const memberIdPattern = /^(?=.{1,1024}$).+\|.+$/
/** The spec's `OrgDomainName`: a bare host name (no scheme, port, path or trailing dot). */
export const domainNamePattern =
  /^(([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])\.)*([A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9])$/
/** `#RGB` or `#RRGGBB`. */
export const hexColorPattern = /^#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$/

export const strategySchema = z.enum([
  'adfs',
  'google-apps',
  'oidc',
  'okta',
  'pingfederate',
  'samlp',
  'waad',
])
export const accessLevelSchema = z.enum(['none', 'readonly', 'limited', 'full'])

export const pattern = (regex: RegExp, message: string) => z.string().check(z.regex(regex, message))
export const text = (min: number, max: number) =>
  z
    .string()
    .check(
      z.minLength(min, min === 1 ? 'must not be empty' : `must be at least ${min} characters`),
      z.maxLength(max, `must be at most ${max} characters`),
    )
export const requiredText = z.string().check(z.minLength(1, 'is required'))
export const optionalString = z.optional(z.string())
export const optionalBoolean = z.optional(z.boolean())

export const orgIdSchema = pattern(
  orgIdPattern,
  'must look like org_ followed by 16 letters or digits',
)
export const domainIdSchema = pattern(
  domainIdPattern,
  'must look like ord_ followed by 22 letters or digits',
)
export const identityProviderIdSchema = pattern(
  identityProviderIdPattern,
  'must look like con_ followed by 16 letters or digits',
)
export const scimTokenIdSchema = pattern(
  scimTokenIdPattern,
  'must look like tok_ followed by 16 letters or digits',
)
export const roleIdSchema = pattern(
  roleIdPattern,
  'must look like rol_ followed by 16 letters or digits',
)
export const invitationIdSchema = pattern(
  invitationIdPattern,
  'must look like uinv_ followed by 16 letters or digits',
)
export const memberIdSchema = pattern(
  memberIdPattern,
  'must be a user id such as auth0|64f0c0ffee (at most 1024 characters)',
)
export const hexColor = pattern(hexColorPattern, 'must be a colour like #RGB or #RRGGBB')

/** The fields an attribute mapping item shares in SSO and provisioning responses. */
export const attributeBase = {
  user_attribute: optionalString,
  description: optionalString,
  label: optionalString,
  is_required: z.boolean(),
  is_extra: z.boolean(),
  is_missing: z.boolean(),
}
