/**
 * A member's roles: the paged list, assigning, and removing them with the current
 * `POST …/unassign-roles` or the legacy `DELETE …/roles` (same rules, same answers).
 */
import { memberRolesChangeRequestSchema } from '@myorg-kit/client/schemas'

import {
  type ValidationErrorDetail,
  fieldError,
  json,
  noContent,
  validationError,
} from '../responses.ts'
import type { MyOrgStore } from '../store.ts'
import { type RouteTable, route } from './define.ts'
import { rolesOf } from './member-bodies.ts'
import { pageOf, pageQuery } from './paging.ts'

/** One 400 entry per role id the organization does not have, pointing at `path`/index. */
export function unknownRoleErrors(
  store: MyOrgStore,
  roleIds: readonly string[],
  path: readonly PropertyKey[],
): ValidationErrorDetail[] {
  return roleIds.flatMap((id, index) =>
    store.findRole(id)
      ? []
      : [fieldError([...path, index], 'is not a role of this organization', 'body')],
  )
}

const unassign = route({
  checks: ['member', 'body'],
  body: memberRolesChangeRequestSchema,
  handle: ({ store, member, body }) => {
    const errors = unknownRoleErrors(store, body.role_ids, ['role_ids'])
    if (errors.length > 0) {
      return validationError(errors)
    }
    member.role_ids = member.role_ids.filter((id) => !body.role_ids.includes(id))
    return noContent()
  },
})

export const memberRoleRoutes = {
  listMemberRoles: route({
    checks: ['member'],
    handle: ({ store, member, url }) => {
      const query = pageQuery(url.searchParams, 'member-roles')
      if (query instanceof Response) {
        return query
      }
      const { items, next } = pageOf(rolesOf(store, member.role_ids), query, 'member-roles')
      return json(200, { roles: items, ...(next ? { next } : {}) })
    },
  }),

  assignMemberRoles: route({
    checks: ['member', 'body'],
    body: memberRolesChangeRequestSchema,
    handle: ({ store, member, body }) => {
      const errors = unknownRoleErrors(store, body.role_ids, ['role_ids'])
      if (errors.length > 0) {
        return validationError(errors)
      }
      const added = body.role_ids.filter((id) => !member.role_ids.includes(id))
      member.role_ids = [...member.role_ids, ...added]
      return noContent()
    },
  }),

  unassignMemberRoles: unassign,
  unassignMemberRolesLegacy: unassign,
} satisfies Partial<RouteTable>
