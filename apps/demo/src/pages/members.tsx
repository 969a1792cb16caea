import { MemberList } from '@myorg-kit/react'

import { PageHeader } from '../ui/page.tsx'

/**
 * The organization's members: the kit's `<MemberList />` as a host drops it in. Pages of 25
 * here, so Acme's 120 members show "Load more".
 */
export function MembersPage() {
  return (
    <>
      <PageHeader
        title="Members"
        intro="See who belongs to your organization, change their roles, and remove people who have left."
      />
      <MemberList pageSize={25} />
    </>
  )
}
