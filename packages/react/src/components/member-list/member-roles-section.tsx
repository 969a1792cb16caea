'use client'

import type { Role } from '@myorg-kit/client'
import { type ReactNode, useId } from 'react'

import {
  useAssignMemberRoles,
  useMemberRoles,
  useUnassignMemberRoles,
} from '../../api/members.queries.ts'
import { ErrorNotice } from '../../kit/error-notice.tsx'
import { useScope } from '../../kit/scope.tsx'
import { useReportOnce } from '../../kit/use-report-once.ts'
import { ApiText } from '../../ui/api-text.tsx'
import { NextPageButton } from '../../ui/next-page-button.tsx'
import { RowAction } from '../../ui/row-action.tsx'
import { RolePicker } from '../role-picker/role-picker.tsx'
import { useMemberList } from './member-list-context.ts'
import type { MemberListAction, MemberListSlot } from './member-list.slots.ts'

/** Props of {@link MemberRolesSection}. */
export interface MemberRolesSectionProps {
  userId: string
  /** The member's name, for the labels and announcements. */
  name: string
}

/** All of a member's roles (page by page), each removable, and the picker to give more. */
export function MemberRolesSection(props: MemberRolesSectionProps): ReactNode {
  const { t, levels, reportError } = useScope<MemberListSlot, MemberListAction>()
  const { host, canAssign, canUnassign, announce } = useMemberList()
  const { userId, name } = props
  const headingId = useId()
  const Heading = `h${levels.section}` as const
  const roles = useMemberRoles(userId)
  const assign = useAssignMemberRoles()
  const unassign = useUnassignMemberRoles()
  useReportOnce(reportError, roles.error, 'loadRoles')
  const held = roles.data?.roles ?? []
  const changed = (message: string): void => {
    announce(message)
    host.onMemberRolesChanged?.(userId)
  }
  const give = (role: Role): void => {
    assign.mutate(
      { userId, roles: [role] },
      {
        onSuccess: () => {
          changed(t('memberList.details.assigned', { role: role.name, name }))
        },
        onError: (error) => {
          reportError(error, 'assignRoles')
        },
      },
    )
  }
  const take = (role: Role): void => {
    unassign.mutate(
      { userId, roleIds: [role.id] },
      {
        onSuccess: () => {
          changed(t('memberList.details.unassigned', { role: role.name, name }))
        },
        onError: (error) => {
          reportError(error, 'unassignRoles')
        },
      },
    )
  }
  return (
    <section className="mk-MemberList-roleSection" aria-labelledby={headingId}>
      <Heading className="mk-section-title" id={headingId}>
        {t('memberList.details.roles')}
      </Heading>
      {roles.data ? (
        held.length === 0 ? (
          <p className="mk-description">{t('memberList.details.noRoles', { name })}</p>
        ) : (
          <ul className="mk-MemberList-heldRoles" aria-labelledby={headingId}>
            {held.map((role) => (
              <li key={role.id}>
                <ApiText value={role.name} />
                {canUnassign ? (
                  <RowAction
                    danger
                    label={t('memberList.details.unassign', { role: role.name, name })}
                    disabled={unassign.isPending}
                    onClick={() => {
                      take(role)
                    }}
                  >
                    {t('memberList.details.unassignShort')}
                  </RowAction>
                ) : null}
              </li>
            ))}
          </ul>
        )
      ) : roles.error ? null : (
        <p className="mk-description" role="status">
          {t('memberList.details.rolesLoading')}
        </p>
      )}
      {roles.error && !roles.isFetchNextPageError ? (
        <ErrorNotice error={roles.error} onRetry={() => void roles.refetch()} />
      ) : null}
      <NextPageButton query={roles}>{t('memberList.details.moreRoles')}</NextPageButton>
      {roles.isFetchNextPageError ? (
        <ErrorNotice error={roles.error} onRetry={() => void roles.fetchNextPage()} />
      ) : null}
      {assign.error ? <ErrorNotice error={assign.error} /> : null}
      {unassign.error ? <ErrorNotice error={unassign.error} /> : null}
      {canAssign ? (
        <RolePicker
          label={t('memberList.details.addRoles')}
          heldIds={new Set(held.map((role) => role.id))}
          pending={assign.isPending}
          onPick={give}
        />
      ) : null}
    </section>
  )
}
