'use client'

import type { OrgMember } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import { useScope } from '../../kit/scope.tsx'
import type { Selection } from '../../kit/use-selection.ts'
import { isolateDirection } from '../../lib/text.ts'
import { EmptyState } from '../../ui/empty-state.tsx'
import { ListTable } from '../../ui/list-table.tsx'
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
  selection: Selection<OrgMember>
  currentUserId: string | undefined
  getMemberPicture: ((member: OrgMember) => string | undefined) | undefined
  onOpen: (userId: string) => void
}

/** The members table, or the empty state, or "no loaded member matches". */
export function MemberTable(props: MemberTableProps): ReactNode {
  const { t, slot } = useScope<MemberListSlot, MemberListAction>()
  const { members, selectable, selection } = props
  if (members.length === 0) {
    return props.filtered ? (
      <p {...slot('empty')} role="status">
        {t('memberList.filter.noMatch', { query: isolateDirection(props.filter.trim()) })}
      </p>
    ) : (
      <EmptyState
        custom={props.emptyState}
        title={t('memberList.empty.title')}
        description={t('memberList.empty.description')}
      />
    )
  }
  return (
    <ListTable
      caption={t('memberList.caption')}
      columns={[
        t('memberList.columns.member'),
        ...(props.withRoles ? [t('memberList.columns.roles')] : []),
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
          withRoles={props.withRoles}
          selectable={selectable}
          selected={selection.isChosen(member)}
          isCurrentUser={member.user_id !== undefined && member.user_id === props.currentUserId}
          picture={props.getMemberPicture?.(member)}
          onToggle={selection.toggle}
          onOpen={props.onOpen}
        />
      ))}
    </ListTable>
  )
}
