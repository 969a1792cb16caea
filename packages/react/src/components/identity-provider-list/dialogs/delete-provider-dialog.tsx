'use client'

import { type IdentityProvider, MyOrgApiError } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import { useDeleteIdentityProvider } from '../../../api/identity-providers.queries.ts'
import { useScope } from '../../../kit/scope.tsx'
import { confirmationNameOf, displayNameOf } from '../../../lib/identity-provider.ts'
import { Button } from '../../../ui/button.tsx'
import { DeletionBehavior } from './deletion-behavior.tsx'
import { ProviderConfirmDialog } from './provider-confirm-dialog.tsx'

/**
 * Deletes a provider after its name is typed. Loads `GET /config` (once, cached) to say what
 * happens to its users; a 409 under `allow_if_empty` is explained with the way out: remove it
 * from the organization instead.
 */
export function DeleteProviderDialog(props: {
  idp: IdentityProvider
  /** Offer "Remove from organization instead" after a 409. */
  canDetach: boolean
  onDetachInstead: () => void
  onCancel: () => void
  onDone: () => void
}): ReactNode {
  const { idp } = props
  const { t } = useScope()
  const name = displayNameOf(idp)
  const expected = confirmationNameOf(idp)
  const remove = useDeleteIdentityProvider()
  const refused = remove.error instanceof MyOrgApiError && remove.error.status === 409
  return (
    <ProviderConfirmDialog
      kind="delete"
      idp={idp}
      mutation={remove}
      showError={!refused}
      typedConfirmation={{
        expected,
        label: t('identityProviderList.delete.typeLabel', { name: expected }),
        mismatch: t('identityProviderList.delete.mismatch', { name: expected }),
      }}
      onCancel={props.onCancel}
      onDone={props.onDone}
    >
      {refused ? (
        <div className="mk-alert" data-variant="error" role="alert">
          <p className="mk-alert-title">
            {t('identityProviderList.delete.refusedTitle', { name })}
          </p>
          <p className="mk-alert-description">
            {t('identityProviderList.delete.refused', { name })}
          </p>
          {props.canDetach ? (
            <div className="mk-alert-actions">
              <Button onClick={props.onDetachInstead}>
                {t('identityProviderList.delete.detachInstead')}
              </Button>
            </div>
          ) : null}
        </div>
      ) : (
        <DeletionBehavior name={name} />
      )}
    </ProviderConfirmDialog>
  )
}
