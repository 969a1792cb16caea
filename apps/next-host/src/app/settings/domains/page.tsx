import type { Metadata } from 'next'

import { DomainsView } from '../kit-views.tsx'
import { PageHeader, titleOf } from '../page-header.tsx'

export const metadata: Metadata = { title: titleOf('domains') }

export default function Page() {
  return (
    <>
      <PageHeader page="domains" />
      <DomainsView />
    </>
  )
}
