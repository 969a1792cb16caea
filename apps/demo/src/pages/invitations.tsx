import { InvitationManager } from '@myorg-kit/react'

import { PageHeader } from '../ui/page.tsx'

/** Invitations: the kit's `<InvitationManager />`, signed by the demo's user. */
export function InvitationsPage(props: { userName: string }) {
  return (
    <>
      <PageHeader
        title="Invitations"
        intro="Invite people to your organization with the roles they need, and follow the invitations not yet accepted."
      />
      <InvitationManager inviterName={props.userName} />
    </>
  )
}
