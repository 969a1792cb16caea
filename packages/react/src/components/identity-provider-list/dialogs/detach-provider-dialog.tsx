'use client'

import type { IdentityProvider } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import { useDetachIdentityProvider } from '../../../api/identity-providers.queries.ts'
import { useScope } from '../../../kit/scope.tsx'
import { displayNameOf } from '../../../lib/identity-provider.ts'
import { ConfirmDialog } from '../../../ui/confirm-dialog.tsx'
import type { IdentityProviderListAction } from '../identity-provider-list.props.ts'
import type { IdentityProviderListSlot } from '../identity-provider-list.slots.ts'

/** Removes a provider from the organization (`POST …/detach`), saying how it differs from delete. */
export function DetachProviderDialog(props: {
  idp: IdentityProvider
  onCancel: () => void
  onDetached: () => void
}): ReactNode {
  const { idp } = props
  const { t, reportError } = useScope<IdentityProviderListSlot, IdentityProviderListAction>()
  const name = displayNameOf(idp)
  const detach = useDetachIdentityProvider()
  return (
    <ConfirmDialog
      tone="danger"
      subject={name}
      title={t('identityProviderList.detach.title', { name })}
      description={t('identityProviderList.detach.description', { name })}
      error={detach.error}
      pending={detach.isPending}
      confirmLabel={t('identityProviderList.detach.confirm')}
      pendingLabel={t('identityProviderList.detach.removing')}
      onCancel={props.onCancel}
      onConfirm={() => {
        const idpId = idp.id
        if (!idpId) {
          return
        }
        detach.mutate(idpId, {
          onSuccess: props.onDetached,
          onError: (error) => {
            reportError(error, 'detach', { identityProviderId: idpId })
          },
        })
      }}
    >
      <p className="mk-alert" data-variant="info">
        <span className="mk-alert-description">{t('identityProviderList.detach.difference')}</span>
      </p>
    </ConfirmDialog>
  )
}
