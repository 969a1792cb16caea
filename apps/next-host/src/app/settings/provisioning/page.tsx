import type { Metadata } from 'next'
import { Suspense } from 'react'

import { ProvisioningView } from '../kit-views.tsx'
import { PageHeader, titleOf } from '../page-header.tsx'

export const metadata: Metadata = titleOf('provisioning')

export default function Page() {
  return (
    <>
      <PageHeader page="provisioning" />
      <Suspense>
        <ProvisioningView />
      </Suspense>
    </>
  )
}
