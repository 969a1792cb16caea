/** Members, their roles, and member invitations: what the API takes and returns. */
import type { IdentityProviderId, InvitationId, MemberId, OrgId, RoleId } from './types.ts'

/** A role the organization may give to members and invitations. */
export interface Role {
  id: RoleId
  name: string
  description?: string | undefined
}

/** The user fields a member carries (`UserAttributes` in the contract). */
export interface MemberAttributes {
  email?: string | undefined
  /** Full name. */
  name?: string | undefined
  nickname?: string | undefined
  given_name?: string | undefined
  family_name?: string | undefined
}

/**
 * A member of the organization. Every field is optional: `fields` may leave any out. There is no
 * `picture`: the contract returns none.
 */
export interface OrgMember extends MemberAttributes {
  user_id?: MemberId | undefined
  created_at?: string | undefined
  updated_at?: string | undefined
  /** Absent when the user never logged in. */
  last_login?: string | undefined
  phone_number?: string | undefined
  /**
   * The first 10 roles, only when the token carries `read:my_org:member_roles` and `fields`
   * asks for `roles`. `client.members.roles.list` returns them all.
   */
  roles?: Role[] | undefined
}

/** The fields `GET /members` can select with `fields`. */
export type OrgMemberField =
  | 'user_id'
  | 'email'
  | 'name'
  | 'nickname'
  | 'given_name'
  | 'family_name'
  | 'created_at'
  | 'updated_at'
  | 'last_login'
  | 'phone_number'
  | 'roles'

/** One page of `GET /members`. */
export interface MemberPage {
  members: OrgMember[]
  /** Cursor for the next page; absent or empty on the last page. */
  next?: string | undefined
}

/** One page of `GET /members/{id}/roles` or `GET /roles`. */
export interface RolePage {
  roles: Role[]
  /** Cursor for the next page; absent or empty on the last page. */
  next?: string | undefined
}

/** Who sent an invitation, as the invitation shows it. */
export interface MemberInvitationInviter {
  /** 1–300 characters. */
  name?: string | undefined
}

/** A member invitation. */
export interface MemberInvitation {
  id?: InvitationId | undefined
  organization_id?: OrgId | undefined
  inviter?: MemberInvitationInviter | undefined
  invitee?: { email?: string | undefined } | undefined
  /** The connection the invitee signs up or logs in with. */
  identity_provider_id?: IdentityProviderId | undefined
  created_at?: string | undefined
  /** When the link stops working; an invitation past it is expired, not removed. */
  expires_at?: string | undefined
  /** Role ids given on acceptance. `client.invitations.roles` returns the roles themselves. */
  roles?: RoleId[] | undefined
  /** `{login URI}?invitation={ticket}&organization={org_id}&organization_name={name}`. */
  invitation_url?: string | undefined
  /** Only returned when `fields` is not used. */
  ticket_id?: string | undefined
}

/** The fields `GET /member-invitations` can select with `fields` (never `ticket_id`). */
export type MemberInvitationField =
  | 'id'
  | 'organization_id'
  | 'inviter'
  | 'invitee'
  | 'identity_provider_id'
  | 'created_at'
  | 'expires_at'
  | 'roles'
  | 'invitation_url'

/** One page of `GET /member-invitations`. */
export interface InvitationPage {
  invitations: MemberInvitation[]
  /** Cursor for the next page; absent or empty on the last page. */
  next?: string | undefined
}

/** One person to invite. */
export interface MemberInvitationInvitee {
  /** An email address, at most 320 characters. */
  email: string
  /** Up to 10 distinct role ids, given when the invitation is accepted. */
  roles?: RoleId[] | undefined
}

/** What `POST /member-invitations` takes: 1–10 invitees, and what they share. */
export interface CreateMemberInvitationsRequest {
  invitees: MemberInvitationInvitee[]
  inviter?: MemberInvitationInviter | undefined
  /** The connection to invite them to. */
  identity_provider_id?: IdentityProviderId | undefined
  /** Lifetime of the links in seconds, up to 2592000 (30 days); 0 or absent means 7 days. */
  ttl_sec?: number | undefined
}
