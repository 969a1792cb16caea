'use client'

import type { OrgMember } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import { useRemoveMembers } from '../../api/members.queries.ts'
import { describeError } from '../../i18n/describe-error.ts'
import { useScope } from '../../kit/scope.tsx'
import { isolateDirection } from '../../lib/text.ts'
import { BatchConfirmDialog } from '../../ui/batch-confirm-dialog.tsx'
import { reportBatch } from '../../ui/batch-report.ts'
import { Notice } from '../../ui/notice.tsx'
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
  const scope = useScope<MemberListSlot, MemberListAction>()
  const { t, reportError } = scope
  const remove = useRemoveMembers()
  const { host, currentUserId, announce } = useMemberList()
  const { members } = props
  const nameOf = (member: OrgMember): string => memberName(member, t('memberList.unnamed'))
  const only = members.length === 1 ? members[0] : undefined
  const includesSelf =
    currentUserId !== undefined && members.some((member) => member.user_id === currentUserId)
  const ids = members.flatMap((member) => (member.user_id ? [member.user_id] : []))
  return (
    <BatchConfirmDialog
      title={
        only
          ? t('memberList.remove.title', { name: isolateDirection(nameOf(only)) })
          : t('memberList.remove.titleMany', { count: members.length })
      }
      description={t('memberList.remove.description')}
      subject={only ? nameOf(only) : undefined}
      confirmLabel={
        only
          ? t('memberList.remove.confirm')
          : t('memberList.remove.confirmMany', { count: members.length })
      }
      progressLabel={({ done, total }) => t('memberList.remove.pending', { done, total })}
      run={async (onProgress) => {
        const result = await remove.mutateAsync({ ids, onProgress })
        const announcement =
          only && result.failed.length === 0
            ? t('memberList.remove.removed', { name: nameOf(only) })
            : t('memberList.remove.removedMany', { count: result.succeeded.length })
        announce(announcement)
        if (result.succeeded.length > 0) {
          host.onMembersRemoved?.(result.succeeded)
        }
        props.onRemoved(result.succeeded)
        return reportBatch(result, {
          onFailure: (failure) => {
            reportError(failure.error, 'remove', { userId: failure.item })
          },
          title: t('memberList.remove.partialTitle'),
          summary: t('memberList.remove.partial', {
            removed: result.succeeded.length,
            failed: result.failed.length,
          }),
          line: (failure) => {
            const member = members.find((item) => item.user_id === failure.item)
            return t('memberList.remove.failure', {
              name: isolateDirection(member ? nameOf(member) : failure.item),
              reason: describeError(failure.error, scope.translator).title,
            })
          },
        })
      }}
      onClose={props.onClose}
    >
      {includesSelf ? (
        <Notice variant="warning" role="note">
          {t('memberList.remove.self')}
        </Notice>
      ) : null}
    </BatchConfirmDialog>
  )
}
