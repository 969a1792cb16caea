import type { Metadata } from 'next'

import { GeneralView } from '../kit-views.tsx'
import { PageHeader, titleOf } from '../page-header.tsx'

export const metadata: Metadata = { title: titleOf('general') }

export default function Page() {
  return (
    <>
      <PageHeader page="general" />
      <GeneralView />
    </>
  )
}
