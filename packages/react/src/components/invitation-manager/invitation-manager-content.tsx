'use client'

import type { MemberInvitation } from '@myorg-kit/client'
import type { UseInfiniteQueryResult } from '@tanstack/react-query'
import { type ReactNode, Suspense, lazy, useCallback, useMemo, useState } from 'react'

import type { InvitationsData } from '../../api/invitations.queries.ts'
import { useRoles } from '../../api/roles.queries.ts'
import { MissingActions } from '../../kit/missing-actions.tsx'
import { useScope } from '../../kit/scope.tsx'
import { useSelection } from '../../kit/use-selection.ts'
import { focusLater } from '../../ui/focus-later.ts'
import { LiveRegion } from '../../ui/live-region.tsx'
import { LoadMoreFooter } from '../../ui/load-more-footer.tsx'
import { SelectionBar } from '../../ui/selection-bar.tsx'
import type { InvitationManagerAction, InvitationManagerSlot } from './invitation-manager.slots.ts'
import { InvitationTable } from './invitation-table.tsx'
import { InviteForm } from './invite-form.tsx'

// Loaded when a revoke is first asked for: the confirmation and its batch report aren't needed
// to show the list (keeps the component's page-load size under its budget).
const RevokeInvitationsDialog = /* @__PURE__ */ lazy(async () => ({
  default: (await import('./revoke-invitations-dialog.tsx')).RevokeInvitationsDialog,
}))

const invitationId = (invitation: MemberInvitation): string | undefined => invitation.id

/** Props of {@link InvitationManagerContent}. */
export interface InvitationManagerContentProps {
  query: UseInfiniteQueryResult<InvitationsData>
  invitations: readonly MemberInvitation[]
  readOnly: boolean
  defaultLifetimeDays: number
  inviterName: string | undefined
  emptyState: ReactNode
  /** The title's id: focus goes there after a revoke. */
  titleId: string
  onInvitationsCreated: ((invitations: MemberInvitation[]) => void) | undefined
  onInvitationsRevoked: ((invitationIds: string[]) => void) | undefined
}

/**
 * The manager once its first page is in: what the user may not do, the invite form, the
 * selection bar, the table, "Load more", the revoke confirmation and the announcements.
 */
export function InvitationManagerContent(props: InvitationManagerContentProps): ReactNode {
  const { t, can } = useScope<InvitationManagerSlot, InvitationManagerAction>()
  const { readOnly, invitations, query } = props
  const canInvite = !readOnly && can('createMemberInvitations')
  const canRevoke = !readOnly && can('deleteMemberInvitations')
  const canReadRoles = can('listRoles')
  const roles = useRoles('', { enabled: canReadRoles })
  const roleNames = useMemo(
    () => new Map((roles.data ?? []).map((role) => [role.id, role.name])),
    [roles.data],
  )
  const [revoking, setRevoking] = useState<MemberInvitation[] | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const selection = useSelection(invitations, invitationId)
  const { chosen } = selection
  const revokeOne = useCallback((invitation: MemberInvitation) => {
    setRevoking([invitation])
  }, [])
  return (
    <>
      <MissingActions
        actions={
          readOnly
            ? []
            : [
                [canInvite, 'invitationManager.permissions.invite'],
                [canRevoke, 'invitationManager.permissions.revoke'],
                [!canInvite || canReadRoles, 'invitationManager.permissions.roles'],
              ]
        }
        message="invitationManager.permissions.missing"
        className="mk-InvitationManager-permissions"
      />
      {canInvite ? (
        <InviteForm
          canPickRoles={canReadRoles}
          defaultLifetimeDays={props.defaultLifetimeDays}
          inviterName={props.inviterName}
          onInvited={props.onInvitationsCreated}
        />
      ) : null}
      {canRevoke && chosen.length > 0 ? (
        <SelectionBar
          count={t('invitationManager.selection.count', { count: chosen.length })}
          actionLabel={t('invitationManager.selection.revoke')}
          clearLabel={t('invitationManager.selection.clear')}
          onAction={() => {
            setRevoking(chosen)
          }}
          onClear={() => {
            selection.replace([])
          }}
        />
      ) : null}
      <InvitationTable
        invitations={invitations}
        roleNames={canReadRoles ? roleNames : undefined}
        emptyState={props.emptyState}
        selectable={canRevoke}
        selection={selection}
        canResend={canInvite}
        onRevoke={revokeOne}
        onResent={(created, message) => {
          setAnnouncement(message)
          props.onInvitationsCreated?.(created)
        }}
      />
      <LoadMoreFooter query={query} shown={invitations.length} list="invitationManager" />
      {revoking ? (
        <Suspense fallback={null}>
          <RevokeInvitationsDialog
            invitations={revoking}
            onRevoked={(ids, message) => {
              setAnnouncement(message)
              selection.drop(ids)
              if (ids.length > 0) {
                props.onInvitationsRevoked?.(ids)
              }
            }}
            onClose={() => {
              setRevoking(null)
              focusLater(() => document.getElementById(props.titleId))
            }}
          />
        </Suspense>
      ) : null}
      <LiveRegion message={announcement} />
    </>
  )
}
