import type { Metadata } from 'next'
import { Suspense } from 'react'

import { issuerUrl } from '../../../lib/auth0.ts'
import { ProvisioningView } from '../kit-views.tsx'
import { PageHeader, titleOf } from '../page-header.tsx'

export const metadata: Metadata = titleOf('provisioning')

export const dynamic = 'force-dynamic' // the tenant is known at run time

export default function Page() {
  return (
    <>
      <PageHeader page="provisioning" />
      <Suspense>
        <ProvisioningView tenantOrigin={new URL(issuerUrl()).origin} />
      </Suspense>
    </>
  )
}
