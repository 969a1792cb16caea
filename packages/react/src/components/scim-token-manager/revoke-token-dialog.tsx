'use client'

import type { ScimToken } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import { ConfirmDialog } from '../../ui/confirm-dialog.tsx'
import { type ConfirmTextKeys, confirmTexts } from '../../ui/confirm-texts.ts'
import { useScimScope } from './scim-scope.ts'
import type { TokenRevocation } from './use-token-revocation.ts'

/** `{tokenId}`: the token's, `{name}`: the provider's. */
const TEXTS: ConfirmTextKeys = {
  title: 'scimTokenManager.tokens.revokeTitle',
  description: 'scimTokenManager.tokens.revokeDescription',
  confirm: 'scimTokenManager.tokens.revokeConfirm',
  pending: 'scimTokenManager.tokens.revoking',
}

/** Props of {@link RevokeTokenDialog}. */
export interface RevokeTokenDialogProps {
  /** The provider's name. */
  name: string
  token: ScimToken
  revocation: TokenRevocation
  /** After the token was revoked and the dialog closed. */
  onRevoked: (tokenId: string) => void
}

/** "Revoke token …?": the provider stops syncing with it at once. */
export function RevokeTokenDialog(props: RevokeTokenDialogProps): ReactNode {
  const { t } = useScimScope()
  const { revocation } = props
  const tokenId = props.token.token_id
  return (
    <ConfirmDialog
      tone="danger"
      {...confirmTexts(t, TEXTS, { tokenId, name: props.name })}
      error={revocation.error}
      pending={revocation.pending}
      onCancel={revocation.close}
      onConfirm={() => {
        revocation.revoke(tokenId, () => {
          revocation.close()
          props.onRevoked(tokenId)
        })
      }}
    />
  )
}
