import type { Metadata } from 'next'

import { SsoView } from '../kit-views.tsx'
import { PageHeader, titleOf } from '../page-header.tsx'

export const metadata: Metadata = { title: titleOf('sso') }

export default function Page() {
  return (
    <>
      <PageHeader page="sso" />
      <SsoView />
    </>
  )
}
