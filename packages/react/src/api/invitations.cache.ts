/** Cache writes for invitations: a revoke answers 204, so revoked ones leave the loaded pages. */
import type { InvitationPage } from '@myorg-kit/client'
import type { QueryClient } from '@tanstack/react-query'

import type { CursorPages } from './use-my-org-infinite-query.ts'

import { type MyOrgKeyScope, myOrgKeys } from './query-keys.ts'

/** Takes revoked invitations out of every loaded invitation list page. */
export function removeInvitations(
  client: QueryClient,
  scope: MyOrgKeyScope,
  invitationIds: readonly string[],
): void {
  const revoked = new Set(invitationIds)
  client.setQueriesData<CursorPages<InvitationPage>>(
    { queryKey: myOrgKeys.invitationLists(scope) },
    (data) =>
      data
        ? {
            ...data,
            pages: data.pages.map((page) => ({
              ...page,
              invitations: page.invitations.filter(
                (invitation) => invitation.id === undefined || !revoked.has(invitation.id),
              ),
            })),
          }
        : data,
  )
}
