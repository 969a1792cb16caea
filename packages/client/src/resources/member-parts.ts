import type { InvitationsClient, MembersClient, RolesClient } from '../member-client-types.ts'
import type { Call, CheckBody } from './call.ts'
import { invitationResource } from './invitations.ts'
import { memberResource } from './members.ts'
import { roleResource } from './roles.ts'

/** The member operations (beta): members, invitations and roles. */
export interface MemberParts {
  members: MembersClient
  invitations: InvitationsClient
  roles: RolesClient
}

/** Builds the member operations; loaded on their first call (see `lazy-member-parts.ts`). */
export function memberParts(call: Call, check: CheckBody): MemberParts {
  return {
    members: memberResource(call, check),
    invitations: invitationResource(call, check),
    roles: roleResource(call),
  }
}
