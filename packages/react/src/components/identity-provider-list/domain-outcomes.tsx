'use client'

import type { ReactNode } from 'react'

import { describeError } from '../../i18n/describe-error.ts'
import { useScope } from '../../kit/scope.tsx'
import type { DomainOutcome, EditorPhase } from './domains-editor-state.ts'
import type { IdentityProviderListSlot } from './identity-provider-list.slots.ts'

/** The editor's status line: the change being applied, "nothing to apply", or the summary. */
export function DomainsProgress(props: { phase: EditorPhase }): ReactNode {
  const { phase } = props
  const { t } = useScope<IdentityProviderListSlot>()
  let text = ''
  if (phase.kind === 'applying') {
    text = t('identityProviderList.domainsEditor.applying', {
      done: phase.current,
      total: phase.total,
    })
  } else if (phase.kind === 'applied') {
    const failed = phase.outcomes.filter((outcome) => !outcome.ok).length
    text = t('identityProviderList.domainsEditor.summary', { failed })
  } else if (phase.nothingToDo) {
    text = t('identityProviderList.domainsEditor.noChanges')
  }
  return (
    <div role="status" className="mk-IdentityProviderList-progress">
      {text}
    </div>
  )
}

/** A line per change of the last batch: linked, unlinked, or why it failed. */
export function DomainOutcomes(props: { phase: EditorPhase }): ReactNode {
  const { phase } = props
  const { t, translator } = useScope<IdentityProviderListSlot>()
  if (phase.kind !== 'applied' || phase.outcomes.length === 0) {
    return null
  }
  const line = (outcome: DomainOutcome): string => {
    const { domain, change } = outcome
    if (outcome.ok) {
      return change === 'link'
        ? t('identityProviderList.domainsEditor.linked', { domain })
        : t('identityProviderList.domainsEditor.unlinked', { domain })
    }
    const reason = describeError(outcome.error, translator).description
    return change === 'link'
      ? t('identityProviderList.domainsEditor.linkFailed', { domain, reason })
      : t('identityProviderList.domainsEditor.unlinkFailed', { domain, reason })
  }
  return (
    <ul className="mk-IdentityProviderList-outcomes">
      {phase.outcomes.map((outcome) => (
        <li
          key={`${outcome.change}:${outcome.domain}`}
          data-outcome={outcome.ok ? 'ok' : 'failed'}
          className={outcome.ok ? undefined : 'mk-field-error'}
        >
          {line(outcome)}
        </li>
      ))}
    </ul>
  )
}
