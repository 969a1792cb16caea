'use client'

import { type Role, memberBatchLimits } from '@myorg-kit/client'
import { type ReactNode, useId, useMemo, useState } from 'react'

import { ErrorNotice } from '../../kit/error-notice.tsx'
import { useScope } from '../../kit/scope.tsx'
import { SubmitButton } from '../../ui/button.tsx'
import { Field } from '../../ui/field.tsx'
import type { InvitationManagerAction, InvitationManagerSlot } from './invitation-manager.slots.ts'
import { useInvitationManager } from './invitation-manager-context.ts'
import { InviteResults } from './invite-results.tsx'
import { InviteSettings, parseLifetimeDays } from './invite-settings.tsx'
import { parseEmailList } from './parse-email-list.ts'
import { useInvite } from './use-invite.ts'

const DAY_SECONDS = 24 * 60 * 60

/**
 * "Invite people": the addresses (checked as they are typed), roles, provider and lifetime;
 * sends 10 addresses per request and shows each address's outcome. Addresses that failed stay
 * in the box, to try again.
 */
export function InviteForm(): ReactNode {
  const { t, slot, levels, can } = useScope<InvitationManagerSlot, InvitationManagerAction>()
  const { host } = useInvitationManager()
  const headingId = useId()
  const Heading = `h${levels.section}` as const
  const [text, setText] = useState('')
  const [roles, setRoles] = useState<Role[]>([])
  const [providerId, setProviderId] = useState('')
  const [lifetime, setLifetime] = useState(String(host.defaultLifetimeDays ?? 7))
  const [tried, setTried] = useState(false)
  const invite = useInvite(host.onInvitationsCreated)
  const { progress } = invite
  const parsed = useMemo(() => parseEmailList(text), [text])
  const days = parseLifetimeDays(lifetime)
  const noAddress = tried && parsed.valid.length === 0
  const invalidNote =
    parsed.invalid.length > 0
      ? t('invitationManager.invite.invalid', {
          count: parsed.invalid.length,
          addresses: parsed.invalid.join(', '),
        })
      : undefined
  const submit = (): void => {
    setTried(true)
    if (parsed.valid.length === 0 || days === undefined) {
      return
    }
    void invite
      .run(parsed.valid, {
        roleIds: roles.map((role) => role.id),
        identityProviderId: providerId || undefined,
        ttlSeconds: days * DAY_SECONDS,
        inviterName: host.inviterName,
      })
      .then((failed) => {
        if (failed) {
          // What wasn't sent stays in the box, to fix or try again.
          setText([...failed, ...parsed.invalid].join('\n'))
          setTried(false)
        }
      })
  }
  return (
    <form
      {...slot('inviteForm')}
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        submit()
      }}
    >
      <Heading className="mk-section-title" id={headingId}>
        {t('invitationManager.invite.legend')}
      </Heading>
      <Field
        label={t('invitationManager.invite.addresses')}
        description={t('invitationManager.invite.addressesHelp')}
        note={invalidNote}
        noteClassName="mk-InvitationManager-invalid"
        error={noAddress ? t('invitationManager.invite.noAddress') : undefined}
      >
        {(control) => (
          <textarea
            {...control}
            className="mk-input mk-InvitationManager-addresses"
            rows={3}
            autoComplete="off"
            spellCheck={false}
            value={text}
            disabled={progress !== undefined}
            onChange={(event) => {
              setText(event.target.value)
            }}
          />
        )}
      </Field>
      <p className="mk-description" aria-live="polite">
        {t('invitationManager.invite.summary', { count: parsed.valid.length })}
        {parsed.duplicates > 0
          ? ` · ${t('invitationManager.invite.duplicates', { count: parsed.duplicates })}`
          : ''}
      </p>
      <InviteSettings
        canPickRoles={can('listRoles')}
        roles={roles}
        onRolesChange={setRoles}
        maxRoles={memberBatchLimits.roleIds}
        providerId={providerId}
        onProviderChange={setProviderId}
        lifetime={lifetime}
        onLifetimeChange={setLifetime}
        lifetimeInvalid={days === undefined}
      />
      {invite.error ? <ErrorNotice error={invite.error} /> : null}
      <div className="mk-InvitationManager-submit">
        <SubmitButton
          pending={progress !== undefined}
          pendingLabel={
            progress ? t('invitationManager.invite.pending', { ...progress }) : undefined
          }
          label={t('invitationManager.invite.submit', { count: parsed.valid.length })}
        />
      </div>
      {invite.outcomes ? <InviteResults outcomes={invite.outcomes} /> : null}
    </form>
  )
}
