'use client'

import type { DomainPage, OrgDomain } from '@myorg-kit/client'
import type { InfiniteData } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'

import { domainQueryOptions, useVerifyDomain } from '../../api/domains.queries.ts'
import { myOrgKeys } from '../../api/query-keys.ts'
import { useMyOrgReady } from '../../provider/my-org-context.ts'

/**
 * Waits between checks of `GET /domains/{id}` after `POST /domains/{id}/verify`: about a minute
 * in all (2 + 4 + 8 + 15 × 3 = 59 s), never more than one request every 2 s.
 */
export const VERIFY_POLL_DELAYS_MS: readonly number[] = [2000, 4000, 8000, 15000, 15000, 15000]

/** Where a domain's verification stands in this panel. */
export type VerificationPhase =
  | { kind: 'idle' }
  | { kind: 'checking'; paused: boolean }
  | { kind: 'verified' }
  | { kind: 'stillPending' }
  | { kind: 'failed' }
  | { kind: 'error'; error: Error }

function isHidden(): boolean {
  return typeof document !== 'undefined' && document.visibilityState === 'hidden'
}

/**
 * Starts a domain's verification and follows it: the POST, then polling with backoff until the
 * status changes or about a minute has passed. Polling pauses while the page is hidden and resumes
 * when it is visible again. Writes every status it sees into the domain and list caches.
 */
export function useDomainVerification(
  domain: OrgDomain,
  delays: readonly number[],
  callbacks: {
    onVerified?: ((domain: OrgDomain) => void) | undefined
    onError?: ((error: Error) => void) | undefined
  },
): { phase: VerificationPhase; start: () => void } {
  const ctx = useMyOrgReady()
  const verify = useVerifyDomain()
  const [phase, setPhase] = useState<VerificationPhase>({ kind: 'idle' })
  const callbacksRef = useRef(callbacks)
  useEffect(() => {
    callbacksRef.current = callbacks
  })
  const run = useRef<{
    id: number
    attempt: number
    paused: boolean
    timer?: ReturnType<typeof setTimeout> | undefined
  }>({ id: 0, attempt: 0, paused: false })

  const storeStatus = useCallback(
    (next: OrgDomain) => {
      ctx.queryClient.setQueryData(myOrgKeys.domain(ctx.keyScope, next.id), next)
      ctx.queryClient.setQueriesData<InfiniteData<DomainPage, string | undefined>>(
        { queryKey: myOrgKeys.domainLists(ctx.keyScope) },
        (data) =>
          data && {
            ...data,
            pages: data.pages.map((page) => ({
              ...page,
              organization_domains: page.organization_domains.map((item) =>
                item.id === next.id ? next : item,
              ),
            })),
          },
      )
    },
    [ctx],
  )

  const settle = useCallback(
    (result: OrgDomain): boolean => {
      if (result.status === 'verified') {
        setPhase({ kind: 'verified' })
        callbacksRef.current.onVerified?.(result)
        return true
      }
      if (result.status === 'failed') {
        setPhase({ kind: 'failed' })
        return true
      }
      return false
    },
    [setPhase],
  )

  // The poll loop calls itself through this ref (a callback can't name itself before it exists).
  const scheduleRef = useRef<(runId: number) => void>(() => undefined)
  const schedule = useCallback(
    (runId: number) => {
      const current = run.current
      if (current.id !== runId) {
        return
      }
      clearTimeout(current.timer)
      const delay = delays[current.attempt]
      if (delay === undefined) {
        setPhase({ kind: 'stillPending' })
        return
      }
      if (isHidden()) {
        current.paused = true
        setPhase({ kind: 'checking', paused: true })
        return
      }
      current.paused = false
      setPhase({ kind: 'checking', paused: false })
      current.timer = setTimeout(() => {
        if (run.current.id !== runId) {
          return
        }
        current.timer = undefined
        if (isHidden()) {
          current.paused = true
          setPhase({ kind: 'checking', paused: true })
          return
        }
        ctx.queryClient.query({ ...domainQueryOptions(ctx, domain.id), staleTime: 0 }).then(
          (result) => {
            if (run.current.id !== runId) {
              return
            }
            storeStatus(result)
            if (!settle(result)) {
              run.current.attempt += 1
              scheduleRef.current(runId)
            }
          },
          (error: unknown) => {
            if (run.current.id !== runId) {
              return
            }
            const failure = error instanceof Error ? error : new Error(String(error))
            setPhase({ kind: 'error', error: failure })
            callbacksRef.current.onError?.(failure)
          },
        )
      }, delay)
    },
    [ctx, delays, domain.id, settle, storeStatus],
  )

  useEffect(() => {
    scheduleRef.current = schedule
  }, [schedule])

  // Hidden → the pending timer is dropped; visible again → the same step starts over.
  useEffect(() => {
    const onVisibility = (): void => {
      const current = run.current
      if (current.id === 0) {
        return
      }
      if (isHidden()) {
        if (current.timer !== undefined) {
          clearTimeout(current.timer)
          current.timer = undefined
          current.paused = true
          setPhase({ kind: 'checking', paused: true })
        }
      } else if (current.paused) {
        schedule(current.id)
      }
    }
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      document.removeEventListener('visibilitychange', onVisibility)
    }
  }, [schedule])

  useEffect(
    () => () => {
      clearTimeout(run.current.timer)
      run.current.id = -1
    },
    [],
  )

  const { mutate } = verify
  const start = useCallback(() => {
    clearTimeout(run.current.timer)
    const runId = Math.max(run.current.id, 0) + 1
    run.current = { id: runId, attempt: 0, paused: false }
    setPhase({ kind: 'checking', paused: false })
    mutate(domain.id, {
      onSuccess: (result) => {
        if (run.current.id !== runId) {
          return
        }
        storeStatus(result)
        if (!settle(result)) {
          schedule(runId)
        }
      },
      onError: (error) => {
        if (run.current.id !== runId) {
          return
        }
        setPhase({ kind: 'error', error })
        callbacksRef.current.onError?.(error)
      },
    })
  }, [domain.id, mutate, schedule, settle, storeStatus])

  return { phase, start }
}
