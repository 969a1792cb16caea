'use client'

import type { IdentityProviderListItem } from '@myorg-kit/client'
import { type ReactNode, useId, useState } from 'react'

import { LazyBoundary } from '../../kit/lazy-boundary.tsx'
import { useScope } from '../../kit/scope.tsx'
import { displayNameOf } from '../../lib/identity-provider.ts'
import { Button } from '../../ui/button.tsx'
import type { AttributeMappingDiff } from './attribute-diff.ts'
import type { ProviderDialog } from './dialogs/provider-dialogs.tsx'
import type { IdentityProviderListSlot } from './identity-provider-list.slots.ts'
import { useListContext } from './list-context.ts'
import { providerAbilities, providerKindOf } from './provider-abilities.ts'
import { providerDetails } from './lazy-parts.ts'
import { ProviderSummary } from './provider-summary.tsx'
import { RefreshResult } from './refresh-result.tsx'

/** One provider: its summary, linked domains, the last refresh's result, details on demand. */
export function ProviderItem(props: {
  item: IdentityProviderListItem
  refreshResult: AttributeMappingDiff | undefined
  onDismissRefresh: (idpId: string) => void
  onAsk: (dialog: ProviderDialog) => void
}): ReactNode {
  const { item } = props
  const { t, slot, can } = useScope<IdentityProviderListSlot>()
  const { readOnly } = useListContext()
  const [expanded, setExpanded] = useState(false)
  const detailsId = useId()
  const provider = providerKindOf(item)
  const abilities = providerAbilities(item, can, readOnly)
  const name = displayNameOf(item)
  const known = provider.kind === 'known' ? provider.idp : undefined

  return (
    <li
      {...slot('item')}
      data-state={item.is_enabled ? 'enabled' : 'disabled'}
      data-access={provider.level}
    >
      <ProviderSummary item={item} provider={provider} abilities={abilities} />
      {known ? (
        <div {...slot('domains')}>
          <span className="mk-IdentityProviderList-label">
            {t('identityProviderList.domains.label')}
          </span>
          {known.domains?.length ? (
            <ul className="mk-IdentityProviderList-chips">
              {known.domains.map((domain) => (
                <li key={domain}>
                  <code className="mk-code">{domain}</code>
                </li>
              ))}
            </ul>
          ) : (
            <span className="mk-description">{t('identityProviderList.domains.none')}</span>
          )}
        </div>
      ) : (
        <p className="mk-description">
          {provider.kind === 'managed'
            ? t('identityProviderList.accessHelp.none')
            : t('identityProviderList.unknownType.help')}
        </p>
      )}
      {props.refreshResult ? (
        <RefreshResult
          name={name}
          diff={props.refreshResult}
          onDismiss={() => {
            props.onDismissRefresh(item.id ?? '')
          }}
        />
      ) : null}
      {known ? (
        <div className="mk-IdentityProviderList-detailsToggle">
          <Button
            size="sm"
            variant="ghost"
            aria-expanded={expanded}
            aria-controls={expanded ? detailsId : undefined}
            aria-label={t('identityProviderList.details.showAria', { name })}
            onClick={() => {
              setExpanded((value) => !value)
            }}
          >
            <span aria-hidden="true" className="mk-IdentityProviderList-chevron" />
            {t('identityProviderList.details.show')}
          </Button>
        </div>
      ) : null}
      {known && expanded ? (
        <LazyBoundary>
          <providerDetails.Part
            id={detailsId}
            idp={known}
            abilities={abilities}
            onAsk={props.onAsk}
          />
        </LazyBoundary>
      ) : null}
    </li>
  )
}
