'use client'

import type { MemberInvitation } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import { useRevokeInvitations } from '../../api/invitations.queries.ts'
import { describeError } from '../../i18n/describe-error.ts'
import { useScope } from '../../kit/scope.tsx'
import { BatchConfirmDialog } from '../../ui/batch-confirm-dialog.tsx'
import { reportBatch } from '../../ui/batch-report.ts'
import { useInvitationManager } from './invitation-manager-context.ts'
import type { InvitationManagerAction, InvitationManagerSlot } from './invitation-manager.slots.ts'

/** Props of {@link RevokeInvitationsDialog}. */
export interface RevokeInvitationsDialogProps {
  /** One (named in the title) or several. */
  invitations: readonly MemberInvitation[]
  /** After the batch (announced, and the host told): the revoked ids. */
  onRevoked: (invitationIds: string[]) => void
  onClose: () => void
}

/**
 * "Revoke the invitation to …?": 10 per request with the progress on the button, then a line
 * per invitation that could not be revoked, with why.
 */
export function RevokeInvitationsDialog(props: RevokeInvitationsDialogProps): ReactNode {
  const scope = useScope<InvitationManagerSlot, InvitationManagerAction>()
  const { t, reportError } = scope
  const { host, announce } = useInvitationManager()
  const revoke = useRevokeInvitations()
  const { invitations } = props
  const only = invitations.length === 1 ? invitations[0] : undefined
  const emailOf = (invitation: MemberInvitation | undefined): string =>
    invitation?.invitee?.email ?? ''
  return (
    <BatchConfirmDialog
      title={
        only
          ? t('invitationManager.revoke.title', { email: emailOf(only) })
          : t('invitationManager.revoke.titleMany', { count: invitations.length })
      }
      description={t('invitationManager.revoke.description')}
      subject={only ? emailOf(only) : undefined}
      confirmLabel={
        only
          ? t('invitationManager.revoke.confirm')
          : t('invitationManager.revoke.confirmMany', { count: invitations.length })
      }
      progressLabel={({ done, total }) => t('invitationManager.revoke.pending', { done, total })}
      run={async (onProgress) => {
        const ids = invitations.flatMap((invitation) => (invitation.id ? [invitation.id] : []))
        const result = await revoke.mutateAsync({ ids, onProgress })
        announce(t('invitationManager.revoke.revoked', { count: result.succeeded.length }))
        if (result.succeeded.length > 0) {
          host.onInvitationsRevoked?.(result.succeeded)
        }
        props.onRevoked(result.succeeded)
        return reportBatch(result, {
          onFailure: (failure) => {
            reportError(failure.error, 'revoke', { invitationId: failure.item })
          },
          title: t('invitationManager.revoke.partialTitle'),
          summary: t('invitationManager.revoke.partial', {
            revoked: result.succeeded.length,
            failed: result.failed.length,
          }),
          line: (failure) =>
            t('invitationManager.revoke.failure', {
              email: emailOf(invitations.find((item) => item.id === failure.item)),
              reason: describeError(failure.error, scope.translator).title,
            }),
        })
      }}
      onClose={props.onClose}
    />
  )
}
