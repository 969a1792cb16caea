'use client'

import type { OrgDomain } from '@myorg-kit/client'
import { useEffect, useRef, useSyncExternalStore } from 'react'

import {
  type DomainVerificationRun,
  useDomainVerificationPolling,
} from '../../api/domain-verification.queries.ts'
import { useScope } from '../../kit/scope.tsx'
import { useReportOnce } from '../../kit/use-report-once.ts'
import type { DomainListAction, DomainListSlot } from './domain-list.slots.ts'

/** Where a domain's verification stands in its panel. */
export type VerificationPhase =
  | { kind: 'idle' }
  | { kind: 'checking'; paused: boolean }
  | { kind: 'verified' }
  | { kind: 'stillPending' }
  | { kind: 'failed' }
  | { kind: 'error'; error: Error }

function subscribeToVisibility(onChange: () => void): () => void {
  document.addEventListener('visibilitychange', onChange)
  return () => {
    document.removeEventListener('visibilitychange', onChange)
  }
}

function isPageHidden(): boolean {
  return document.visibilityState === 'hidden'
}

/** What the panel says about a verification run; `hidden`: the page is in the background. */
export function phaseOf(run: DomainVerificationRun, hidden: boolean): VerificationPhase {
  switch (run.status) {
    case 'idle':
      return { kind: 'idle' }
    case 'starting':
      return { kind: 'checking', paused: false }
    case 'error':
      return { kind: 'error', error: run.error }
    case 'polling':
      if (run.domain.status !== 'pending') {
        return { kind: run.domain.status }
      }
      // Polling stops while the page is hidden (TanStack Query skips background intervals).
      return run.checksLeft === 0 ? { kind: 'stillPending' } : { kind: 'checking', paused: hidden }
  }
}

/**
 * A domain's verification as its panel shows it: `start()` sends the POST and polls (see
 * `useDomainVerificationPolling`); failures go to the list's `onError` with `verify`, and
 * `onVerified` fires once each time a run ends with the domain verified.
 */
export function useDomainVerification(
  domainId: string,
  delays: readonly number[],
  onVerified: (domain: OrgDomain) => void,
): { phase: VerificationPhase; start: () => void } {
  const { reportError } = useScope<DomainListSlot, DomainListAction>()
  const { run, start } = useDomainVerificationPolling(domainId, delays)
  const hidden = useSyncExternalStore(subscribeToVisibility, isPageHidden, () => false)
  useReportOnce(reportError, run.status === 'error' ? run.error : null, 'verify')

  const verified = run.status === 'polling' && run.domain.status === 'verified' ? run.domain : null
  const wasVerified = useRef(false)
  useEffect(() => {
    if (verified && !wasVerified.current) {
      onVerified(verified)
    }
    wasVerified.current = verified !== null
  }, [verified, onVerified])

  return { phase: phaseOf(run, hidden), start }
}
