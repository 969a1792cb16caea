'use client'

import type { MemberPage, OrgMember, OrgMemberField, Role, RolePage } from '@myorg-kit/client'
import {
  type InfiniteData,
  type UseInfiniteQueryResult,
  infiniteQueryOptions,
  mutationOptions,
  useInfiniteQuery,
} from '@tanstack/react-query'

import { type MyOrgQueryContext, useMyOrgReady } from '../provider/my-org-context.ts'
import { type ItemProgress, sendEachChunk, splitOutcomes } from './batch-results.ts'
import { type MyOrgQueryHookOptions, isEnabled, passThrough } from './hook-options.ts'
import { removeMembers, writeMemberRoles } from './members.cache.ts'
import { myOrgKeys } from './query-keys.ts'
import { myOrgMutationHook } from './use-my-org-mutation.ts'

/** Default page size of the member list. */
export const MEMBER_PAGE_SIZE = 50

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
  params: { take?: number; withRoles?: boolean } = {},
) {
  const take = params.take ?? MEMBER_PAGE_SIZE
  const withRoles = params.withRoles ?? false
  return infiniteQueryOptions({
    queryKey: myOrgKeys.memberList(ctx.keyScope, { take, withRoles }),
    queryFn: ({ pageParam, signal }): Promise<MemberPage> =>
      ctx.client.members.list({
        take,
        signal,
        ...(withRoles ? { fields: memberFieldsWithRoles } : {}),
        ...(pageParam ? { from: pageParam } : {}),
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => (lastPage.next ? lastPage.next : undefined),
  })
}

/** `GET /members/{user_id}/roles`, page by page. */
export function memberRolesInfiniteQueryOptions(ctx: MyOrgQueryContext, userId: string) {
  return infiniteQueryOptions({
    queryKey: myOrgKeys.memberRoles(ctx.keyScope, userId),
    queryFn: ({ pageParam, signal }): Promise<RolePage> =>
      ctx.client.members.roles.list(userId, { signal, ...(pageParam ? { from: pageParam } : {}) }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => (lastPage.next ? lastPage.next : undefined),
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
      ctx.client.members.roles
        .assign(
          userId,
          roles.map((role) => role.id),
        )
        .then(() => undefined),
    onSuccess: (_data, { userId, roles }, _result, { client }) =>
      writeMemberRoles(client, ctx.keyScope, userId, { added: roles }),
  })
}

/** `POST /members/{id}/unassign-roles` (10 ids per request): the roles leave the loaded copies. */
export function unassignMemberRolesMutationOptions(ctx: MyOrgQueryContext) {
  return mutationOptions<undefined, Error, UnassignMemberRolesVariables>({
    mutationKey: [...myOrgKeys.all(ctx.keyScope), 'unassignMemberRoles'],
    mutationFn: ({ userId, roleIds }) =>
      ctx.client.members.roles.unassign(userId, roleIds).then(() => undefined),
    onSuccess: (_data, { userId, roleIds }, _result, { client }) =>
      writeMemberRoles(client, ctx.keyScope, userId, { removedIds: roleIds }),
  })
}

/** Variables of {@link useRemoveMembers}. */
export interface RemoveMembersVariables {
  userIds: readonly string[]
  /** After each member's request has answered. */
  onProgress?: ((progress: ItemProgress) => void) | undefined
}

/** What {@link useRemoveMembers} did: who left, and who didn't with why. */
export interface RemoveMembersResult {
  removed: string[]
  failed: { userId: string; error: Error }[]
}

/**
 * `POST /delete-memberships`, one request per member (the API takes one), paced by the client;
 * a failure doesn't stop the others. The members who left leave the loaded pages (no refetch).
 * The mutation succeeds with each member's outcome even when some failed.
 */
export function removeMembersMutationOptions(ctx: MyOrgQueryContext) {
  return mutationOptions<RemoveMembersResult, Error, RemoveMembersVariables>({
    mutationKey: [...myOrgKeys.all(ctx.keyScope), 'removeMembers'],
    mutationFn: async ({ userIds, onProgress }) => {
      const outcomes = await sendEachChunk(userIds, 1, (part) => ctx.client.members.remove(part), {
        onProgress,
      })
      const { succeeded, failed } = splitOutcomes(outcomes)
      return {
        removed: succeeded,
        failed: failed.map(({ item, error }) => ({ userId: item, error })),
      }
    },
    onSuccess: (result, _variables, _context, { client }) => {
      removeMembers(client, ctx.keyScope, result.removed)
    },
  })
}

/** The member list's data: the pages, plus every member loaded so far in one array. */
export type MembersData = InfiniteData<MemberPage, string | undefined> & {
  /** Every member of the loaded pages, in order. */
  members: OrgMember[]
}

function selectMembers(data: InfiniteData<MemberPage, string | undefined>): MembersData {
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
  const ctx = useMyOrgReady()
  return useInfiniteQuery(
    {
      ...membersInfiniteQueryOptions(ctx, {
        ...(options?.take === undefined ? {} : { take: options.take }),
        withRoles: options?.withRoles ?? false,
      }),
      ...passThrough(options),
      select: selectMembers,
      enabled: isEnabled(ctx.ready, options),
    },
    ctx.queryClient,
  )
}

/** Roles of one member, page by page; `data.roles` holds every role loaded so far. */
export function useMemberRoles(
  userId: string,
  options?: MyOrgQueryHookOptions,
): UseInfiniteQueryResult<InfiniteData<RolePage, string | undefined> & { roles: Role[] }> {
  const ctx = useMyOrgReady()
  return useInfiniteQuery(
    {
      ...memberRolesInfiniteQueryOptions(ctx, userId),
      ...passThrough(options),
      select: (data) => ({ ...data, roles: data.pages.flatMap((page) => page.roles) }),
      enabled: isEnabled(ctx.ready, options),
    },
    ctx.queryClient,
  )
}

/** Gives a member roles; `mutate({ userId, roles })`. */
export const useAssignMemberRoles = myOrgMutationHook(assignMemberRolesMutationOptions)

/** Takes roles from a member; `mutate({ userId, roleIds })`. */
export const useUnassignMemberRoles = myOrgMutationHook(unassignMemberRolesMutationOptions)

/** Removes members from the organization, one request each; `mutateAsync({ userIds })`. */
export const useRemoveMembers = myOrgMutationHook(removeMembersMutationOptions)
