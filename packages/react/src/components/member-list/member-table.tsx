'use client'

import type { OrgMember } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import { useScope } from '../../kit/scope.tsx'
import { isolateDirection } from '../../lib/text.ts'
import type { MemberListAction, MemberListSlot } from './member-list.slots.ts'
import { MemberRow } from './member-row.tsx'

/** Props of {@link MemberTable}. */
export interface MemberTableProps {
  /** The members to show (the filter applied). */
  members: readonly OrgMember[]
  /** Whether a filter narrowed them. */
  filtered: boolean
  filter: string
  emptyState: ReactNode
  withRoles: boolean
  /** Rows have a checkbox (the user may remove members). */
  selectable: boolean
  selected: ReadonlySet<string>
  currentUserId: string | undefined
  getMemberPicture: ((member: OrgMember) => string | undefined) | undefined
  onToggle: (userId: string, on: boolean) => void
  onToggleAll: (on: boolean) => void
  onOpen: (userId: string) => void
}

/** The members table, or the empty state, or "no loaded member matches". */
export function MemberTable(props: MemberTableProps): ReactNode {
  const { t, slot } = useScope<MemberListSlot, MemberListAction>()
  const { members, selectable, selected } = props
  if (members.length === 0) {
    return props.filtered ? (
      <p {...slot('empty')} role="status">
        {t('memberList.filter.noMatch', { query: isolateDirection(props.filter.trim()) })}
      </p>
    ) : (
      <div {...slot('empty')}>
        {props.emptyState ?? (
          <>
            <p className="mk-MemberList-emptyTitle">{t('memberList.empty.title')}</p>
            <p className="mk-description">{t('memberList.empty.description')}</p>
          </>
        )}
      </div>
    )
  }
  const allSelected = members.every((member) => member.user_id && selected.has(member.user_id))
  return (
    <div className="mk-MemberList-scroll">
      <table {...slot('table', 'mk-table')}>
        <caption className="mk-visually-hidden">{t('memberList.caption')}</caption>
        <thead>
          <tr>
            {selectable ? (
              <th scope="col" className="mk-MemberList-select">
                <input
                  type="checkbox"
                  aria-label={t('memberList.selectAll')}
                  checked={allSelected}
                  onChange={(event) => {
                    props.onToggleAll(event.target.checked)
                  }}
                />
              </th>
            ) : null}
            <th scope="col">{t('memberList.columns.member')}</th>
            {props.withRoles ? <th scope="col">{t('memberList.columns.roles')}</th> : null}
            <th scope="col">{t('memberList.columns.lastLogin')}</th>
            <th scope="col">{t('memberList.columns.joined')}</th>
            <th scope="col">
              <span className="mk-visually-hidden">{t('memberList.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((member, index) => (
            <MemberRow
              key={member.user_id ?? `row-${index}`}
              member={member}
              withRoles={props.withRoles}
              selectable={selectable}
              selected={member.user_id !== undefined && selected.has(member.user_id)}
              isCurrentUser={member.user_id !== undefined && member.user_id === props.currentUserId}
              picture={props.getMemberPicture?.(member)}
              onToggle={props.onToggle}
              onOpen={props.onOpen}
            />
          ))}
        </tbody>
      </table>
    </div>
  )
}
