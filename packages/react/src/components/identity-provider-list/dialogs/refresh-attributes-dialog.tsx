'use client'

import type { IdentityProvider } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import { useRefreshIdentityProviderAttributes } from '../../../api/identity-providers.queries.ts'
import { useScope } from '../../../kit/scope.tsx'
import { displayNameOf } from '../../../lib/identity-provider.ts'
import { ConfirmDialog } from '../../../ui/confirm-dialog.tsx'
import {
  type AttributeMappingDiff,
  diffAttributeMapping,
  predictAttributeRefresh,
} from '../attribute-diff.ts'
import type { IdentityProviderListAction } from '../identity-provider-list.props.ts'
import type { IdentityProviderListSlot } from '../identity-provider-list.slots.ts'

/** Refreshes the attribute mapping: says beforehand what will change, then reports what did. */
export function RefreshAttributesDialog(props: {
  idp: IdentityProvider
  onCancel: () => void
  onRefreshed: (updated: IdentityProvider, diff: AttributeMappingDiff) => void
}): ReactNode {
  const { idp } = props
  const { t, translator, reportError } = useScope<
    IdentityProviderListSlot,
    IdentityProviderListAction
  >()
  const name = displayNameOf(idp)
  const refresh = useRefreshIdentityProviderAttributes()
  const { willAdd, willRemove } = predictAttributeRefresh(idp.attributes)
  return (
    <ConfirmDialog
      subject={name}
      title={t('identityProviderList.refresh.title', { name })}
      description={t('identityProviderList.refresh.description', { name })}
      error={refresh.error}
      pending={refresh.isPending}
      confirmLabel={t('identityProviderList.refresh.confirm')}
      pendingLabel={t('identityProviderList.refresh.refreshing')}
      onCancel={props.onCancel}
      onConfirm={() => {
        const idpId = idp.id
        if (!idpId) {
          return
        }
        const before = idp.attributes
        refresh.mutate(idpId, {
          onSuccess: (updated) => {
            props.onRefreshed(updated, diffAttributeMapping(before, updated.attributes))
          },
          onError: (error) => {
            reportError(error, 'refreshAttributes', { identityProviderId: idpId })
          },
        })
      }}
    >
      {willRemove.length + willAdd.length === 0 ? (
        <p className="mk-description">{t('identityProviderList.refresh.upToDate')}</p>
      ) : (
        <ul className="mk-IdentityProviderList-diff">
          {willRemove.length > 0 ? (
            <li data-change="removed">
              {t('identityProviderList.refresh.willRemove', {
                attributes: translator.formatList(willRemove),
              })}
            </li>
          ) : null}
          {willAdd.length > 0 ? (
            <li data-change="added">
              {t('identityProviderList.refresh.willAdd', {
                attributes: translator.formatList(willAdd),
              })}
            </li>
          ) : null}
        </ul>
      )}
    </ConfirmDialog>
  )
}
