import { OrgDetailsForm } from '@myorg-kit/react'

import { PageHeader } from '../ui/page.tsx'

/**
 * The organization's name and branding: the kit's `<OrgDetailsForm />` as a host drops it in.
 * It handles loading, no-access, read-only, errors and saving by itself.
 */
export function GeneralPage() {
  return (
    <>
      <PageHeader
        title="General"
        intro="Your organization’s name and the branding your people see on Lumen’s sign-in page."
      />
      <OrgDetailsForm />
    </>
  )
}
