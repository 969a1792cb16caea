'use client'

import type { ProvisioningConfig } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import {
  useCreateProvisioning,
  useDeleteProvisioning,
  useRefreshProvisioningAttributes,
} from '../../api/provisioning.queries.ts'
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx'
import { type ConfirmTextKeys, confirmTexts } from '../../ui/confirm-texts.ts'
import { useConfirmMutation } from '../../ui/use-confirm-mutation.ts'
import { type ScimTarget, useScimScope } from './scim-scope.ts'

/** The texts of the provisioning confirmations (`{name}`: the provider's). */
const TEXTS = {
  enable: {
    title: 'scimTokenManager.notSetUp.confirmTitle',
    description: 'scimTokenManager.notSetUp.confirmDescription',
    confirm: 'scimTokenManager.notSetUp.confirm',
    pending: 'scimTokenManager.notSetUp.enabling',
  },
  refresh: {
    title: 'scimTokenManager.setUp.refreshTitle',
    description: 'scimTokenManager.setUp.refreshDescription',
    confirm: 'scimTokenManager.setUp.refresh',
    pending: 'scimTokenManager.setUp.refreshing',
  },
  disable: {
    title: 'scimTokenManager.setUp.disableTitle',
    description: 'scimTokenManager.setUp.disableDescription',
    confirm: 'scimTokenManager.setUp.disableConfirm',
    pending: 'scimTokenManager.setUp.disabling',
  },
} as const satisfies Record<string, ConfirmTextKeys>

/** Props of {@link EnableProvisioningDialog}. */
export interface EnableProvisioningDialogProps {
  target: ScimTarget
  /** Cancel, or done. */
  onClose: () => void
  onEnabled: ((config: ProvisioningConfig) => void) | undefined
}

/** "Enable SCIM provisioning for …?": then the view under the title becomes the set-up one. */
export function EnableProvisioningDialog(props: EnableProvisioningDialogProps): ReactNode {
  const { t } = useScimScope()
  const { target } = props
  const { name } = target
  const confirm = useConfirmMutation(useCreateProvisioning(), {
    variables: target.id,
    action: 'enableProvisioning',
    onSuccess: (config) => {
      props.onClose()
      target.announceAndFocus(t('scimTokenManager.notSetUp.enabled', { name }))
      props.onEnabled?.(config)
    },
  })
  return (
    <ConfirmDialog
      subject={name}
      {...confirmTexts(t, TEXTS.enable, { name })}
      onCancel={props.onClose}
      {...confirm}
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
  const { t } = useScimScope()
  const confirm = useConfirmMutation(useRefreshProvisioningAttributes(), {
    variables: props.idpId,
    action: 'refreshAttributes',
    onSuccess: props.onRefreshed,
  })
  return (
    <ConfirmDialog {...confirmTexts(t, TEXTS.refresh)} onCancel={props.onCancel} {...confirm} />
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
  const { t } = useScimScope()
  const { target, tokenCount } = props
  const { name } = target
  const confirm = useConfirmMutation(useDeleteProvisioning(), {
    variables: target.id,
    action: 'disableProvisioning',
    onSuccess: () => {
      props.onClose()
      target.announceAndFocus(t('scimTokenManager.setUp.disabled', { name }))
      props.onDisabled?.()
    },
  })
  const texts = confirmTexts(t, TEXTS.disable, { name })
  return (
    <ConfirmDialog
      tone="danger"
      subject={name}
      {...texts}
      description={
        <>
          <p>{texts.description}</p>
          <p>
            {tokenCount === undefined
              ? t('scimTokenManager.setUp.disableTokensUnknown')
              : t('scimTokenManager.setUp.disableTokens', { count: tokenCount })}
          </p>
        </>
      }
      onCancel={props.onClose}
      {...confirm}
    />
  )
}
