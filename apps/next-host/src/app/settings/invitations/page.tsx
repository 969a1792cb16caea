import { auth0 } from '../../../lib/auth0.ts'
import { InvitationsView } from '../kit-views.tsx'
import { PageHeader, titleOf } from '../page-header.tsx'

export const metadata = titleOf('invitations')

/** Invitations go out in the signed-in admin's name, read from the server session. */
export default async function Page() {
  const session = await auth0.getSession()
  const name = session?.user.name
  return (
    <>
      <PageHeader page="invitations" />
      <InvitationsView inviterName={typeof name === 'string' ? name : undefined} />
    </>
  )
}
