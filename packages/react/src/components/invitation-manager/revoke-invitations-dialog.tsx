'use client'

import type { MemberInvitation } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import { useRevokeInvitations } from '../../api/invitations.queries.ts'
import { useScope } from '../../kit/scope.tsx'
import { BatchConfirmDialog } from '../../ui/batch-confirm-dialog.tsx'
import { type ItemsBatchDialogProps, useItemsBatch } from '../../ui/use-items-batch.ts'
import { useInvitationManager } from './invitation-manager-context.ts'
import type { InvitationManagerAction, InvitationManagerSlot } from './invitation-manager.slots.ts'

/**
 * "Revoke the invitation to …?": 10 per request with the progress on the button, then a line
 * per invitation that could not be revoked, with why.
 */
export function RevokeInvitationsDialog(props: ItemsBatchDialogProps<MemberInvitation>): ReactNode {
  const { t } = useScope<InvitationManagerSlot, InvitationManagerAction>()
  const { host, announce } = useInvitationManager()
  const batch = useItemsBatch({
    path: 'invitationManager.revoke',
    items: props.items,
    idOf: (invitation) => invitation.id,
    nameOf: (invitation) => invitation.invitee?.email ?? '',
    mutation: useRevokeInvitations(),
    report: ['revoke', 'invitationId'],
    onDone: (result) => {
      announce(t('invitationManager.revoke.revoked', { count: result.succeeded.length }))
      if (result.succeeded.length > 0) {
        host.onInvitationsRevoked?.(result.succeeded)
      }
      props.onDone(result.succeeded)
    },
  })
  return <BatchConfirmDialog {...batch} onClose={props.onClose} />
}
