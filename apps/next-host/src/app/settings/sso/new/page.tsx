import type { Metadata } from 'next'

import { issuerUrl } from '../../../../lib/auth0.ts'
import { SsoNewView } from '../../kit-views.tsx'
import { PageHeader, titleOf } from '../../page-header.tsx'

export const metadata: Metadata = titleOf('ssoNew')

export const dynamic = 'force-dynamic' // the tenant is known at run time

export default function Page() {
  return (
    <>
      <PageHeader page="ssoNew" />
      <SsoNewView authDomain={new URL(issuerUrl()).host} />
    </>
  )
}
