'use client'

import type { ReactNode } from 'react'

import type { InvitationOutcome } from '../../api/invitations.queries.ts'
import { describeError } from '../../i18n/describe-error.ts'
import { useScope } from '../../kit/scope.tsx'
import { Notice } from '../../ui/notice.tsx'
import type { InvitationManagerAction, InvitationManagerSlot } from './invitation-manager.slots.ts'

/** After an invite: how many were sent, and a line per address that was not, with why. */
export function InviteResults(props: { outcomes: readonly InvitationOutcome[] }): ReactNode {
  const scope = useScope<InvitationManagerSlot, InvitationManagerAction>()
  const { t, slot } = scope
  const sent = props.outcomes.filter((outcome) => outcome.invitation)
  const failed = props.outcomes.filter((outcome) => outcome.error)
  return (
    <div {...slot('results')}>
      {sent.length > 0 ? (
        <Notice variant="success" role="status">
          {t('invitationManager.invite.sent', { count: sent.length })}
        </Notice>
      ) : null}
      {failed.length > 0 ? (
        <Notice variant="warning" role="alert" title={t('invitationManager.invite.partialTitle')}>
          <ul className="mk-BatchFailures">
            {failed.map((outcome) => (
              <li key={outcome.email}>
                {t('invitationManager.invite.resultFailed', {
                  email: outcome.email,
                  reason: outcome.error ? describeError(outcome.error, scope.translator).title : '',
                })}
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
    </div>
  )
}
