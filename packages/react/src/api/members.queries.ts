'use client'

import {
  type MemberPage,
  type OrgMember,
  type OrgMemberField,
  type Role,
  type RolePage,
  membersOf,
} from '@myorg-kit/client'
import { type UseInfiniteQueryResult, mutationOptions } from '@tanstack/react-query'

import type { MyOrgQueryContext } from '../provider/my-org-context.ts'
import { kitInfiniteQueryOptions } from './kit-query-options.ts'
import { batchMutationOptions } from './batch-mutation.ts'
import { type MyOrgQueryHookOptions, withoutResult } from './hook-options.ts'
import { writeMemberRoles } from './members.cache.ts'
import { type PageSize, cursorListQueryOptions, cursorPaging, fromCursor } from './cursor-pages.ts'
import { myOrgKeys } from './query-keys.ts'
import { type CursorPages, useMyOrgInfiniteQuery } from './use-my-org-infinite-query.ts'
import { myOrgMutationHook } from './use-my-org-mutation.ts'

/** Every member field, with `roles`: what a list with roles asks for in `fields`. */
const memberFieldsWithRoles: readonly OrgMemberField[] = [
  'user_id',
  'email',
  'name',
  'nickname',
  'given_name',
  'family_name',
  'created_at',
  'last_login',
  'roles',
]

/**
 * `GET /members`, page by page. With `withRoles` each page asks `fields` for the roles too, so
 * a member's first roles come in the same request (the token needs `read:my_org:member_roles`).
 */
export function membersInfiniteQueryOptions(
  ctx: MyOrgQueryContext,
  params: PageSize & { withRoles?: boolean } = {},
) {
  const withRoles = params.withRoles ?? false
  const keyFor = (take: number) => myOrgKeys.memberList(ctx.keyScope, { take, withRoles })
  const fields = withRoles ? { fields: memberFieldsWithRoles } : {}
  return cursorListQueryOptions(params, keyFor, (page) =>
    membersOf(ctx.client).list({ ...page, ...fields }),
  )
}

/** `GET /members/{user_id}/roles`, page by page. */
export function memberRolesInfiniteQueryOptions(ctx: MyOrgQueryContext, userId: string) {
  return kitInfiniteQueryOptions({
    queryKey: myOrgKeys.memberRoles(ctx.keyScope, userId),
    queryFn: ({ pageParam, signal }): Promise<RolePage> =>
      membersOf(ctx.client).roles.list(userId, { signal, ...fromCursor(pageParam) }),
    ...cursorPaging,
  })
}

/** Variables of {@link useAssignMemberRoles}: the roles themselves, to show them at once. */
export interface AssignMemberRolesVariables {
  userId: string
  roles: readonly Role[]
}

/** Variables of {@link useUnassignMemberRoles}. */
export interface UnassignMemberRolesVariables {
  userId: string
  roleIds: readonly string[]
}

/**
 * `POST /members/{id}/roles` (10 ids per request): the roles join the member's loaded roles and
 * list row. No refetch when the member's roles are all loaded.
 */
export function assignMemberRolesMutationOptions(ctx: MyOrgQueryContext) {
  return mutationOptions<undefined, Error, AssignMemberRolesVariables>({
    mutationKey: [...myOrgKeys.all(ctx.keyScope), 'assignMemberRoles'],
    mutationFn: ({ userId, roles }) =>
      withoutResult(
        membersOf(ctx.client).roles.assign(
          userId,
          roles.map((role) => role.id),
        ),
      ),
    onSuccess: (_data, { userId, roles }, _result, { client }) =>
      writeMemberRoles(client, ctx.keyScope, userId, { added: roles }),
  })
}

/** `POST /members/{id}/unassign-roles` (10 ids per request): the roles leave the loaded copies. */
export function unassignMemberRolesMutationOptions(ctx: MyOrgQueryContext) {
  return mutationOptions<undefined, Error, UnassignMemberRolesVariables>({
    mutationKey: [...myOrgKeys.all(ctx.keyScope), 'unassignMemberRoles'],
    mutationFn: ({ userId, roleIds }) =>
      withoutResult(membersOf(ctx.client).roles.unassign(userId, roleIds)),
    onSuccess: (_data, { userId, roleIds }, _result, { client }) =>
      writeMemberRoles(client, ctx.keyScope, userId, { removedIds: roleIds }),
  })
}

/**
 * `POST /delete-memberships`, one request per member (the API takes one), paced by the client;
 * a failure doesn't stop the others. Succeeds with each member's outcome (`ids` are user ids);
 * the members who left leave the loaded pages (no refetch).
 */
export function removeMembersMutationOptions(ctx: MyOrgQueryContext) {
  return batchMutationOptions(ctx, 'removeMembers')
}

/** The member list's data: the pages, plus every member loaded so far in one array. */
export type MembersData = CursorPages<MemberPage> & {
  /** Every member of the loaded pages, in order. */
  members: OrgMember[]
}

function selectMembers(data: CursorPages<MemberPage>): MembersData {
  return { ...data, members: data.pages.flatMap((page) => page.members) }
}

/** Options of {@link useMembers}. */
export interface UseMembersOptions extends MyOrgQueryHookOptions {
  /** Page size (1–100). @default 50 */
  take?: number
  /** Ask for each member's first 10 roles in the same request (needs the roles scope). @default false */
  withRoles?: boolean
}

/** The organization's members, page by page (`fetchNextPage()` / `hasNextPage`). */
export function useMembers(options?: UseMembersOptions): UseInfiniteQueryResult<MembersData> {
  return useMyOrgInfiniteQuery(
    (ctx) =>
      membersInfiniteQueryOptions(ctx, {
        ...(options?.take === undefined ? {} : { take: options.take }),
        withRoles: options?.withRoles ?? false,
      }),
    selectMembers,
    options,
  )
}

/** Roles of one member, page by page; `data.roles` holds every role loaded so far. */
export function useMemberRoles(
  userId: string,
  options?: MyOrgQueryHookOptions,
): UseInfiniteQueryResult<CursorPages<RolePage> & { roles: Role[] }> {
  return useMyOrgInfiniteQuery(
    (ctx) => memberRolesInfiniteQueryOptions(ctx, userId),
    (data) => ({ ...data, roles: data.pages.flatMap((page) => page.roles) }),
    options,
  )
}

/** Gives a member roles; `mutate({ userId, roles })`. */
export const useAssignMemberRoles = myOrgMutationHook(assignMemberRolesMutationOptions)

/** Takes roles from a member; `mutate({ userId, roleIds })`. */
export const useUnassignMemberRoles = myOrgMutationHook(unassignMemberRolesMutationOptions)

/** Removes members from the organization, one request each; `mutateAsync({ ids })`. */
export const useRemoveMembers = myOrgMutationHook(removeMembersMutationOptions)
