import { DomainList } from '@myorg-kit/react'

import { PageHeader } from '../ui/page.tsx'

/**
 * The organization's domains: the kit's `<DomainList />` as a host drops it in. It handles
 * loading, no-access, read-only, errors, adding, DNS verification and deletion by itself.
 * Pages of 10 here, so Acme's twelve domains show "Load more".
 */
export function DomainsPage() {
  return (
    <>
      <PageHeader
        title="Domains"
        intro="Prove that your company owns its email domains, so people who sign in with them are recognised as members of your organization."
      />
      <DomainList pageSize={10} />
    </>
  )
}
