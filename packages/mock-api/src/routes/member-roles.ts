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

/**
 * A route that changes a member's roles: every role id must exist, then `apply` gives the
 * member's new role ids from the current ones and those in the body.
 */
function roleChange(apply: (current: readonly string[], given: readonly string[]) => string[]) {
  return route({
    checks: ['member', 'body'],
    body: memberRolesChangeRequestSchema,
    handle: ({ store, member, body }) => {
      const errors = unknownRoleErrors(store, body.role_ids, ['role_ids'])
      if (errors.length > 0) {
        return validationError(errors)
      }
      member.role_ids = apply(member.role_ids, body.role_ids)
      return noContent()
    },
  })
}

const unassign = roleChange((current, given) => current.filter((id) => !given.includes(id)))

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

  assignMemberRoles: roleChange((current, given) => [
    ...current,
    ...given.filter((id) => !current.includes(id)),
  ]),

  unassignMemberRoles: unassign,
  unassignMemberRolesLegacy: unassign,
} satisfies Partial<RouteTable>
