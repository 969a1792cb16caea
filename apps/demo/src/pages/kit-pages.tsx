import { DomainList, InvitationManager, MemberList, OrgDetailsForm } from '@myorg-kit/react'
import type { ReactNode } from 'react'

import { type PageId, routes } from '../routes.ts'
import { PageHeader } from '../ui/page.tsx'

/**
 * The pages that are one kit component under the page header, dropped in as a host would: each
 * component handles loading, no-access, read-only, errors and its changes by itself.
 */
const kitPages = {
  general: {
    intro: 'Your organization’s name and the branding your people see on Lumen’s sign-in page.',
    content: () => <OrgDetailsForm />,
  },
  // Pages of 25 here, so Acme's 120 members show "Load more".
  members: {
    intro:
      'See who belongs to your organization, change their roles, and remove people who have left.',
    content: () => <MemberList pageSize={25} />,
  },
  // Signed by the demo's user.
  invitations: {
    intro:
      'Invite people to your organization with the roles they need, and follow the invitations not yet accepted.',
    content: (userName: string) => <InvitationManager inviterName={userName} />,
  },
  // Pages of 10 here, so Acme's twelve domains show "Load more".
  domains: {
    intro:
      'Prove that your company owns its email domains, so people who sign in with them are recognised as members of your organization.',
    content: () => <DomainList pageSize={10} />,
  },
} satisfies Partial<Record<PageId, { intro: string; content: (userName: string) => ReactNode }>>

/** A page {@link KitPage} renders. */
export type KitPageId = keyof typeof kitPages

export function isKitPage(id: PageId): id is KitPageId {
  return Object.hasOwn(kitPages, id)
}

/** A kit component's page: its navigation label as the title, its intro, then the component. */
export function KitPage(props: { id: KitPageId; userName: string }) {
  const page = kitPages[props.id]
  const route = routes.find((item) => item.id === props.id)
  return (
    <>
      <PageHeader title={route?.label ?? ''} intro={page.intro} />
      {page.content(props.userName)}
    </>
  )
}
