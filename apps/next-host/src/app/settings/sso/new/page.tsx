import type { Metadata } from 'next'

import { SsoNewView } from '../../kit-views.tsx'
import { PageHeader, titleOf } from '../../page-header.tsx'

export const metadata: Metadata = titleOf('ssoNew')

export default function Page() {
  return (
    <>
      <PageHeader page="ssoNew" />
      <SsoNewView />
    </>
  )
}
