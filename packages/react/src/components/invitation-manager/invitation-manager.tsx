'use client'

import type { MemberInvitation } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import { INVITATION_PAGE_SIZE } from '../../api/cursor-pages.ts'
import { useInvitations } from '../../api/invitations.queries.ts'
import { ListFrame } from '../../kit/list-frame.tsx'
import { type CommonComponentProps, useMyOrgComponent } from '../../kit/use-my-org-component.ts'
import { rolePickerMessages } from '../role-picker/role-picker.messages.ts'
import { InvitationManagerContent } from './invitation-manager-content.tsx'
import { invitationManagerMessages } from './invitation-manager.messages.ts'
import type { InvitationManagerAction, InvitationManagerSlot } from './invitation-manager.slots.ts'

/** This component's US English texts: the base its locale bundle and overrides apply to. */
const ownTexts = { invitationManager: invitationManagerMessages, rolePicker: rolePickerMessages }

/**
 * Props of {@link InvitationManager}. `onError` fires on every failure it shows: loading
 * (`load`), inviting (`invite`), resending (`resend`) and revoking (`revoke`); `messages`
 * overrides its texts under `invitationManager` and `rolePicker`; `classNames` takes the slots
 * of {@link InvitationManagerSlot}.
 */
export interface InvitationManagerProps extends CommonComponentProps<
  InvitationManagerSlot,
  InvitationManagerAction
> {
  /**
   * Show the invitations without any action (invite, resend, revoke), whatever the user's
   * permissions. Actions are also hidden, with a one-line reason, when the token lacks their scope.
   * @default false
   */
  readOnly?: boolean
  /**
   * Invitations per page (1–100); "Load more" fetches the next page.
   * @default 50
   */
  pageSize?: number
  /**
   * The lifetime the invite form starts with, in days (1–30).
   * @default 7
   */
  defaultLifetimeDays?: number
  /**
   * The inviter's name, as the invitation email and the list show it (e.g. the signed-in
   * user's name).
   * @default undefined (none)
   */
  inviterName?: string
  /**
   * What to show when there is no pending invitation, instead of the built-in explanation.
   * @default undefined
   */
  emptyState?: ReactNode
  /**
   * Fires after invitations were created (by the form or a resend), with what the API returned.
   * @default undefined
   */
  onInvitationsCreated?: (invitations: MemberInvitation[]) => void
  /**
   * Fires after invitations were revoked, with their ids.
   * @default undefined
   */
  onInvitationsRevoked?: (invitationIds: string[]) => void
}

/**
 * Lets a customer admin invite people (many addresses at once, pasted any way: duplicates
 * folded, invalid ones marked and not sent), with roles, an optional identity provider and a
 * lifetime of 1 to 30 days; then follow the invitations (pending or expired), copy a link,
 * resend one, and revoke one or several. Every action is hidden, with the permission it needs
 * named, when the token lacks its scope; a "no access" state (and no request) without
 * `read:my_org:member_invitations`.
 *
 * @example
 * ```tsx
 * <MyOrgProvider domain="acme.eu.auth0.com">
 *   <InvitationManager inviterName={user.name} />
 * </MyOrgProvider>
 * ```
 */
export function InvitationManager(props: InvitationManagerProps): ReactNode {
  const { ref, pageSize = INVITATION_PAGE_SIZE } = props
  const kit = useMyOrgComponent<InvitationManagerSlot, InvitationManagerAction>(
    'InvitationManager',
    props,
    { texts: ownTexts, read: 'listMemberInvitations', noAccess: 'invitationManager' },
  )
  const invitations = useInvitations({ enabled: kit.canRead, take: pageSize })
  return (
    <ListFrame kit={kit} rootRef={ref} query={invitations} list="invitationManager">
      {(data) => <InvitationManagerContent host={props} query={invitations} data={data} />}
    </ListFrame>
  )
}
