import { type BatchOptions, sendInBatches } from '../batch.ts'
import type { MembersClient } from '../member-client-types.ts'
import type { MemberId, RoleId } from '../types.ts'
import type { Call, CheckBody } from './call.ts'
import { pageQuery, paginate } from './query.ts'
import {
  memberBatchLimits,
  memberRolesChangeRequestSchema,
  memberRolesChangeSchema,
  rolePageSchema,
} from '../schemas/index.ts'

/** `members.roles`: a member's roles, paged, and assigning or removing them 10 at a time. */
export function memberRoleResource(call: Call, check: CheckBody): MembersClient['roles'] {
  const list: MembersClient['roles']['list'] = (userId, params = {}) =>
    call({
      operation: 'listMemberRoles',
      pathParams: { user_id: userId },
      query: pageQuery(params),
      responseSchema: rolePageSchema,
      signal: params.signal,
    })

  async function change(
    operation: 'assignMemberRoles' | 'unassignMemberRoles',
    userId: MemberId,
    roleIds: readonly RoleId[],
    options: BatchOptions,
  ): Promise<void> {
    const input = { role_ids: [...roleIds] }
    check(operation, memberRolesChangeSchema(), input)
    await sendInBatches(
      input,
      'role_ids',
      memberBatchLimits.roleIds,
      (body) =>
        call<undefined>({
          operation,
          pathParams: { user_id: userId },
          body,
          bodySchema: memberRolesChangeRequestSchema,
          signal: options.signal,
        }),
      options.onProgress,
    )
  }

  return {
    list,
    listAll: (userId, params = {}) =>
      paginate(
        (from) => list(userId, { ...params, ...(from ? { from } : {}) }),
        (page) => page.roles,
      ),
    assign: (userId, roleIds, o = {}) => change('assignMemberRoles', userId, roleIds, o),
    unassign: (userId, roleIds, o = {}) => change('unassignMemberRoles', userId, roleIds, o),
  }
}
