'use client'

import type { ReactNode } from 'react'

import { useScope } from '../../kit/scope.tsx'
import { Button } from '../../ui/button.tsx'
import type { AttributeMappingDiff } from './attribute-diff.ts'
import type { IdentityProviderListSlot } from './identity-provider-list.slots.ts'

/** What the last attribute-mapping refresh of a provider changed, until dismissed. */
export function RefreshResult(props: {
  name: string
  diff: AttributeMappingDiff
  onDismiss: () => void
}): ReactNode {
  const { diff } = props
  const { t, translator, slot } = useScope<IdentityProviderListSlot>()
  const lines = [
    ['added', diff.added, 'identityProviderList.refresh.added'],
    ['removed', diff.removed, 'identityProviderList.refresh.removed'],
    ['changed', diff.changed, 'identityProviderList.refresh.changed'],
  ] as const
  const nothing = lines.every(([, attributes]) => attributes.length === 0)
  return (
    <div {...slot('result', 'mk-alert')} data-variant="success" role="status">
      <p className="mk-alert-title">
        {t('identityProviderList.refresh.resultTitle', { name: props.name })}
      </p>
      {nothing ? (
        <p className="mk-alert-description">{t('identityProviderList.refresh.noChange')}</p>
      ) : (
        <ul className="mk-IdentityProviderList-diff">
          {lines.map(([change, attributes, message]) =>
            attributes.length > 0 ? (
              <li key={change} data-change={change}>
                {t(message, { attributes: translator.formatList(attributes) })}
              </li>
            ) : null,
          )}
        </ul>
      )}
      <div className="mk-alert-actions">
        <Button size="sm" onClick={props.onDismiss}>
          {t('identityProviderList.refresh.dismiss')}
        </Button>
      </div>
    </div>
  )
}
