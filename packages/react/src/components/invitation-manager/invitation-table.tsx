'use client'

import type { MemberInvitation } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import { useScope } from '../../kit/scope.tsx'
import { useNow } from '../../kit/use-now.ts'
import type { InvitationManagerAction, InvitationManagerSlot } from './invitation-manager.slots.ts'
import { InvitationRow } from './invitation-row.tsx'

/** Props of {@link InvitationTable}. */
export interface InvitationTableProps {
  invitations: readonly MemberInvitation[]
  /** Role names by id; `undefined` when the token can't read roles (counts are shown). */
  roleNames: ReadonlyMap<string, string> | undefined
  emptyState: ReactNode
  /** Rows have a checkbox (the user may revoke). */
  selectable: boolean
  selected: ReadonlySet<string>
  canResend: boolean
  onToggle: (invitationId: string, on: boolean) => void
  onToggleAll: (on: boolean) => void
  onRevoke: (invitation: MemberInvitation) => void
  onResent: (created: MemberInvitation[], announcement: string) => void
}

/** The invitations table, or the empty state. */
export function InvitationTable(props: InvitationTableProps): ReactNode {
  const { t, slot } = useScope<InvitationManagerSlot, InvitationManagerAction>()
  const { invitations, selectable, selected } = props
  const now = useNow()
  if (invitations.length === 0) {
    return (
      <div {...slot('empty')}>
        {props.emptyState ?? (
          <>
            <p className="mk-InvitationManager-emptyTitle">{t('invitationManager.empty.title')}</p>
            <p className="mk-description">{t('invitationManager.empty.description')}</p>
          </>
        )}
      </div>
    )
  }
  return (
    <div className="mk-InvitationManager-scroll">
      <table {...slot('table', 'mk-table')}>
        <caption className="mk-visually-hidden">{t('invitationManager.caption')}</caption>
        <thead>
          <tr>
            {selectable ? (
              <th scope="col" className="mk-InvitationManager-select">
                <input
                  type="checkbox"
                  aria-label={t('invitationManager.columns.select')}
                  checked={invitations.every((item) => item.id && selected.has(item.id))}
                  onChange={(event) => {
                    props.onToggleAll(event.target.checked)
                  }}
                />
              </th>
            ) : null}
            <th scope="col">{t('invitationManager.columns.invitee')}</th>
            <th scope="col">{t('invitationManager.columns.roles')}</th>
            <th scope="col">{t('invitationManager.columns.inviter')}</th>
            <th scope="col">{t('invitationManager.columns.sent')}</th>
            <th scope="col">{t('invitationManager.columns.expires')}</th>
            <th scope="col">
              <span className="mk-visually-hidden">{t('invitationManager.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {invitations.map((invitation, index) => (
            <InvitationRow
              key={invitation.id ?? `row-${index}`}
              invitation={invitation}
              expired={
                invitation.expires_at !== undefined && Date.parse(invitation.expires_at) <= now
              }
              roleNames={props.roleNames}
              selectable={selectable}
              selected={invitation.id !== undefined && selected.has(invitation.id)}
              canResend={props.canResend}
              canRevoke={selectable}
              onToggle={props.onToggle}
              onRevoke={props.onRevoke}
              onResent={props.onResent}
            />
          ))}
        </tbody>
      </table>
    </div>
  )
}
