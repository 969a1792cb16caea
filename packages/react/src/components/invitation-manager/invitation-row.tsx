'use client'

import type { MemberInvitation } from '@myorg-kit/client'
import { type ReactNode, memo } from 'react'

import { useResendInvitation } from '../../api/invitations.queries.ts'
import { ErrorNotice } from '../../kit/error-notice.tsx'
import { useScope } from '../../kit/scope.tsx'
import { ApiText } from '../../ui/api-text.tsx'
import { CopyButton } from '../../ui/copy-button.tsx'
import { RowAction } from '../../ui/row-action.tsx'
import { useRowSelection } from '../../ui/list-table.tsx'
import { SelectCell } from '../../ui/select-cell.tsx'
import type { InvitationManagerAction, InvitationManagerSlot } from './invitation-manager.slots.ts'

/** Props of {@link InvitationRow}. */
export interface InvitationRowProps {
  invitation: MemberInvitation
  expired: boolean
  roleNames: ReadonlyMap<string, string> | undefined
  canResend: boolean
  canRevoke: boolean
  onRevoke: (invitation: MemberInvitation) => void
  onResent: (created: MemberInvitation[], announcement: string) => void
}

/** One invitation: invitee, roles, inviter, dates, status; copy link, resend, revoke. */
export const InvitationRow = memo(function InvitationRow(props: InvitationRowProps): ReactNode {
  const { t, slot, translator, reportError } = useScope<
    InvitationManagerSlot,
    InvitationManagerAction
  >()
  const { invitation, expired } = props
  const resend = useResendInvitation()
  const email = invitation.invitee?.email ?? ''
  const id = invitation.id
  const roleIds = invitation.roles ?? []
  const roles = props.roleNames
    ? roleIds.map((roleId) => props.roleNames?.get(roleId) ?? roleId)
    : []
  const date = (value: string | undefined): string =>
    value === undefined ? '—' : translator.formatDate(value, { dateStyle: 'medium' })
  const columns = useRowSelection() ? 7 : 6
  return (
    <>
      <tr {...slot('row')} data-status={expired ? 'expired' : 'pending'}>
        <SelectCell id={id} label={t('invitationManager.select', { email })} />
        <th scope="row" className="mk-InvitationManager-invitee">
          <ApiText value={email} flagHidden />
        </th>
        <td data-label={t('invitationManager.columns.roles')}>
          {roleIds.length === 0 ? (
            <span className="mk-description">{t('invitationManager.noRoles')}</span>
          ) : props.roleNames ? (
            <span className="mk-InvitationManager-roleList">
              {roles.map((name, index) => (
                <span key={roleIds[index] ?? name} className="mk-badge">
                  <ApiText value={name} />
                </span>
              ))}
            </span>
          ) : (
            translator.formatNumber(roleIds.length)
          )}
        </td>
        <td data-label={t('invitationManager.columns.inviter')}>
          <ApiText value={invitation.inviter?.name ?? t('invitationManager.unknownInviter')} />
        </td>
        <td data-label={t('invitationManager.columns.sent')}>{date(invitation.created_at)}</td>
        <td {...slot('status')} data-label={t('invitationManager.columns.expires')}>
          <span className="mk-InvitationManager-expiry">
            {date(invitation.expires_at)}
            <span className="mk-badge" data-variant={expired ? 'danger' : 'warning'}>
              {expired ? t('invitationManager.expired') : t('invitationManager.pendingStatus')}
            </span>
          </span>
        </td>
        <td {...slot('actions')}>
          <div className="mk-InvitationManager-actionGroup">
            {invitation.invitation_url && !expired ? (
              <CopyButton
                text={invitation.invitation_url}
                label={t('invitationManager.actions.copy', { email })}
                copiedLabel={t('invitationManager.actions.copied', { email })}
                t={t}
                className="mk-InvitationManager-copy"
              />
            ) : null}
            {props.canResend && email !== '' ? (
              <RowAction
                label={t('invitationManager.actions.resend', { email })}
                pending={resend.isPending}
                pendingLabel={t('invitationManager.actions.resending')}
                onClick={() => {
                  resend.mutate(invitation, {
                    onSuccess: (created) => {
                      props.onResent(created, t('invitationManager.actions.resent', { email }))
                    },
                    onError: (error) => {
                      reportError(error, 'resend')
                    },
                  })
                }}
              >
                {t('invitationManager.actions.resendShort')}
              </RowAction>
            ) : null}
            {props.canRevoke && id !== undefined ? (
              <RowAction
                danger
                label={t('invitationManager.actions.revoke', { email })}
                onClick={() => {
                  props.onRevoke(invitation)
                }}
              >
                {t('invitationManager.actions.revokeShort')}
              </RowAction>
            ) : null}
          </div>
        </td>
      </tr>
      {resend.error ? (
        <tr className="mk-InvitationManager-errorRow">
          <td colSpan={columns}>
            <ErrorNotice error={resend.error} />
          </td>
        </tr>
      ) : null}
    </>
  )
})
