/**
 * Members: the paged list (with their first 10 roles when asked for and allowed), one member,
 * and removing a membership (one per request; the user account stays).
 */
import { deleteMembershipsRequestSchema } from '@myorg-kit/client/schemas'

import { json, noContent, notFound, validationError } from '../responses.ts'
import { type RouteTable, route } from './define.ts'
import { asksFor, readFieldQuery } from './fields.ts'
import { memberBody } from './member-bodies.ts'
import { pageOf, readPageQuery } from './paging.ts'

export const memberRoutes = {
  listMembers: route({
    handle: ({ store, state, url, caller }) => {
      const page = readPageQuery(url.searchParams, 'members')
      const selection = readFieldQuery(url.searchParams)
      const errors = [...page.errors, ...selection.errors]
      if (errors.length > 0) {
        return validationError(errors)
      }
      // Roles come only when asked for by name and the token may read them; else they are left out.
      const withRoles =
        asksFor(selection.query, 'roles') && caller.scopes.includes('read:my_org:member_roles')
      const { items, next } = pageOf(state.members, page.query, 'members')
      return json(200, {
        members: items.map((member) => memberBody(store, member, selection.query, withRoles)),
        ...(next ? { next } : {}),
      })
    },
  }),

  getMember: route({
    checks: ['member'],
    handle: ({ store, member, url }) => {
      const selection = readFieldQuery(url.searchParams)
      if (selection.errors.length > 0) {
        return validationError(selection.errors)
      }
      return json(200, memberBody(store, member, selection.query, false))
    },
  }),

  deleteMemberships: route({
    checks: ['body'],
    body: deleteMembershipsRequestSchema,
    handle: ({ store, state, body }) => {
      const [userId] = body.members
      if (!store.findMember(userId ?? '')) {
        return notFound('The member does not exist.')
      }
      state.members = state.members.filter((member) => member.user_id !== userId)
      return noContent()
    },
  }),
} satisfies Partial<RouteTable>
