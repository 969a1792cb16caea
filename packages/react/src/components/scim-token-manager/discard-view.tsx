'use client'

import { type ReactNode, useEffect, useRef } from 'react'

import { ErrorNotice } from '../../kit/error-notice.tsx'
import { Button } from '../../ui/button.tsx'
import { useScimScope } from './scim-scope.ts'

/** Props of {@link DiscardView}. */
export interface DiscardViewProps {
  /** The ids the dialog is labelled and described by. */
  titleId: string
  descriptionId: string
  /** The new token's id. */
  tokenId: string
  /** Offer "Revoke it and close". */
  canRevoke: boolean
  /** The revoke runs. */
  revokePending: boolean
  /** The last revoke failure. */
  revokeError: Error | null
  /** Back to the token. */
  onBack: () => void
  /** Close and keep the token valid. */
  onClose: () => void
  /** Revoke it, then close. */
  onRevoke: () => void
}

/** "Discard this token without copying it?": it stays valid; close anyway, or revoke it now. */
export function DiscardView(props: DiscardViewProps): ReactNode {
  const { t } = useScimScope()
  const pending = props.revokePending
  const backRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    backRef.current?.focus()
  }, [])
  return (
    <>
      <h2 className="mk-dialog-title" id={props.titleId}>
        {t('scimTokenManager.reveal.discardTitle')}
      </h2>
      <p id={props.descriptionId}>
        {t('scimTokenManager.reveal.discardDescription', { tokenId: props.tokenId })}
      </p>
      {props.revokeError ? <ErrorNotice error={props.revokeError} headingLevel={3} /> : null}
      <div className="mk-dialog-actions">
        <Button ref={backRef} disabled={pending} onClick={props.onBack}>
          {t('scimTokenManager.reveal.back')}
        </Button>
        <Button disabled={pending} onClick={props.onClose}>
          {t('scimTokenManager.reveal.closeWithoutRevoking')}
        </Button>
        {props.canRevoke ? (
          <Button
            variant="danger"
            pending={pending}
            pendingLabel={t('scimTokenManager.reveal.revoking')}
            onClick={props.onRevoke}
          >
            {t('scimTokenManager.reveal.revokeAndClose')}
          </Button>
        ) : null}
      </div>
    </>
  )
}
