import type { MembersClient } from '../member-client-types.ts'
import { type Call, type CheckBody, byIdWithFields } from './call.ts'
import { deleteInBatches } from './delete-in-batches.ts'
import { memberRoleResource } from './member-roles.ts'
import { fieldsQuery, pageQuery, pagedList } from './query.ts'
import {
  deleteMembershipsRequestSchema,
  deleteMembershipsSchema,
  memberBatchLimits,
  memberPageSchema,
  orgMemberSchema,
} from '../schemas/index.ts'

/** `members`: the paged list, one member, removal (one per request), and (nested) their roles. */
export function memberResource(call: Call, check: CheckBody): MembersClient {
  const list: MembersClient['list'] = (params = {}) =>
    call({
      operation: 'listMembers',
      query: { ...pageQuery(params), ...fieldsQuery(params) },
      responseSchema: memberPageSchema,
      signal: params.signal,
    })

  return {
    ...pagedList(list, (page) => page.members),
    get: byIdWithFields(call, 'getMember', 'user_id', orgMemberSchema),
    remove: deleteInBatches(call, check, {
      operation: 'deleteMemberships',
      key: 'members',
      size: memberBatchLimits.members,
      inputSchema: deleteMembershipsSchema(),
      bodySchema: deleteMembershipsRequestSchema,
    }),
    roles: memberRoleResource(call, check),
  }
}
