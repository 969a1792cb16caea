'use client'

import type { OrgMember } from '@myorg-kit/client'
import { type ReactNode, useId } from 'react'

import { useScope } from '../../kit/scope.tsx'
import { ApiText } from '../../ui/api-text.tsx'
import { Button } from '../../ui/button.tsx'
import { Dialog } from '../../ui/dialog.tsx'
import { memberName } from './member-display.ts'
import type { MemberListAction, MemberListSlot } from './member-list.slots.ts'
import { useMemberList } from './member-list-context.ts'
import { MemberRolesSection } from './member-roles-section.tsx'

/** Props of {@link MemberDetailsDialog}. */
export interface MemberDetailsDialogProps {
  member: OrgMember
  /** "Remove from organization": the confirmation replaces this dialog. */
  onRemove: () => void
  onClose: () => void
}

/** A member's details: who, when, all their roles (to give and remove), and removal. */
export function MemberDetailsDialog(props: MemberDetailsDialogProps): ReactNode {
  const { t, slot, translator, levels } = useScope<MemberListSlot, MemberListAction>()
  const { withRoles, canRemove } = useMemberList()
  const { member } = props
  const titleId = useId()
  const name = memberName(member, t('memberList.unnamed'))
  const Section = `h${levels.section}` as const
  const date = (value: string | undefined): string =>
    value === undefined
      ? t('memberList.never')
      : translator.formatDate(value, { dateStyle: 'medium' })
  return (
    <Dialog
      slot={slot('dialog')}
      className="mk-MemberList-details"
      labelledBy={titleId}
      onDismiss={props.onClose}
    >
      <div className="mk-dialog-form">
        <h2 className="mk-dialog-title" id={titleId}>
          <ApiText value={name} flagHidden />
        </h2>
        {member.email ? (
          <p className="mk-description">
            <ApiText value={member.email} />
          </p>
        ) : null}
        <p className="mk-description">
          {t('memberList.details.lastLogin', { date: date(member.last_login) })} ·{' '}
          {t('memberList.details.joined', { date: date(member.created_at) })}
        </p>
        {withRoles && member.user_id ? (
          <MemberRolesSection userId={member.user_id} name={name} />
        ) : null}
        {canRemove ? (
          <section className="mk-MemberList-danger" aria-labelledby={`${titleId}-remove`}>
            <Section className="mk-section-title" id={`${titleId}-remove`}>
              {t('memberList.details.removeSection')}
            </Section>
            <p className="mk-description">{t('memberList.details.removeHelp')}</p>
            <Button variant="danger" onClick={props.onRemove}>
              {t('memberList.details.remove')}
            </Button>
          </section>
        ) : null}
        <div className="mk-dialog-actions">
          <Button onClick={props.onClose}>{t('memberList.details.close')}</Button>
        </div>
      </div>
    </Dialog>
  )
}
