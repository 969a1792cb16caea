'use client'

import type { ProvisioningConfig } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import {
  useCreateProvisioning,
  useDeleteProvisioning,
  useRefreshProvisioningAttributes,
} from '../../api/provisioning.queries.ts'
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx'
import { type ScimTarget, useScimScope } from './scim-scope.ts'

/** Props of {@link EnableProvisioningDialog}. */
export interface EnableProvisioningDialogProps {
  target: ScimTarget
  /** Cancel, or done. */
  onClose: () => void
  onEnabled: ((config: ProvisioningConfig) => void) | undefined
}

/** "Enable SCIM provisioning for …?": then the view under the title becomes the set-up one. */
export function EnableProvisioningDialog(props: EnableProvisioningDialogProps): ReactNode {
  const { t, reportError } = useScimScope()
  const { target } = props
  const { name } = target
  const create = useCreateProvisioning()
  return (
    <ConfirmDialog
      subject={name}
      title={t('scimTokenManager.notSetUp.confirmTitle', { name })}
      description={t('scimTokenManager.notSetUp.confirmDescription', { name })}
      error={create.error}
      pending={create.isPending}
      confirmLabel={t('scimTokenManager.notSetUp.confirm')}
      pendingLabel={t('scimTokenManager.notSetUp.enabling')}
      onCancel={props.onClose}
      onConfirm={() => {
        // mutateAsync: this dialog unmounts as soon as the cache says "set up", and per-call
        // mutate callbacks would then never run.
        create.mutateAsync(target.id).then(
          (config) => {
            props.onClose()
            target.announceAndFocus(t('scimTokenManager.notSetUp.enabled', { name }))
            props.onEnabled?.(config)
          },
          (error: unknown) => {
            reportError(error, 'enableProvisioning')
          },
        )
      }}
    />
  )
}

/** Props of {@link RefreshMappingDialog}. */
export interface RefreshMappingDialogProps {
  idpId: string
  onCancel: () => void
  onRefreshed: () => void
}

/** "Refresh the attribute mapping?": back to the defaults the Auth0 administrator set. */
export function RefreshMappingDialog(props: RefreshMappingDialogProps): ReactNode {
  const { t, reportError } = useScimScope()
  const refresh = useRefreshProvisioningAttributes()
  return (
    <ConfirmDialog
      title={t('scimTokenManager.setUp.refreshTitle')}
      description={t('scimTokenManager.setUp.refreshDescription')}
      error={refresh.error}
      pending={refresh.isPending}
      confirmLabel={t('scimTokenManager.setUp.refresh')}
      pendingLabel={t('scimTokenManager.setUp.refreshing')}
      onCancel={props.onCancel}
      onConfirm={() => {
        refresh.mutate(props.idpId, {
          onSuccess: props.onRefreshed,
          onError: (error) => {
            reportError(error, 'refreshAttributes')
          },
        })
      }}
    />
  )
}

/** Props of {@link DisableProvisioningDialog}. */
export interface DisableProvisioningDialogProps {
  target: ScimTarget
  /** How many tokens stop working; `undefined` when they can't be read. */
  tokenCount: number | undefined
  /** Cancel, or done. */
  onClose: () => void
  onDisabled: (() => void) | undefined
}

/** "Disable SCIM provisioning for …?": sync stops and the tokens are deleted. */
export function DisableProvisioningDialog(props: DisableProvisioningDialogProps): ReactNode {
  const { t, reportError } = useScimScope()
  const { target, tokenCount } = props
  const { name } = target
  const disable = useDeleteProvisioning()
  return (
    <ConfirmDialog
      tone="danger"
      subject={name}
      title={t('scimTokenManager.setUp.disableTitle', { name })}
      description={
        <>
          <p>{t('scimTokenManager.setUp.disableDescription', { name })}</p>
          <p>
            {tokenCount === undefined
              ? t('scimTokenManager.setUp.disableTokensUnknown')
              : t('scimTokenManager.setUp.disableTokens', { count: tokenCount })}
          </p>
        </>
      }
      error={disable.error}
      pending={disable.isPending}
      confirmLabel={t('scimTokenManager.setUp.disableConfirm')}
      pendingLabel={t('scimTokenManager.setUp.disabling')}
      onCancel={props.onClose}
      onConfirm={() => {
        // mutateAsync: this dialog unmounts as soon as the cache says "not set up".
        disable.mutateAsync(target.id).then(
          () => {
            props.onClose()
            target.announceAndFocus(t('scimTokenManager.setUp.disabled', { name }))
            props.onDisabled?.()
          },
          (error: unknown) => {
            reportError(error, 'disableProvisioning')
          },
        )
      }}
    />
  )
}
