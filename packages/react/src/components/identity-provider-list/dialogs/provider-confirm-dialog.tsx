'use client'

import type { IdentityProvider } from '@myorg-kit/client'
import type { UseMutationResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'

import type { MyOrgMessageKey } from '../../../i18n/types.ts'
import { displayNameOf } from '../../../lib/identity-provider.ts'
import { ConfirmDialog, type TypedConfirmation } from '../../../ui/confirm-dialog.tsx'
import { useConfirmMutation } from '../../../ui/use-confirm-mutation.ts'
import type { IdentityProviderListAction } from '../identity-provider-list.props.ts'
import { useListScope } from '../list-context.ts'

/** The confirmations of a provider, each worded by `identityProviderList.<kind>`. */
export type ProviderConfirmKind = 'delete' | 'detach' | 'refresh'

/** What differs between the kinds besides the texts' path. */
const KINDS = {
  delete: { pendingKey: 'identityProviderList.delete.deleting', action: 'delete', danger: true },
  detach: { pendingKey: 'identityProviderList.detach.removing', action: 'detach', danger: true },
  refresh: {
    pendingKey: 'identityProviderList.refresh.refreshing',
    action: 'refreshAttributes',
    danger: false,
  },
} as const satisfies Record<
  ProviderConfirmKind,
  { pendingKey: MyOrgMessageKey; action: IdentityProviderListAction; danger: boolean }
>

/** Props of {@link ProviderConfirmDialog}. */
export interface ProviderConfirmDialogProps<TData> {
  kind: ProviderConfirmKind
  idp: IdentityProvider
  /** Run with the provider's id on confirm; a failure goes to the host's `onError`. */
  mutation: UseMutationResult<TData, Error, string>
  /** Show the mutation's failure in the dialog (off when `children` explain it). @default true */
  showError?: boolean
  /** @default undefined */
  typedConfirmation?: TypedConfirmation | undefined
  /** What the action does beyond the description. @default undefined */
  children?: ReactNode
  onCancel: () => void
  onDone: (data: TData) => void
}

/**
 * The confirmation of an action on one provider: its texts, the mutation on the provider's id
 * and the failure reported with the provider's id.
 */
export function ProviderConfirmDialog<TData>(props: ProviderConfirmDialogProps<TData>): ReactNode {
  const { kind, idp, mutation } = props
  const { t } = useListScope()
  const { pendingKey, action, danger } = KINDS[kind]
  const name = displayNameOf(idp)
  const confirm = useConfirmMutation(mutation, {
    variables: idp.id,
    action,
    details: idp.id === undefined ? undefined : { identityProviderId: idp.id },
    onSuccess: props.onDone,
  })
  return (
    <ConfirmDialog
      tone={danger ? 'danger' : 'primary'}
      subject={name}
      title={t(`identityProviderList.${kind}.title`, { name })}
      description={t(`identityProviderList.${kind}.description`, { name })}
      confirmLabel={t(`identityProviderList.${kind}.confirm`)}
      pendingLabel={t(pendingKey)}
      typedConfirmation={props.typedConfirmation}
      onCancel={props.onCancel}
      {...confirm}
      error={props.showError === false ? undefined : confirm.error}
    >
      {props.children}
    </ConfirmDialog>
  )
}
