import { type MyOrgTransport, invitationsOf, memberBatchLimits, membersOf } from '@myorg-kit/client'
import { type QueryClient, mutationOptions } from '@tanstack/react-query'

import type { MyOrgQueryContext } from '../provider/my-org-context.ts'
import { type BatchResult, type ItemProgress, settleEachChunk } from './batch-results.ts'
import { removeInvitations } from './invitations.cache.ts'
import { removeMembers } from './members.cache.ts'
import { type MyOrgKeyScope, myOrgKeys } from './query-keys.ts'

/** Variables of a batch by ids (remove members, revoke invitations). */
export interface BatchVariables {
  ids: readonly string[]
  /** After each request has answered. */
  onProgress?: ((progress: ItemProgress) => void) | undefined
}

/** How one batch by ids is sent and what the cache forgets after it. */
interface BatchSpec {
  /** Ids per request (the API's limit). */
  size: number
  send: (transport: MyOrgTransport, ids: string[]) => Promise<unknown>
  /** Takes the ids that took effect out of the loaded pages. */
  forget: (client: QueryClient, scope: MyOrgKeyScope, ids: readonly string[]) => void
}

/** The batches by ids: removing members (one per request) and revoking invitations (10). */
const batches = {
  removeMembers: {
    size: memberBatchLimits.members,
    send: (transport, ids) => membersOf(transport).remove(ids),
    forget: removeMembers,
  },
  revokeInvitations: {
    size: memberBatchLimits.invitations,
    send: (transport, ids) => invitationsOf(transport).revoke(ids),
    forget: removeInvitations,
  },
} satisfies Record<string, BatchSpec>

/**
 * A mutation that sends ids in the API's batch size, one request after another, carrying on
 * after a failure; it succeeds with each id's outcome, and the cache forgets the ones that took
 * effect (no refetch).
 */
export function batchMutationOptions(ctx: MyOrgQueryContext, name: keyof typeof batches) {
  const spec: BatchSpec = batches[name]
  return mutationOptions<BatchResult<string>, Error, BatchVariables>({
    mutationKey: [...myOrgKeys.all(ctx.keyScope), name],
    mutationFn: ({ ids, onProgress }) =>
      settleEachChunk(ids, spec.size, (part) => spec.send(ctx.client, part), onProgress),
    onSuccess: (result, _variables, _context, { client }) => {
      spec.forget(client, ctx.keyScope, result.succeeded)
    },
  })
}
