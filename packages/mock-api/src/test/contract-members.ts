/**
 * The member, invitation and role part of the contract test (`contract.test.ts`): requests
 * that drive the mock through every success and error of these operations, and the calls of
 * `@myorg-kit/client` that send each of its member requests once.
 */
import type { MyOrgClient, OperationName } from '@myorg-kit/client'

import { seedRoles } from '../seed/roles.ts'
import type { MyOrgStore } from '../store.ts'
import { createMockAccessToken, scopesWithout } from '../tokens.ts'

/** The contract test's request helper, as far as this part uses it. */
export type ContractCall = (
  operation: OperationName,
  label: string,
  options?: {
    params?: Record<string, string>
    query?: string
    body?: unknown
    token?: string | null
  },
) => Promise<{ status: number; text: string }>

/** Path values for every operation's parameters: bad ones (400) and unknown ones (404). */
export const badMemberParams = { user_id: 'no-connection-prefix', invitation_id: 'uinv_bad' }
export const unknownMemberParams = {
  user_id: 'auth0|000000000000000000000000',
  invitation_id: 'uinv_AAAAAAAAAAAAAAAA',
}

/** Reads: pages, field selections (with and without the roles scope), each record. */
async function driveReads(call: ContractCall, store: MyOrgStore): Promise<void> {
  const first = await call('listMembers', 'seed')
  const { next } = JSON.parse(first.text) as { next: string }
  await call('listMembers', 'page 2', { query: `?from=${next}` })
  await call('listMembers', 'with roles', { query: '?take=10&fields=user_id,name,roles' })
  await call('listMembers', 'roles without the scope', {
    query: '?take=10&fields=roles',
    token: createMockAccessToken({ scopes: scopesWithout('listRoles') }),
  })
  await call('listMembers', 'exclude', { query: '?fields=email&include_fields=false' })
  await call('listMembers', 'bad take', { query: '?take=101' })
  for (const member of store.state.members.slice(0, 12)) {
    const params = { user_id: member.user_id }
    await call('getMember', member.name, { params })
    await call('listMemberRoles', member.name, { params })
  }
  await call('getMember', 'fields', {
    params: { user_id: store.state.members[0]!.user_id },
    query: '?fields=user_id,last_login,phone_number',
  })
  await call('listRoles', 'seed')
  await call('listRoles', 'name', { query: '?name=manager' })
  await call('listRoles', 'take=2', { query: '?take=2' })
  await call('listRoles', 'empty name', { query: '?name=' })
  await call('listMemberInvitations', 'seed')
  await call('listMemberInvitations', 'oldest first', { query: '?sort=created_at:1&take=3' })
  await call('listMemberInvitations', 'fields', { query: '?fields=invitee,expires_at,roles' })
  await call('listMemberInvitations', 'bad field', { query: '?fields=ticket_id' })
  await call('listMemberInvitations', 'bad sort', { query: '?sort=created_at:0' })
  for (const invitation of store.state.invitations) {
    const params = { invitation_id: invitation.id }
    await call('getMemberInvitation', invitation.invitee.email, { params })
    await call('listMemberInvitationRoles', invitation.invitee.email, { params })
  }
}

/**
 * Drive every member, invitation and role operation through its successes and errors.
 * `expectValidRequest` checks a body against the spec's request schema before it is sent.
 */
export async function driveMemberOperations(
  call: ContractCall,
  store: MyOrgStore,
  expectValidRequest: (operation: OperationName, body: unknown) => void,
): Promise<void> {
  await driveReads(call, store)
  const send = async (operation: OperationName, label: string, body: unknown, params = {}) => {
    expectValidRequest(operation, body)
    return call(operation, label, { body, params })
  }
  const member = store.state.members.find((candidate) => candidate.role_ids.length === 0)!
  const params = { user_id: member.user_id }
  const roles = { role_ids: [seedRoles.billing.id, seedRoles.auditor.id] }
  await send('assignMemberRoles', 'ok', roles, params)
  await call('assignMemberRoles', 'unknown role', {
    params,
    body: { role_ids: ['rol_AAAAAAAAAAAAAAAA'] },
  })
  await call('assignMemberRoles', 'none', { params, body: { role_ids: [] } })
  await send('unassignMemberRoles', 'ok', { role_ids: [seedRoles.billing.id] }, params)
  await send('unassignMemberRolesLegacy', 'ok', { role_ids: [seedRoles.auditor.id] }, params)
  await call('unassignMemberRolesLegacy', 'bad body', { params, body: { roles: [] } })

  const okta = store.state.identityProviders.find((idp) => idp.name === 'acme-okta')!.id
  await send('createMemberInvitations', 'ok', {
    invitees: [
      { email: 'new.one@acme.com', roles: [seedRoles.member.id] },
      { email: 'b@acme.com' },
    ],
    inviter: { name: 'Dana Reyes' },
    identity_provider_id: okta,
    ttl_sec: 0,
  })
  await send('createMemberInvitations', 'longest ttl', {
    invitees: [{ email: 'new.one@acme.com' }],
    ttl_sec: 2_592_000,
  })
  await call('createMemberInvitations', 'ttl too long', {
    body: { invitees: [{ email: 'c@acme.com' }], ttl_sec: 2_592_001 },
  })
  await call('createMemberInvitations', 'eleven invitees', {
    body: { invitees: Array.from({ length: 11 }, (_, i) => ({ email: `p${i}@acme.com` })) },
  })
  await call('createMemberInvitations', 'unknown role', {
    body: { invitees: [{ email: 'd@acme.com', roles: ['rol_AAAAAAAAAAAAAAAA'] }] },
  })
  const [first, second, third] = store.state.invitations
  await call('deleteMemberInvitationLegacy', 'ok', { params: { invitation_id: first!.id } })
  await send('deleteMemberInvitations', 'ok', { invitations: [second!.id, third!.id] })
  await call('deleteMemberInvitations', 'unknown', {
    body: { invitations: ['uinv_AAAAAAAAAAAAAAAA'] },
  })
  await call('deleteMemberInvitations', 'eleven', {
    body: {
      invitations: Array.from({ length: 11 }, (_, i) => `uinv_${String(i).padStart(16, '0')}`),
    },
  })

  const [leaving, staying] = store.state.members
  await send('deleteMemberships', 'ok', { members: [leaving!.user_id] })
  await call('deleteMemberships', 'two at once', {
    body: { members: [staying!.user_id, member.user_id] },
  })
  await call('deleteMemberships', 'unknown', { body: { members: [leaving!.user_id] } })
}

/** Every member, invitation and role method of the client, once or more. */
export async function runClientMemberMethods(
  client: MyOrgClient,
  store: MyOrgStore,
): Promise<void> {
  const [someone, other] = store.state.members
  const page = await client.members.list({ take: 3, fields: ['user_id', 'name', 'roles'] })
  await client.members.list({ from: page.next!, take: 3, includeFields: false, fields: ['email'] })
  await client.members.get(someone!.user_id, { fields: ['user_id', 'email'] })
  await client.members.roles.list(someone!.user_id, { take: 1 })
  await client.members.roles.assign(someone!.user_id, [seedRoles.auditor.id])
  await client.members.roles.unassign(someone!.user_id, [seedRoles.auditor.id])
  await client.roles.list({ name: 'admin', take: 5 })
  const invitations = await client.invitations.list({ sort: 'created_at:1', take: 2 })
  const invitationId = invitations.invitations[0]!.id!
  await client.invitations.get(invitationId, { fields: ['invitee', 'roles'] })
  await client.invitations.roles(invitationId)
  const created = await client.invitations.create({
    invitees: Array.from({ length: 12 }, (_, i) => ({
      email: `client${i}@acme.com`,
      roles: [seedRoles.member.id],
    })),
    inviter: { name: 'Dana Reyes' },
    ttl_sec: 86_400,
  })
  await client.invitations.revoke(created.map((invitation) => invitation.id!))
  await client.members.remove(other!.user_id)
}
