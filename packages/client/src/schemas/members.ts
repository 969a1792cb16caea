/** Schemas of members, their roles, roles and member invitations. */
import * as z from './schema-kit.ts'

import type {
  CreateMemberInvitationsRequest,
  InvitationPage,
  MemberInvitation,
  MemberPage,
  OrgMember,
  Role,
  RolePage,
} from '../types.ts'
import {
  text,
  optionalString,
  orgIdSchema,
  identityProviderIdSchema,
  roleIdSchema,
  invitationIdSchema,
  memberIdSchema,
} from './common.ts'

/**
 * The most items one request may carry, from the contract: invitees per invitation request,
 * role ids per assign or unassign, invitation ids per revoke, and members per
 * `delete-memberships` (one). The client splits longer lists into requests of this size.
 */
export const memberBatchLimits = {
  invitees: 10,
  roleIds: 10,
  invitations: 10,
  members: 1,
} as const

// ── Responses ─────────────────────────────────────────────────────────────────────────────────

export const roleSchema: z.ZodMiniType<Role> = z.object({
  id: roleIdSchema,
  name: z.string(),
  description: optionalString,
})

const memberBase = {
  user_id: optionalString,
  created_at: optionalString,
  updated_at: optionalString,
  last_login: optionalString,
  phone_number: optionalString,
  email: optionalString,
  name: optionalString,
  nickname: optionalString,
  given_name: optionalString,
  family_name: optionalString,
}

export const orgMemberSchema: z.ZodMiniType<OrgMember> = z.object({
  ...memberBase,
  roles: z.optional(z.array(roleSchema)),
})

export const memberPageSchema: z.ZodMiniType<MemberPage> = z.object({
  members: z._default(z.array(orgMemberSchema), () => []),
  next: optionalString,
})

export const rolePageSchema: z.ZodMiniType<RolePage> = z.object({
  roles: z.array(roleSchema),
  next: optionalString,
})

export const invitationRolesSchema: z.ZodMiniType<{ roles: Role[] }> = z.object({
  roles: z.array(roleSchema),
})

export const memberInvitationSchema: z.ZodMiniType<MemberInvitation> = z.object({
  id: z.optional(invitationIdSchema),
  organization_id: z.optional(orgIdSchema),
  inviter: z.optional(z.object({ name: optionalString })),
  invitee: z.optional(z.object({ email: optionalString })),
  identity_provider_id: z.optional(identityProviderIdSchema),
  created_at: optionalString,
  expires_at: optionalString,
  roles: z.optional(z.array(roleIdSchema)),
  invitation_url: optionalString,
  ticket_id: optionalString,
})

export const invitationPageSchema: z.ZodMiniType<InvitationPage> = z.object({
  invitations: z._default(z.array(memberInvitationSchema), () => []),
  next: optionalString,
})

export const createdInvitationsSchema: z.ZodMiniType<MemberInvitation[]> =
  z.array(memberInvitationSchema)

// ── Requests ──────────────────────────────────────────────────────────────────────────────────

const distinct = (items: readonly unknown[]) => new Set(items).size === items.length

/** 1 to `max` items; without `max`, any number (the client splits the list). */
function boundedList<T extends z.ZodMiniType>(item: T, noun: string, max?: number) {
  const list = z.array(item).check(z.minLength(1, `must name at least one ${noun}`))
  return max === undefined
    ? list
    : list.check(z.maxLength(max, `must name at most ${max} ${max === 1 ? noun : `${noun}s`}`))
}

/** {@link boundedList} of distinct items. */
function distinctList<T extends z.ZodMiniType>(item: T, noun: string, max?: number) {
  return boundedList(item, noun, max).check(
    z.refine(distinct, `must not name the same ${noun} twice`),
  )
}

/** `role_ids` of an assign or unassign; `max` undefined for the client's unsplit input. */
export function memberRolesChangeSchema(max?: number): z.ZodMiniType<{ role_ids: string[] }> {
  return z.strictObject({ role_ids: distinctList(roleIdSchema, 'role', max) })
}

/** The body of `POST /members/{id}/roles` and `POST /members/{id}/unassign-roles`. */
export const memberRolesChangeRequestSchema = memberRolesChangeSchema(memberBatchLimits.roleIds)

/** `members` of `POST /delete-memberships`; `max` undefined for the client's unsplit input. */
export function deleteMembershipsSchema(max?: number): z.ZodMiniType<{ members: string[] }> {
  return z.strictObject({ members: distinctList(memberIdSchema, 'member', max) })
}

/** The body of `POST /delete-memberships`: exactly one member. */
export const deleteMembershipsRequestSchema = deleteMembershipsSchema(memberBatchLimits.members)

/** `invitations` of a revoke; `max` undefined for the client's unsplit input. */
export function deleteMemberInvitationsSchema(
  max?: number,
): z.ZodMiniType<{ invitations: string[] }> {
  return z.strictObject({ invitations: distinctList(invitationIdSchema, 'invitation', max) })
}

/** The body of `POST /delete-member-invitations`. */
export const deleteMemberInvitationsRequestSchema = deleteMemberInvitationsSchema(
  memberBatchLimits.invitations,
)

/** Most seconds an invitation may live: 30 days. */
export const maxInvitationTtlSeconds = 2_592_000

const inviteeSchema = z.strictObject({
  email: z
    .email('must be an email address')
    .check(z.maxLength(320, 'must be at most 320 characters')),
  roles: z.optional(
    z
      .array(roleIdSchema)
      .check(
        z.maxLength(10, 'must name at most 10 roles'),
        z.refine(distinct, 'must not name the same role twice'),
      ),
  ),
})

/** The invitations body; `max` invitees, or any number for the client's unsplit input. */
export function createMemberInvitationsSchema(
  max?: number,
): z.ZodMiniType<CreateMemberInvitationsRequest> {
  return z.strictObject({
    invitees: boundedList(inviteeSchema, 'invitee', max),
    inviter: z.optional(z.strictObject({ name: z.optional(text(1, 300)) })),
    identity_provider_id: z.optional(identityProviderIdSchema),
    ttl_sec: z.optional(
      z
        .int('must be a whole number of seconds')
        .check(
          z.gte(0, 'must not be negative'),
          z.lte(maxInvitationTtlSeconds, 'must be at most 2592000 seconds (30 days)'),
        ),
    ),
  })
}

/** The body of `POST /member-invitations`: 1–10 invitees. */
export const createMemberInvitationsRequestSchema = createMemberInvitationsSchema(
  memberBatchLimits.invitees,
)
