'use client'

import type { OrgMember } from '@myorg-kit/client'
import type { UseInfiniteQueryResult } from '@tanstack/react-query'
import { type ReactNode, useCallback, useMemo, useState } from 'react'

import type { MembersData } from '../../api/members.queries.ts'
import { LazyBoundary } from '../../kit/lazy-boundary.tsx'
import { lazyPart, usePreloadParts } from '../../kit/lazy-part.ts'
import { MissingActions } from '../../kit/missing-actions.tsx'
import { useScope } from '../../kit/scope.tsx'
import { useSelection } from '../../kit/use-selection.ts'
import { useMyOrgSession } from '../../provider/use-my-org-session.ts'
import { LiveRegion } from '../../ui/live-region.tsx'
import { LoadMoreFooter } from '../../ui/load-more-footer.tsx'
import { SelectionBar } from '../../ui/selection-bar.tsx'
import { filterMembers } from './member-display.ts'
import { MemberFilter } from './member-filter.tsx'
import type { MemberListProps } from './member-list.tsx'
import { type MemberListContextValue, MemberListProvider } from './member-list-context.ts'
import type { MemberListAction, MemberListSlot } from './member-list.slots.ts'
import { MemberTable } from './member-table.tsx'

// Needed only once the admin opens a member or asks to remove some: they load then, and are
// preloaded after the list's first render (removal only when the admin may remove).
const details = lazyPart(() => import('./member-details-dialog.tsx'), 'MemberDetailsDialog')
const removal = lazyPart(() => import('./remove-members-dialog.tsx'), 'RemoveMembersDialog')

const memberId = (member: OrgMember): string | undefined => member.user_id

/** Props of {@link MemberListContent}. */
export interface MemberListContentProps {
  host: MemberListProps
  query: UseInfiniteQueryResult<MembersData>
  /** The pages loaded so far. */
  data: MembersData
}

type OpenDialog = { kind: 'details'; userId: string } | { kind: 'remove'; members: OrgMember[] }

/**
 * The list once its first page is in: what the user may not do, the filter, the selection bar,
 * the table, "Load more", the member dialogs and the announcements.
 */
export function MemberListContent(props: MemberListContentProps): ReactNode {
  const { t, can } = useScope<MemberListSlot, MemberListAction>()
  const { host, query } = props
  const { members } = props.data
  const readOnly = host.readOnly ?? false
  // The same check as the root's query: rows carry roles when the token may read them.
  const withRoles = can('listMemberRoles')
  const { userId } = useMyOrgSession()
  const [filter, setFilter] = useState('')
  const [dialog, setDialog] = useState<OpenDialog | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const canRemove = !readOnly && can('deleteMemberships')
  const canAssign = !readOnly && can('assignMemberRoles') && can('listRoles')
  const canUnassign = !readOnly && can('unassignMemberRoles')
  usePreloadParts(details, canRemove && removal)
  const shown = useMemo(() => filterMembers(members, filter), [members, filter])
  const selection = useSelection(members, memberId)
  const openDetails = useCallback((userId: string) => {
    setDialog({ kind: 'details', userId })
  }, [])
  const closeDialog = useCallback(() => {
    setDialog(null)
  }, [])
  const context: MemberListContextValue = {
    host,
    withRoles,
    currentUserId: userId,
    canAssign,
    canUnassign,
    canRemove,
    announce: setAnnouncement,
  }
  const detailed =
    dialog?.kind === 'details' ? members.find((member) => member.user_id === dialog.userId) : null
  return (
    <MemberListProvider value={context}>
      <MemberPermissions readOnly={readOnly} can={[withRoles, canAssign, canUnassign, canRemove]} />
      {members.length > 0 ? (
        <MemberFilter
          value={filter}
          onChange={setFilter}
          loaded={members.length}
          complete={!query.hasNextPage}
          matches={shown.length}
        />
      ) : null}
      {canRemove ? (
        <SelectionBar
          selection={selection}
          list="memberList"
          actionLabel={t('memberList.selection.remove')}
          onAction={(rows) => {
            setDialog({ kind: 'remove', members: rows })
          }}
        />
      ) : null}
      <MemberTable members={shown} filter={filter} selection={selection} onOpen={openDetails} />
      <LoadMoreFooter query={query} shown={members.length} list="memberList" />
      <LazyBoundary>
        {detailed ? (
          <details.Part
            member={detailed}
            onRemove={() => {
              setDialog({ kind: 'remove', members: [detailed] })
            }}
            onClose={closeDialog}
          />
        ) : null}
        {dialog?.kind === 'remove' ? (
          <removal.Part items={dialog.members} onDone={selection.drop} onClose={closeDialog} />
        ) : null}
      </LazyBoundary>
      <LiveRegion message={announcement} />
    </MemberListProvider>
  )
}

/** The one-line note naming what the token doesn't allow. */
function MemberPermissions(props: {
  readOnly: boolean
  can: readonly [viewRoles: boolean, assign: boolean, unassign: boolean, remove: boolean]
}): ReactNode {
  const [viewRoles, assign, unassign, remove] = props.can
  return (
    <MissingActions
      actions={
        props.readOnly
          ? []
          : [
              [viewRoles, 'memberList.permissions.viewRoles'],
              [assign, 'memberList.permissions.assign'],
              [unassign, 'memberList.permissions.unassign'],
              [remove, 'memberList.permissions.remove'],
            ]
      }
      message="memberList.permissions.missing"
      className="mk-MemberList-permissions"
    />
  )
}
