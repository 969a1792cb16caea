/** Cache writes for invitations: a revoke answers 204, so revoked ones leave the loaded pages. */
import type { InvitationPage } from '@myorg-kit/client'
import type { QueryClient } from '@tanstack/react-query'

import { mapListedItems } from './cursor-pages.ts'
import { type MyOrgKeyScope, myOrgKeys } from './query-keys.ts'

/** Takes revoked invitations out of every loaded invitation list page. */
export function removeInvitations(
  client: QueryClient,
  scope: MyOrgKeyScope,
  invitationIds: readonly string[],
): void {
  const revoked = new Set(invitationIds)
  mapListedItems<InvitationPage, 'invitations'>(
    client,
    myOrgKeys.invitationLists(scope),
    'invitations',
    (invitations) =>
      invitations.filter(
        (invitation) => invitation.id === undefined || !revoked.has(invitation.id),
      ),
  )
}
