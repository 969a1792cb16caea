/**
 * Response shapes of members and invitations: a member's stored role ids become roles (the
 * first 10, on request), and an invitation's ticket is shown only when fields are not selected.
 */
import type { OrgMember, Role } from '@myorg-kit/client'

import type { MockInvitation } from '../seed/invitations.ts'
import type { MockMember } from '../seed/members.ts'
import type { MyOrgStore } from '../store.ts'
import { type FieldQuery, selectFields } from './fields.ts'

/** The fields `GET /member-invitations` may select (the contract's pattern). */
export const invitationFields = [
  'id',
  'organization_id',
  'inviter',
  'invitee',
  'identity_provider_id',
  'created_at',
  'expires_at',
  'roles',
  'invitation_url',
] as const

/** The roles of these ids that still exist, in the order given. */
export function rolesOf(store: MyOrgStore, roleIds: readonly string[]): Role[] {
  return roleIds.flatMap((id) => {
    const role = store.findRole(id)
    return role ? [{ ...role }] : []
  })
}

/** A member as the API returns it; `withRoles` adds its first 10 roles. */
export function memberBody(
  store: MyOrgStore,
  member: MockMember,
  query: FieldQuery,
  withRoles: boolean,
): Partial<OrgMember> {
  const { role_ids: roleIds, ...fields } = member
  const body: OrgMember = withRoles
    ? { ...fields, roles: rolesOf(store, roleIds).slice(0, 10) }
    : { ...fields }
  return selectFields(body, query)
}

/** An invitation as the API returns it (`ticket_id` only when no field is selected). */
export function invitationBody(
  invitation: MockInvitation,
  query: FieldQuery,
): Partial<MockInvitation> {
  const body: Partial<MockInvitation> = structuredClone(invitation)
  if (query.fields) {
    delete body.ticket_id
  }
  return selectFields(body, query)
}

/** Whether an invitation can still be accepted at `now` (ms). */
export function isActive(invitation: MockInvitation, now: number): boolean {
  return Date.parse(invitation.expires_at) > now
}
