'use client'

import { type Role, type RolePage, rolesOf } from '@myorg-kit/client'
import { type UseQueryResult, keepPreviousData } from '@tanstack/react-query'

import { useSettledValue } from '../kit/use-settled-value.ts'
import type { MyOrgQueryContext } from '../provider/my-org-context.ts'
import { kitQueryOptions } from './kit-query-options.ts'
import type { MyOrgQueryHookOptions } from './hook-options.ts'
import { myOrgKeys } from './query-keys.ts'
import { useMyOrgQuery } from './use-my-org-query.ts'

/** How many roles one search shows (the API's maximum page). */
export const ROLE_SEARCH_SIZE = 100

/** How long typing must pause before a role search is sent, in ms. */
export const ROLE_SEARCH_DELAY_MS = 300

/**
 * `GET /roles?name=`: the first roles whose name matches (case-insensitive, on the server); all
 * the organization's roles for an empty name.
 */
export function rolesQueryOptions(ctx: MyOrgQueryContext, name = '') {
  const trimmed = name.trim()
  return kitQueryOptions({
    queryKey: myOrgKeys.roleSearch(ctx.keyScope, trimmed),
    queryFn: ({ signal }): Promise<RolePage> =>
      rolesOf(ctx.client).list({
        take: ROLE_SEARCH_SIZE,
        signal,
        ...(trimmed === '' ? {} : { name: trimmed }),
      }),
  })
}

/** Options of {@link useRoles}. */
export interface UseRolesOptions extends MyOrgQueryHookOptions {
  /** Wait this long after the last change of `name` before searching, in ms. @default 300 */
  debounceMs?: number
}

/**
 * The organization's roles, searched by name on the server as the user types (debounced; the
 * previous results stay shown while the next search runs). `name` empty: the first 100 roles.
 */
export function useRoles(name = '', options?: UseRolesOptions): UseQueryResult<Role[]> {
  const settled = useSettledValue(name.trim(), options?.debounceMs ?? ROLE_SEARCH_DELAY_MS)
  return useMyOrgQuery(
    (ctx) => ({
      ...rolesQueryOptions(ctx, settled),
      select: (page: RolePage) => page.roles,
      placeholderData: keepPreviousData,
    }),
    options,
  )
}
