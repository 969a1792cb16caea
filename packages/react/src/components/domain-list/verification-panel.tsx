'use client'

import type { OrgDomain } from '@myorg-kit/client'
import { type ReactNode, useEffect, useId, useRef } from 'react'

import type { MyOrgMessageKey } from '../../i18n/types.ts'
import { ErrorNotice } from '../../kit/error-notice.tsx'
import { useScope } from '../../kit/scope.tsx'
import { Button } from '../../ui/button.tsx'
import { Spinner } from '../../ui/loading.tsx'
import type { DomainListAction, DomainListSlot } from './domain-list.slots.ts'
import { DnsRecord } from './dns-record.tsx'
import { useDomainList } from './domain-list-context.ts'
import { type VerificationPhase, useDomainVerification } from './use-domain-verification.ts'

/** Props of {@link VerificationPanel}. */
export interface VerificationPanelProps {
  domain: OrgDomain
  /** Each increase starts a verification (0: only show the record). */
  startToken: number
  /** A first line, e.g. "acme.com was added…". @default undefined */
  intro?: string | undefined
  onClose: () => void
}

/** The TXT record to publish, its copy buttons, Verify and the outcome. */
export function VerificationPanel(props: VerificationPanelProps): ReactNode {
  const { t, slot } = useScope<DomainListSlot, DomainListAction>()
  const { pollDelays, onVerified } = useDomainList()
  const { domain, startToken } = props
  const { phase, start } = useDomainVerification(domain.id, pollDelays, onVerified)
  const started = useRef(0)
  useEffect(() => {
    if (startToken > started.current) {
      started.current = startToken
      start()
    }
  }, [startToken, start])
  // Verified: the row's Verify button goes away; if it had focus, keep focus in the panel.
  const closeRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (phase.kind === 'verified' && document.activeElement === document.body) {
      closeRef.current?.focus()
    }
  }, [phase.kind, domain.status])
  const titleId = useId()
  return (
    <div {...slot('panel')} role="group" aria-labelledby={titleId} data-phase={phase.kind}>
      <div className="mk-DomainList-panelHeader">
        <p className="mk-DomainList-panelTitle" id={titleId}>
          {t('domainList.panel.title', { domain: domain.domain })}
        </p>
        <Button
          size="sm"
          variant="ghost"
          ref={closeRef}
          aria-label={t('domainList.panel.close', { domain: domain.domain })}
          onClick={props.onClose}
        >
          {t('common.actions.close')}
        </Button>
      </div>
      {props.intro ? <p className="mk-DomainList-added">{props.intro}</p> : null}
      {phase.kind === 'verified' ? null : <DnsRecord domain={domain} />}
      <Outcome phase={phase} domain={domain} onStart={start} />
    </div>
  )
}

/** The outcome line's variant and text, by phase (none before a run or after an error). */
function outcomeOf(phase: VerificationPhase): readonly [string, MyOrgMessageKey] | null {
  switch (phase.kind) {
    case 'checking':
      return ['info', phase.paused ? 'domainList.panel.paused' : 'domainList.panel.checking']
    case 'verified':
      return ['success', 'domainList.panel.verified']
    case 'stillPending':
      return ['warning', 'domainList.panel.stillPending']
    case 'failed':
      return ['error', 'domainList.panel.failed']
    default:
      return null
  }
}

/** The label of the panel's action button, by phase. */
function actionLabel(phase: VerificationPhase): MyOrgMessageKey {
  if (phase.kind === 'stillPending') {
    return 'domainList.actions.checkAgain'
  }
  return phase.kind === 'failed' ? 'domainList.actions.retry' : 'domainList.panel.verify'
}

function Outcome(props: {
  phase: VerificationPhase
  domain: OrgDomain
  onStart: () => void
}): ReactNode {
  const { t } = useScope()
  const { canVerify } = useDomainList()
  const { phase, domain } = props
  const status = outcomeOf(phase)
  return (
    <>
      <div role="status" className="mk-DomainList-outcome">
        {status ? (
          <p className="mk-alert" data-variant={status[0]}>
            {phase.kind === 'checking' ? <Spinner /> : null}
            <span className="mk-alert-description">{t(status[1], { domain: domain.domain })}</span>
          </p>
        ) : null}
      </div>
      {phase.kind === 'error' ? <ErrorNotice error={phase.error} onRetry={props.onStart} /> : null}
      {canVerify && phase.kind !== 'verified' && phase.kind !== 'checking' ? (
        <div className="mk-DomainList-panelActions">
          <Button variant="primary" onClick={props.onStart}>
            {t(actionLabel(phase), { domain: domain.domain })}
          </Button>
        </div>
      ) : null}
    </>
  )
}
