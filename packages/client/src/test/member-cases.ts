/** The member, invitation and role methods in the endpoint table of `create-client.test.ts`. */
import { invitation, member, role } from './fixtures.ts'
import type { EndpointCase } from './harness.ts'

const userId = member.user_id!
const encodedUser = encodeURIComponent(userId)
const invitationId = invitation.id!

export const memberCases: EndpointCase[] = [
  {
    operation: 'listMembers',
    call: (c) =>
      c.members.list({ take: 20, from: 'cursor-1', fields: ['user_id', 'name', 'roles'] }),
    path: '/members',
    query: { take: '20', from: 'cursor-1', fields: 'user_id,name,roles' },
    status: 200,
    response: { members: [member], next: 'cursor-2' },
  },
  {
    operation: 'getMember',
    call: (c) => c.members.get(userId, { fields: ['email'], includeFields: false }),
    path: `/members/${encodedUser}`,
    query: { fields: 'email', include_fields: 'false' },
    status: 200,
    response: { ...member, roles: undefined },
  },
  {
    operation: 'deleteMemberships',
    call: (c) => c.members.remove(userId),
    path: '/delete-memberships',
    body: { members: [userId] },
    status: 204,
  },
  {
    operation: 'listMemberRoles',
    call: (c) => c.members.roles.list(userId, { take: 5 }),
    path: `/members/${encodedUser}/roles`,
    query: { take: '5' },
    status: 200,
    response: { roles: [role] },
  },
  {
    operation: 'assignMemberRoles',
    call: (c) => c.members.roles.assign(userId, [role.id]),
    path: `/members/${encodedUser}/roles`,
    body: { role_ids: [role.id] },
    status: 204,
  },
  {
    operation: 'unassignMemberRoles',
    call: (c) => c.members.roles.unassign(userId, [role.id]),
    path: `/members/${encodedUser}/unassign-roles`,
    body: { role_ids: [role.id] },
    status: 204,
  },
  {
    operation: 'listMemberInvitations',
    call: (c) => c.invitations.list({ sort: 'created_at:1', take: 10 }),
    path: '/member-invitations',
    query: { sort: 'created_at:1', take: '10' },
    status: 200,
    response: { invitations: [invitation] },
  },
  {
    operation: 'createMemberInvitations',
    call: (c) =>
      c.invitations.create({
        invitees: [{ email: 'new.hire@acme.com', roles: [role.id] }],
        inviter: { name: 'Dana Reyes' },
        ttl_sec: 86_400,
      }),
    path: '/member-invitations',
    body: {
      invitees: [{ email: 'new.hire@acme.com', roles: [role.id] }],
      inviter: { name: 'Dana Reyes' },
      ttl_sec: 86_400,
    },
    status: 201,
    response: [invitation],
  },
  {
    operation: 'getMemberInvitation',
    call: (c) => c.invitations.get(invitationId, { fields: ['invitee', 'expires_at'] }),
    path: `/member-invitations/${invitationId}`,
    query: { fields: 'invitee,expires_at' },
    status: 200,
    response: { invitee: invitation.invitee, expires_at: invitation.expires_at },
  },
  {
    operation: 'deleteMemberInvitations',
    call: (c) => c.invitations.revoke([invitationId]),
    path: '/delete-member-invitations',
    body: { invitations: [invitationId] },
    status: 204,
  },
  {
    operation: 'listMemberInvitationRoles',
    call: (c) => c.invitations.roles(invitationId),
    path: `/member-invitations/${invitationId}/roles`,
    status: 200,
    response: { roles: [role] },
  },
  {
    operation: 'listRoles',
    call: (c) => c.roles.list({ name: 'bill' }),
    path: '/roles',
    query: { name: 'bill', take: '50' },
    status: 200,
    response: { roles: [role] },
  },
]
