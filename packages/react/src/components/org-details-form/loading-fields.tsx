import type { ReactNode } from 'react'

import { useScope } from '../../kit/scope.tsx'
import type { OrgDetailsFormSlot } from './org-details-form.slots.ts'

/** Skeleton fields (a label and a control each) while the token or the details load. */
export function LoadingFields(): ReactNode {
  const { t, slot } = useScope<OrgDetailsFormSlot>()
  return (
    <div
      {...slot('notice', 'mk-OrgDetailsForm-loading')}
      role="status"
      aria-label={t('orgDetailsForm.loading')}
    >
      {[0, 1, 2].map((row) => (
        <div key={row} className="mk-OrgDetailsForm-skeletonField">
          <span className="mk-skeleton" style={{ inlineSize: '7rem' }} />
          <span className="mk-skeleton" style={{ blockSize: '2.25rem' }} />
        </div>
      ))}
    </div>
  )
}
