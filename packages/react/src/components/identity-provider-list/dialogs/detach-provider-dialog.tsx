'use client'

import type { IdentityProvider } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import { useDetachIdentityProvider } from '../../../api/identity-providers.queries.ts'
import { useScope } from '../../../kit/scope.tsx'
import { ProviderConfirmDialog } from './provider-confirm-dialog.tsx'

/** Removes a provider from the organization (`POST …/detach`), saying how it differs from delete. */
export function DetachProviderDialog(props: {
  idp: IdentityProvider
  onCancel: () => void
  onDone: () => void
}): ReactNode {
  const { t } = useScope()
  const detach = useDetachIdentityProvider()
  return (
    <ProviderConfirmDialog kind="detach" mutation={detach} {...props}>
      <p className="mk-alert" data-variant="info">
        <span className="mk-alert-description">{t('identityProviderList.detach.difference')}</span>
      </p>
    </ProviderConfirmDialog>
  )
}
