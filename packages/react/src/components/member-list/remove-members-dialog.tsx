'use client'

import type { OrgMember } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import { useRemoveMembers } from '../../api/members.queries.ts'
import { useScope } from '../../kit/scope.tsx'
import { BatchConfirmDialog } from '../../ui/batch-confirm-dialog.tsx'
import { Notice } from '../../ui/notice.tsx'
import { type ItemsBatchDialogProps, useItemsBatch } from '../../ui/use-items-batch.ts'
import { memberName } from './member-display.ts'
import { useMemberList } from './member-list-context.ts'
import type { MemberListAction, MemberListSlot } from './member-list.slots.ts'

/**
 * "Remove … from the organization?": names the person (or counts them), warns when it includes
 * the signed-in user, removes one request each with the progress on the button, then lists
 * whoever could not be removed, with why.
 */
export function RemoveMembersDialog(props: ItemsBatchDialogProps<OrgMember>): ReactNode {
  const { t } = useScope<MemberListSlot, MemberListAction>()
  const { host, currentUserId, announce } = useMemberList()
  const members = props.items
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
      props.onDone(result.succeeded)
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
