/**
 * Member invitations: the paged list (newest first unless `sort` says otherwise), create (an
 * active invitation to the same email is replaced), one invitation and its roles, and revoking
 * with the current `POST /delete-member-invitations` or the legacy `DELETE …/{id}`.
 */
import type { CreateMemberInvitationsRequest } from '@myorg-kit/client'
import {
  createMemberInvitationsRequestSchema,
  deleteMemberInvitationsRequestSchema,
} from '@myorg-kit/client/schemas'

import { randomAlphanumeric, randomId } from '../ids.ts'
import {
  type ValidationErrorDetail,
  fieldError,
  json,
  noContent,
  notFound,
  validationError,
} from '../responses.ts'
import {
  type MockInvitation,
  defaultInvitationTtlSeconds,
  invitationUrl,
} from '../seed/invitations.ts'
import type { MyOrgStore } from '../store.ts'
import { type RouteTable, route } from './define.ts'
import { readFieldQuery } from './fields.ts'
import { invitationBody, invitationFields, isActive, rolesOf } from './member-bodies.ts'
import { unknownRoleErrors } from './member-roles.ts'
import { pageOf, readPageQuery } from './paging.ts'

/** What the organization must have for a create body: the provider and every role named. */
function createErrors(
  store: MyOrgStore,
  body: CreateMemberInvitationsRequest,
): ValidationErrorDetail[] {
  const errors: ValidationErrorDetail[] = []
  const idpId = body.identity_provider_id
  if (idpId !== undefined) {
    const idp = store.findIdentityProvider(idpId)
    if (!idp || idp.access_level === 'none') {
      errors.push(
        fieldError(
          ['identity_provider_id'],
          'is not an identity provider of this organization',
          'body',
        ),
      )
    }
  }
  body.invitees.forEach((invitee, index) => {
    errors.push(...unknownRoleErrors(store, invitee.roles ?? [], ['invitees', index, 'roles']))
  })
  return errors
}

/** Create one invitation per invitee, each replacing an active one to the same email. */
function invite(
  store: MyOrgStore,
  body: CreateMemberInvitationsRequest,
  now: number,
): MockInvitation[] {
  const { state } = store
  // 0 and absent both mean the default lifetime.
  const ttl = body.ttl_sec || defaultInvitationTtlSeconds
  const inviterName = body.inviter?.name
  return body.invitees.map((invitee) => {
    const email = invitee.email.toLowerCase()
    state.invitations = state.invitations.filter(
      (other) => other.invitee.email.toLowerCase() !== email || !isActive(other, now),
    )
    const ticketId = randomAlphanumeric(32)
    const invitation: MockInvitation = {
      id: randomId('uinv'),
      organization_id: state.organization.id,
      ...(inviterName ? { inviter: { name: inviterName } } : {}),
      invitee: { email: invitee.email },
      ...(body.identity_provider_id ? { identity_provider_id: body.identity_provider_id } : {}),
      created_at: new Date(now).toISOString(),
      expires_at: new Date(now + ttl * 1000).toISOString(),
      roles: [...(invitee.roles ?? [])],
      invitation_url: invitationUrl(state.loginUri, ticketId, state.organization),
      ticket_id: ticketId,
    }
    state.invitations.push(invitation)
    return invitation
  })
}

export const invitationRoutes = {
  listMemberInvitations: route({
    handle: ({ state, url }) => {
      const page = readPageQuery(url.searchParams, 'invitations')
      const selection = readFieldQuery(url.searchParams, invitationFields)
      const sort = url.searchParams.get('sort')
      const errors = [...page.errors, ...selection.errors]
      if (sort !== null && sort !== 'created_at:1' && sort !== 'created_at:-1') {
        errors.push(fieldError(['sort'], 'must be created_at:1 or created_at:-1', 'query'))
      }
      if (errors.length > 0) {
        return validationError(errors)
      }
      const direction = sort === 'created_at:1' ? 1 : -1
      const sorted = [...state.invitations].sort(
        (a, b) =>
          direction * (Date.parse(a.created_at) - Date.parse(b.created_at)) ||
          a.id.localeCompare(b.id),
      )
      const { items, next } = pageOf(sorted, page.query, 'invitations')
      return json(200, {
        invitations: items.map((invitation) => invitationBody(invitation, selection.query)),
        ...(next ? { next } : {}),
      })
    },
  }),

  createMemberInvitations: route({
    checks: ['body'],
    body: createMemberInvitationsRequestSchema,
    handle: ({ store, body, now }) => {
      const errors = createErrors(store, body)
      if (errors.length > 0) {
        return validationError(errors)
      }
      const created = invite(store, body, now())
      return json(
        201,
        created.map((invitation) => structuredClone(invitation)),
      )
    },
  }),

  getMemberInvitation: route({
    checks: ['invitation'],
    handle: ({ invitation, url }) => {
      const selection = readFieldQuery(url.searchParams, invitationFields)
      if (selection.errors.length > 0) {
        return validationError(selection.errors)
      }
      return json(200, invitationBody(invitation, selection.query))
    },
  }),

  deleteMemberInvitationLegacy: route({
    checks: ['invitation'],
    handle: ({ state, invitation }) => {
      state.invitations = state.invitations.filter((other) => other.id !== invitation.id)
      return noContent()
    },
  }),

  deleteMemberInvitations: route({
    checks: ['body'],
    body: deleteMemberInvitationsRequestSchema,
    handle: ({ store, state, body }) => {
      // All or nothing: one unknown id revokes none of them.
      const unknown = body.invitations.filter((id) => !store.findInvitation(id))
      if (unknown.length > 0) {
        return notFound(`The invitation does not exist: ${unknown.join(', ')}.`)
      }
      state.invitations = state.invitations.filter((other) => !body.invitations.includes(other.id))
      return noContent()
    },
  }),

  listMemberInvitationRoles: route({
    checks: ['invitation'],
    handle: ({ store, invitation }) => json(200, { roles: rolesOf(store, invitation.roles) }),
  }),
} satisfies Partial<RouteTable>
