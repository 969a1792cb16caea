'use client'

import type { IdentityProvider } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import { useScope } from '../../../kit/scope.tsx'
import { displayNameOf } from '../../../lib/identity-provider.ts'
import type { AttributeMappingDiff } from '../attribute-diff.ts'
import type { IdentityProviderListSlot } from '../identity-provider-list.slots.ts'
import { useListContext } from '../list-context.ts'
import { DeleteProviderDialog } from './delete-provider-dialog.tsx'
import { DetachProviderDialog } from './detach-provider-dialog.tsx'
import type { ProviderConfirmKind } from './provider-confirm-dialog.tsx'
import { RefreshAttributesDialog } from './refresh-attributes-dialog.tsx'

/** The confirmation open on the list, if any. */
export interface ProviderDialog {
  kind: ProviderConfirmKind
  idp: IdentityProvider
}

/**
 * Shows the open confirmation and carries out what follows it: the announcement, the host's
 * callback, and focus on the list's title when the provider's row went away (cancelling gives
 * focus back to the button that opened the dialog).
 */
export function ProviderDialogs(props: {
  dialog: ProviderDialog | null
  onChange: (dialog: ProviderDialog | null) => void
  onRefreshed: (idpId: string, diff: AttributeMappingDiff) => void
}): ReactNode {
  const { dialog, onChange } = props
  const { t, can } = useScope<IdentityProviderListSlot>()
  const { host, readOnly, announce, focusTitle } = useListContext()
  if (!dialog) {
    return null
  }
  const { idp } = dialog
  const name = displayNameOf(idp)
  const close = (): void => {
    onChange(null)
  }
  /** After a delete or detach: the provider's row is gone. */
  const removed =
    (message: string, callback: ((idpId: string) => void) | undefined) => (): void => {
      onChange(null)
      announce(message)
      if (idp.id) {
        callback?.(idp.id)
      }
      focusTitle()
    }
  const onRemoved = {
    delete: removed(
      t('identityProviderList.delete.deleted', { name }),
      host.onIdentityProviderDeleted,
    ),
    detach: removed(
      t('identityProviderList.detach.removed', { name }),
      host.onIdentityProviderDetached,
    ),
  }
  switch (dialog.kind) {
    case 'delete':
      return (
        <DeleteProviderDialog
          idp={idp}
          canDetach={!readOnly && can('detachIdentityProvider')}
          onDetachInstead={() => {
            onChange({ kind: 'detach', idp })
          }}
          onCancel={close}
          onDone={onRemoved.delete}
        />
      )
    case 'detach':
      return <DetachProviderDialog idp={idp} onCancel={close} onDone={onRemoved.detach} />
    case 'refresh':
      return (
        <RefreshAttributesDialog
          idp={idp}
          onCancel={close}
          onDone={(updated, diff) => {
            onChange(null)
            if (idp.id) {
              props.onRefreshed(idp.id, diff)
              host.onAttributeMappingRefreshed?.(updated, diff)
              host.onIdentityProviderUpdated?.(updated)
            }
          }}
        />
      )
  }
}
