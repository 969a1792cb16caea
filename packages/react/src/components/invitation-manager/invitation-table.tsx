'use client'

import type { MemberInvitation } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import { useScope } from '../../kit/scope.tsx'
import type { Selection } from '../../kit/use-selection.ts'
import { useNow } from '../../kit/use-now.ts'
import { EmptyState } from '../../ui/empty-state.tsx'
import { ListTable } from '../../ui/list-table.tsx'
import type { InvitationManagerAction, InvitationManagerSlot } from './invitation-manager.slots.ts'
import { useInvitationManager } from './invitation-manager-context.ts'
import { InvitationRow } from './invitation-row.tsx'

/** Props of {@link InvitationTable}. */
export interface InvitationTableProps {
  invitations: readonly MemberInvitation[]
  /** Used when rows are selectable (the user may revoke). */
  selection: Selection<MemberInvitation>
  onRevoke: (invitation: MemberInvitation) => void
}

/** The invitations table, or the empty state. */
export function InvitationTable(props: InvitationTableProps): ReactNode {
  const { t } = useScope<InvitationManagerSlot, InvitationManagerAction>()
  const { host, canInvite, canRevoke: selectable, roleNames, announce } = useInvitationManager()
  const { invitations, selection } = props
  const now = useNow()
  if (invitations.length === 0) {
    return <EmptyState custom={host.emptyState} list="invitationManager" />
  }
  return (
    <ListTable
      caption={t('invitationManager.caption')}
      columns={[
        t('invitationManager.columns.invitee'),
        t('invitationManager.columns.roles'),
        t('invitationManager.columns.inviter'),
        t('invitationManager.columns.sent'),
        t('invitationManager.columns.expires'),
      ]}
      actions={t('invitationManager.columns.actions')}
      select={
        selectable
          ? { label: t('invitationManager.columns.select'), rows: invitations, selection }
          : undefined
      }
    >
      {invitations.map((invitation, index) => (
        <InvitationRow
          key={invitation.id ?? `row-${index}`}
          invitation={invitation}
          expired={invitation.expires_at !== undefined && Date.parse(invitation.expires_at) <= now}
          roleNames={roleNames}
          canResend={canInvite}
          canRevoke={selectable}
          onRevoke={props.onRevoke}
          onResent={(created, message) => {
            announce(message)
            host.onInvitationsCreated?.(created)
          }}
        />
      ))}
    </ListTable>
  )
}
