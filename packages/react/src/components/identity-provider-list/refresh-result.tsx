'use client'

import type { ReactNode } from 'react'

import { useScope } from '../../kit/scope.tsx'
import { Button } from '../../ui/button.tsx'
import type { AttributeMappingDiff } from './attribute-diff.ts'
import { AttributeDiffList, type AttributeDiffLine } from './attribute-diff-list.tsx'
import type { IdentityProviderListSlot } from './identity-provider-list.slots.ts'

/** What the last attribute-mapping refresh of a provider changed, until dismissed. */
export function RefreshResult(props: {
  name: string
  diff: AttributeMappingDiff
  onDismiss: () => void
}): ReactNode {
  const { diff } = props
  const { t, slot } = useScope<IdentityProviderListSlot>()
  const lines = [
    ['added', diff.added, 'identityProviderList.refresh.added'],
    ['removed', diff.removed, 'identityProviderList.refresh.removed'],
    ['changed', diff.changed, 'identityProviderList.refresh.changed'],
  ] as const satisfies readonly AttributeDiffLine[]
  return (
    <div {...slot('result', 'mk-alert')} data-variant="success" role="status">
      <p className="mk-alert-title">
        {t('identityProviderList.refresh.resultTitle', { name: props.name })}
      </p>
      <AttributeDiffList
        lines={lines}
        empty={<p className="mk-alert-description">{t('identityProviderList.refresh.noChange')}</p>}
      />
      <div className="mk-alert-actions">
        <Button size="sm" onClick={props.onDismiss}>
          {t('identityProviderList.refresh.dismiss')}
        </Button>
      </div>
    </div>
  )
}
