'use client'

import { type ReactNode, useEffect, useId, useState } from 'react'

import { Dialog } from '../../ui/dialog.tsx'
import type { CreatedToken } from './create-token-form.tsx'
import { DiscardView } from './discard-view.tsx'
import { RevealView } from './reveal-view.tsx'
import { useScimScope } from './scim-scope.ts'
import type { TokenRevocation } from './use-token-revocation.ts'

/** Props of {@link RevealDialog}. */
export interface RevealDialogProps {
  /** The provider's name and SCIM endpoint URL. */
  name: string
  endpointUrl: string
  /** The new token: the dialog holds the only copy of its secret. */
  created: CreatedToken
  /** Offer to revoke a token discarded without copying. */
  canRevoke: boolean
  /** Revokes the new token ("Revoke it and close"). */
  revocation: TokenRevocation
  /** The dialog is done: drop the secret and announce `message` ('' after Done). */
  onClosed: (message: string) => void
}

/**
 * The show-once dialog. Escape, a click outside and the browser's close requests are ignored,
 * and leaving the page asks first, until the admin ticks "I have copied this token" and presses
 * Done, or discards it explicitly (with the offer to revoke it).
 */
export function RevealDialog(props: RevealDialogProps): ReactNode {
  const { t, slot } = useScimScope()
  const { created, revocation, onClosed } = props
  const [step, setStep] = useState<'reveal' | 'discard'>('reveal')
  const [acknowledged, setAcknowledged] = useState(false)
  const titleId = useId()
  const descriptionId = useId()

  // Leaving or reloading the page while the token is on screen asks first.
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent): void => {
      event.preventDefault()
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload)
    }
  }, [])

  const tokenId = created.metadata.token_id
  return (
    <Dialog
      slot={slot('revealDialog')}
      labelledBy={titleId}
      describedBy={descriptionId}
      dismiss="none"
    >
      {step === 'reveal' ? (
        <RevealView
          {...props}
          titleId={titleId}
          descriptionId={descriptionId}
          acknowledged={acknowledged}
          onAcknowledgedChange={setAcknowledged}
          onDiscard={() => {
            setStep('discard')
          }}
          onDone={() => {
            onClosed('')
          }}
        />
      ) : (
        <DiscardView
          titleId={titleId}
          descriptionId={descriptionId}
          tokenId={tokenId}
          canRevoke={props.canRevoke}
          revokePending={revocation.pending}
          revokeError={revocation.error}
          onBack={() => {
            setStep('reveal')
          }}
          onClose={() => {
            onClosed(t('scimTokenManager.announcements.discarded', { tokenId }))
          }}
          onRevoke={() => {
            revocation.revoke(tokenId, () => {
              onClosed(t('scimTokenManager.announcements.discardedRevoked', { tokenId }))
            })
          }}
        />
      )}
    </Dialog>
  )
}
