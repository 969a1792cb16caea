'use client'

import type { MemberInvitation } from '@myorg-kit/client'
import type { UseInfiniteQueryResult } from '@tanstack/react-query'
import { type ReactNode, useCallback, useMemo, useState } from 'react'

import type { InvitationsData } from '../../api/invitations.queries.ts'
import { useRoles } from '../../api/roles.queries.ts'
import { LazyBoundary } from '../../kit/lazy-boundary.tsx'
import { lazyPart, usePreloadParts } from '../../kit/lazy-part.ts'
import { MissingActions } from '../../kit/missing-actions.tsx'
import { useScope } from '../../kit/scope.tsx'
import { useSelection } from '../../kit/use-selection.ts'
import { LiveRegion } from '../../ui/live-region.tsx'
import { LoadMoreFooter } from '../../ui/load-more-footer.tsx'
import { SelectionBar } from '../../ui/selection-bar.tsx'
import type { InvitationManagerProps } from './invitation-manager.tsx'
import {
  type InvitationManagerContextValue,
  InvitationManagerProvider,
} from './invitation-manager-context.ts'
import type { InvitationManagerAction, InvitationManagerSlot } from './invitation-manager.slots.ts'
import { InvitationTable } from './invitation-table.tsx'
import { InviteForm } from './invite-form.tsx'

// Needed only once a revoke is asked for: the confirmation and its batch report load then, and
// are preloaded after the list's first render when the admin may revoke.
const revocation = lazyPart(
  () => import('./revoke-invitations-dialog.tsx'),
  'RevokeInvitationsDialog',
)

const invitationId = (invitation: MemberInvitation): string | undefined => invitation.id

/** Props of {@link InvitationManagerContent}. */
export interface InvitationManagerContentProps {
  host: InvitationManagerProps
  query: UseInfiniteQueryResult<InvitationsData>
  /** The pages loaded so far. */
  data: InvitationsData
}

/**
 * The manager once its first page is in: what the user may not do, the invite form, the
 * selection bar, the table, "Load more", the revoke confirmation and the announcements.
 */
export function InvitationManagerContent(props: InvitationManagerContentProps): ReactNode {
  const { t, can } = useScope<InvitationManagerSlot, InvitationManagerAction>()
  const { host, query } = props
  const { invitations } = props.data
  const readOnly = host.readOnly ?? false
  const canInvite = !readOnly && can('createMemberInvitations')
  const canRevoke = !readOnly && can('deleteMemberInvitations')
  const canReadRoles = can('listRoles')
  usePreloadParts(canRevoke && revocation)
  const roles = useRoles('', { enabled: canReadRoles })
  const roleNames = useMemo(
    () => new Map((roles.data ?? []).map((role) => [role.id, role.name])),
    [roles.data],
  )
  const [revoking, setRevoking] = useState<MemberInvitation[] | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const selection = useSelection(invitations, invitationId)
  const revokeOne = useCallback((invitation: MemberInvitation) => {
    setRevoking([invitation])
  }, [])
  const context: InvitationManagerContextValue = {
    host,
    canInvite,
    canRevoke,
    roleNames: canReadRoles ? roleNames : undefined,
    announce: setAnnouncement,
  }
  return (
    <InvitationManagerProvider value={context}>
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
      {canInvite ? <InviteForm /> : null}
      {canRevoke ? (
        <SelectionBar
          selection={selection}
          list="invitationManager"
          actionLabel={t('invitationManager.selection.revoke')}
          onAction={setRevoking}
        />
      ) : null}
      <InvitationTable invitations={invitations} selection={selection} onRevoke={revokeOne} />
      <LoadMoreFooter query={query} shown={invitations.length} list="invitationManager" />
      <LazyBoundary>
        {revoking ? (
          <revocation.Part
            items={revoking}
            onDone={selection.drop}
            onClose={() => {
              setRevoking(null)
            }}
          />
        ) : null}
      </LazyBoundary>
      <LiveRegion message={announcement} />
    </InvitationManagerProvider>
  )
}
