'use client'

import type { IdentityProviderListItem, MyOrgCheckedList } from '@myorg-kit/client'
import { type ReactNode, useState } from 'react'

import { LazyBoundary } from '../../kit/lazy-boundary.tsx'
import { usePreloadParts } from '../../kit/lazy-part.ts'
import { MissingActions } from '../../kit/missing-actions.tsx'
import { useScope } from '../../kit/scope.tsx'
import { displayNameOf } from '../../lib/identity-provider.ts'
import { Button } from '../../ui/button.tsx'
import { EmptyState } from '../../ui/empty-state.tsx'
import { SkippedItems } from '../../ui/skipped-items.tsx'
import type { AttributeMappingDiff } from './attribute-diff.ts'
import type { ProviderDialog } from './dialogs/provider-dialogs.tsx'
import { providerDetails, providerDialogs } from './lazy-parts.ts'
import type { IdentityProviderListSlot } from './identity-provider-list.slots.ts'
import { useListContext } from './list-context.ts'
import { ProviderItem } from './provider-item.tsx'

/**
 * The list once loaded: what the token can't do, the toolbar, the providers, a line for those
 * the API sent malformed, and the dialogs.
 */
export function ProviderList(props: {
  providers: Readonly<MyOrgCheckedList<IdentityProviderListItem>>
}): ReactNode {
  const { providers } = props
  const { t, can, slot } = useScope<IdentityProviderListSlot>()
  const { host, readOnly, openPanel } = useListContext()
  const [dialog, setDialog] = useState<ProviderDialog | null>(null)
  usePreloadParts(providerDetails, providerDialogs)
  const [refreshResults, setRefreshResults] = useState<ReadonlyMap<string, AttributeMappingDiff>>(
    () => new Map(),
  )
  const canCreate = !readOnly && can('createIdentityProvider')

  return (
    <>
      {readOnly ? null : (
        <MissingActions
          className="mk-IdentityProviderList-permissions"
          message="identityProviderList.permissions.missing"
          actions={[
            [canCreate, 'identityProviderList.permissions.create'],
            [can('updateIdentityProvider'), 'identityProviderList.permissions.update'],
            [can('deleteIdentityProvider'), 'identityProviderList.permissions.delete'],
            [can('detachIdentityProvider'), 'identityProviderList.permissions.detach'],
            [
              can('addIdentityProviderDomain') && can('removeIdentityProviderDomain'),
              'identityProviderList.permissions.domains',
            ],
            [can('getProvisioning'), 'identityProviderList.permissions.provisioning'],
          ]}
        />
      )}
      <div {...slot('toolbar')}>
        <p className="mk-description">
          {t('identityProviderList.count', { count: providers.length })}
        </p>
        {canCreate ? (
          <Button
            variant="primary"
            data-mk-focus-key="add"
            onClick={() => {
              if (host.onAddIdentityProvider) {
                host.onAddIdentityProvider()
              } else {
                openPanel({ kind: 'create' }, 'add')
              }
            }}
          >
            {t('identityProviderList.add')}
          </Button>
        ) : null}
      </div>
      {providers.length === 0 ? (
        <EmptyState custom={host.emptyState} list="identityProviderList" readOnly={!canCreate} />
      ) : (
        <ul {...slot('list')} aria-label={t('identityProviderList.listLabel')}>
          {providers.map((item) => (
            <ProviderItem
              key={item.id ?? displayNameOf(item)}
              item={item}
              refreshResult={item.id ? refreshResults.get(item.id) : undefined}
              onDismissRefresh={(idpId) => {
                setRefreshResults((previous) => {
                  const next = new Map(previous)
                  next.delete(idpId)
                  return next
                })
              }}
              onAsk={setDialog}
            />
          ))}
        </ul>
      )}
      <SkippedItems skipped={providers.skipped} className="mk-IdentityProviderList-skipped" />
      {dialog ? (
        <LazyBoundary>
          <providerDialogs.Part
            dialog={dialog}
            onChange={setDialog}
            onRefreshed={(idpId, diff) => {
              setRefreshResults((previous) => new Map(previous).set(idpId, diff))
            }}
          />
        </LazyBoundary>
      ) : null}
    </>
  )
}
