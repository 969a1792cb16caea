'use client'

import type { OrgMember } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import { useRemoveMembers } from '../../api/members.queries.ts'
import { useScope } from '../../kit/scope.tsx'
import { BatchConfirmDialog } from '../../ui/batch-confirm-dialog.tsx'
import { Notice } from '../../ui/notice.tsx'
import { useItemsBatch } from '../../ui/use-items-batch.ts'
import { memberName } from './member-display.ts'
import { useMemberList } from './member-list-context.ts'
import type { MemberListAction, MemberListSlot } from './member-list.slots.ts'

/** Props of {@link RemoveMembersDialog}. */
export interface RemoveMembersDialogProps {
  /** Who to remove: one (named in the title) or several. */
  members: readonly OrgMember[]
  /** After the batch (announced, and the host told): who left. */
  onRemoved: (userIds: string[]) => void
  onClose: () => void
}

/**
 * "Remove … from the organization?": names the person (or counts them), warns when it includes
 * the signed-in user, removes one request each with the progress on the button, then lists
 * whoever could not be removed, with why.
 */
export function RemoveMembersDialog(props: RemoveMembersDialogProps): ReactNode {
  const { t } = useScope<MemberListSlot, MemberListAction>()
  const { host, currentUserId, announce } = useMemberList()
  const { members } = props
  const nameOf = (member: OrgMember): string => memberName(member, t('memberList.unnamed'))
  const batch = useItemsBatch({
    path: 'memberList.remove',
    items: members,
    idOf: (member) => member.user_id,
    nameOf,
    mutation: useRemoveMembers(),
    report: ['remove', 'userId'],
    onDone: (result, only) => {
      announce(
        only && result.failed.length === 0
          ? t('memberList.remove.removed', { name: nameOf(only) })
          : t('memberList.remove.removedMany', { count: result.succeeded.length }),
      )
      if (result.succeeded.length > 0) {
        host.onMembersRemoved?.(result.succeeded)
      }
      props.onRemoved(result.succeeded)
    },
  })
  const includesSelf =
    currentUserId !== undefined && members.some((member) => member.user_id === currentUserId)
  return (
    <BatchConfirmDialog {...batch} onClose={props.onClose}>
      {includesSelf ? (
        <Notice variant="warning" role="note">
          {t('memberList.remove.self')}
        </Notice>
      ) : null}
    </BatchConfirmDialog>
  )
}
