import { sendInBatches } from '../batch.ts'
import type { InvitationsClient } from '../member-client-types.ts'
import { type Call, type CheckBody, byId, byIdWithFields } from './call.ts'
import { deleteInBatches } from './delete-in-batches.ts'
import { fieldsQuery, pageQuery, pagedList } from './query.ts'
import {
  createMemberInvitationsRequestSchema,
  createMemberInvitationsSchema,
  createdInvitationsSchema,
  deleteMemberInvitationsRequestSchema,
  deleteMemberInvitationsSchema,
  invitationPageSchema,
  invitationRolesSchema,
  memberBatchLimits,
  memberInvitationSchema,
} from '../schemas/index.ts'

/** `invitations`: paged list, one invitation, its roles, create and revoke (10 per request). */
export function invitationResource(call: Call, check: CheckBody): InvitationsClient {
  const list: InvitationsClient['list'] = (params = {}) =>
    call({
      operation: 'listMemberInvitations',
      query: { ...pageQuery(params), ...fieldsQuery(params), sort: params.sort },
      responseSchema: invitationPageSchema,
      signal: params.signal,
    })

  const listRoles = byId(call, 'listMemberInvitationRoles', 'invitation_id', invitationRolesSchema)

  return {
    ...pagedList(list, (page) => page.invitations),
    get: byIdWithFields(call, 'getMemberInvitation', 'invitation_id', memberInvitationSchema),
    create: async (body, o = {}) => {
      check('createMemberInvitations', createMemberInvitationsSchema(), body)
      const pages = await sendInBatches(
        body,
        'invitees',
        memberBatchLimits.invitees,
        (part) =>
          call({
            operation: 'createMemberInvitations',
            headers: o.customDomain ? { 'auth0-custom-domain': o.customDomain } : undefined,
            body: part,
            bodySchema: createMemberInvitationsRequestSchema,
            responseSchema: createdInvitationsSchema,
            signal: o.signal,
          }),
        o.onProgress,
      )
      return pages.flat()
    },
    revoke: deleteInBatches(call, check, {
      operation: 'deleteMemberInvitations',
      key: 'invitations',
      size: memberBatchLimits.invitations,
      inputSchema: deleteMemberInvitationsSchema(),
      bodySchema: deleteMemberInvitationsRequestSchema,
    }),
    roles: async (invitationId, o) => (await listRoles(invitationId, o)).roles,
  }
}
