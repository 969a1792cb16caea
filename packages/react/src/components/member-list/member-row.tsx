'use client'

import type { OrgMember } from '@myorg-kit/client'
import { type ReactNode, memo } from 'react'

import { useScope } from '../../kit/scope.tsx'
import { ApiText } from '../../ui/api-text.tsx'
import { Avatar } from '../../ui/avatar.tsx'
import { RowAction } from '../../ui/row-action.tsx'
import { SelectCell } from '../../ui/select-cell.tsx'
import { memberName } from './member-display.ts'
import type { MemberListAction, MemberListSlot } from './member-list.slots.ts'

/** Roles shown in a row before "+n". */
const ROW_ROLES = 3

/** Props of {@link MemberRow}: all stable across renders, so an unchanged row doesn't re-render. */
export interface MemberRowProps {
  member: OrgMember
  withRoles: boolean
  /** Whether the row is selected (its checkbox reads the table's selection). */
  selected: boolean
  isCurrentUser: boolean
  picture: string | undefined
  onOpen: (userId: string) => void
}

/** One member: checkbox, picture or initials, name and email, roles, dates, "Manage". */
export const MemberRow = memo(function MemberRow(props: MemberRowProps): ReactNode {
  const { t, slot, translator } = useScope<MemberListSlot, MemberListAction>()
  const { member } = props
  const name = memberName(member, t('memberList.unnamed'))
  const userId = member.user_id
  const roles = member.roles ?? []
  const date = (value: string | undefined): string =>
    value === undefined
      ? t('memberList.never')
      : translator.formatDate(value, { dateStyle: 'medium' })
  return (
    <tr {...slot('row')} data-state={props.selected ? 'selected' : undefined}>
      <SelectCell id={userId} label={t('memberList.select', { name })} />
      <th scope="row" className="mk-MemberList-member">
        <span className="mk-MemberList-person">
          <Avatar
            slot={slot('avatar')}
            name={member.name}
            email={member.email}
            picture={props.picture}
          />
          <span className="mk-MemberList-identity">
            <ApiText value={name} className="mk-MemberList-name" flagHidden />
            {props.isCurrentUser ? (
              <span className="mk-badge" data-variant="info">
                {t('memberList.you')}
              </span>
            ) : null}
            {member.email && member.email !== name ? (
              <ApiText value={member.email} className="mk-MemberList-email" />
            ) : null}
          </span>
        </span>
      </th>
      {props.withRoles ? (
        <td {...slot('roles')} data-label={t('memberList.columns.roles')}>
          {roles.length === 0 ? (
            <span className="mk-description">{t('memberList.noRoles')}</span>
          ) : (
            <span className="mk-MemberList-roleList">
              {roles.slice(0, ROW_ROLES).map((role) => (
                <span key={role.id} className="mk-badge">
                  <ApiText value={role.name} />
                </span>
              ))}
              {roles.length > ROW_ROLES ? (
                <span className="mk-badge">
                  {t('memberList.moreRoles', { count: roles.length - ROW_ROLES })}
                </span>
              ) : null}
            </span>
          )}
        </td>
      ) : null}
      <td data-label={t('memberList.columns.lastLogin')}>{date(member.last_login)}</td>
      <td data-label={t('memberList.columns.joined')}>{date(member.created_at)}</td>
      <td {...slot('actions')}>
        {userId === undefined ? null : (
          <RowAction
            label={t('memberList.actions.manage', { name })}
            onClick={() => {
              props.onOpen(userId)
            }}
          >
            {t('memberList.actions.manageShort')}
          </RowAction>
        )}
      </td>
    </tr>
  )
})
