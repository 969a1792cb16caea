import { sendInOrder, splitBody } from '../batch.ts'
import type { MembersClient } from '../member-client-types.ts'
import type { Call, CheckBody } from './call.ts'
import { memberRoleResource } from './member-roles.ts'
import { fieldsQuery, pageQuery, paginate } from './query.ts'
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
    list,
    listAll: (params = {}) =>
      paginate(
        (from) => list({ ...params, ...(from ? { from } : {}) }),
        (page) => page.members,
      ),
    get: (userId, o = {}) =>
      call({
        operation: 'getMember',
        pathParams: { user_id: userId },
        query: fieldsQuery(o),
        responseSchema: orgMemberSchema,
        signal: o.signal,
      }),
    remove: async (userIds, o = {}) => {
      const input = { members: typeof userIds === 'string' ? [userIds] : [...userIds] }
      check('deleteMemberships', deleteMembershipsSchema(), input)
      await sendInOrder(
        splitBody(input, 'members', memberBatchLimits.members),
        (body) => body.members.length,
        (body) =>
          call<undefined>({
            operation: 'deleteMemberships',
            body,
            bodySchema: deleteMembershipsRequestSchema,
            signal: o.signal,
          }),
        o.onProgress,
      )
    },
    roles: memberRoleResource(call, check),
  }
}
