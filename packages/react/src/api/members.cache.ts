/**
 * Cache writes for members and their roles: role changes and removals answer 204, so the kit
 * writes the new state into the loaded pages itself instead of refetching them.
 */
import type { MemberPage, OrgMember, Role, RolePage } from '@myorg-kit/client'
import type { QueryClient } from '@tanstack/react-query'

import { mapListedItems } from './cursor-pages.ts'
import { type MyOrgKeyScope, myOrgKeys } from './query-keys.ts'
import type { CursorPages } from './use-my-org-infinite-query.ts'

type RolePages = CursorPages<RolePage>

/** The API lists a member's first 10 roles with the member. */
const LISTED_ROLES = 10

/** Rewrites the members of every loaded member list page. */
function mapListedMembers(
  client: QueryClient,
  scope: MyOrgKeyScope,
  map: (members: OrgMember[]) => OrgMember[],
): void {
  mapListedItems<MemberPage, 'members'>(client, myOrgKeys.memberLists(scope), 'members', map)
}

/** Takes removed members out of every loaded list page and forgets their roles. */
export function removeMembers(
  client: QueryClient,
  scope: MyOrgKeyScope,
  userIds: readonly string[],
): void {
  const removed = new Set(userIds)
  mapListedMembers(client, scope, (members) =>
    members.filter((member) => member.user_id === undefined || !removed.has(member.user_id)),
  )
  for (const userId of userIds) {
    client.removeQueries({ queryKey: myOrgKeys.memberRoles(scope, userId) })
  }
}

/**
 * Writes a role change into the member's loaded roles and into the list rows (whose `roles`
 * hold the first 10). When the member's roles are not all loaded, where new roles sort is the
 * API's to say: that one query is invalidated instead.
 */
export async function writeMemberRoles(
  client: QueryClient,
  scope: MyOrgKeyScope,
  userId: string,
  change: { added?: readonly Role[]; removedIds?: readonly string[] },
): Promise<void> {
  const removed = new Set(change.removedIds ?? [])
  const added = change.added ?? []
  const update = (roles: readonly Role[]): Role[] => [
    ...roles.filter((role) => !removed.has(role.id) && !added.some((a) => a.id === role.id)),
    ...added,
  ]
  mapListedMembers(client, scope, (members) =>
    members.map((member) =>
      member.user_id === userId && member.roles
        ? { ...member, roles: update(member.roles).slice(0, LISTED_ROLES) }
        : member,
    ),
  )
  const key = myOrgKeys.memberRoles(scope, userId)
  const loaded = client.getQueryData<RolePages>(key)
  const complete = loaded?.pages.at(-1)?.next ? false : loaded !== undefined
  if (!complete) {
    await client.invalidateQueries({ queryKey: key })
    return
  }
  client.setQueryData<RolePages>(key, (data) => {
    if (!data) {
      return data
    }
    const pages = data.pages.map((page) => ({
      ...page,
      roles: page.roles.filter((role) => !removed.has(role.id)),
    }))
    const last = pages.at(-1)
    if (last) {
      last.roles = update(last.roles)
    }
    return { ...data, pages }
  })
}
