'use client'

import type { OrgMember } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import { useScope } from '../../kit/scope.tsx'
import type { Selection } from '../../kit/use-selection.ts'
import { isolateDirection } from '../../lib/text.ts'
import { EmptyState } from '../../ui/empty-state.tsx'
import { ListTable } from '../../ui/list-table.tsx'
import type { MemberListAction, MemberListSlot } from './member-list.slots.ts'
import { useMemberList } from './member-list-context.ts'
import { MemberRow } from './member-row.tsx'

/** Props of {@link MemberTable}. */
export interface MemberTableProps {
  /** The members to show (the filter applied). */
  members: readonly OrgMember[]
  /** What they were filtered with (blank: not filtered). */
  filter: string
  /** Used when rows are selectable (the user may remove members). */
  selection: Selection<OrgMember>
  onOpen: (userId: string) => void
}

/** The members table, or the empty state, or "no loaded member matches". */
export function MemberTable(props: MemberTableProps): ReactNode {
  const { t, slot } = useScope<MemberListSlot, MemberListAction>()
  const { host, withRoles, canRemove: selectable, currentUserId } = useMemberList()
  const { members, selection } = props
  if (members.length === 0) {
    return props.filter.trim() !== '' ? (
      <p {...slot('empty')} role="status">
        {t('memberList.filter.noMatch', { query: isolateDirection(props.filter.trim()) })}
      </p>
    ) : (
      <EmptyState custom={host.emptyState} list="memberList" />
    )
  }
  return (
    <ListTable
      caption={t('memberList.caption')}
      columns={[
        t('memberList.columns.member'),
        ...(withRoles ? [t('memberList.columns.roles')] : []),
        t('memberList.columns.lastLogin'),
        t('memberList.columns.joined'),
      ]}
      actions={t('memberList.columns.actions')}
      select={
        selectable ? { label: t('memberList.selectAll'), rows: members, selection } : undefined
      }
    >
      {members.map((member, index) => (
        <MemberRow
          key={member.user_id ?? `row-${index}`}
          member={member}
          withRoles={withRoles}
          selected={selection.isChosen(member)}
          isCurrentUser={member.user_id !== undefined && member.user_id === currentUserId}
          picture={host.getMemberPicture?.(member)}
          onOpen={props.onOpen}
        />
      ))}
    </ListTable>
  )
}
