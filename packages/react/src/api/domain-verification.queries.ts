'use client'

import { type OrgDomain, domainsOf } from '@myorg-kit/client'
import { useQuery } from '@tanstack/react-query'
import { useCallback, useState } from 'react'

import { useMyOrgReady } from '../provider/my-org-context.ts'
import { writeListedDomain } from './domains.cache.ts'
import { domainQueryOptions, useVerifyDomain } from './domains.queries.ts'
import { myOrgKeys } from './query-keys.ts'

/**
 * Waits between checks of `GET /domains/{id}` after `POST /domains/{id}/verify`: about a minute
 * in all (2 + 4 + 8 + 15 × 3 = 59 s), never more than one request every 2 s.
 */
export const VERIFY_POLL_DELAYS_MS: readonly number[] = [2000, 4000, 8000, 15000, 15000, 15000]

/** The shortest wait between two checks, whatever the caller asks: the API's rate limit. */
const MIN_POLL_DELAY_MS = 2000

/** Where a verification started with {@link useDomainVerificationPolling} stands. */
export type DomainVerificationRun =
  | { status: 'idle' }
  /** `POST /domains/{id}/verify` is on its way. */
  | { status: 'starting' }
  /**
   * The latest status seen (the POST's answer, then each check's). Polling goes on while it is
   * `pending` and `checksLeft` > 0; at 0 the waits have run out.
   */
  | { status: 'polling'; domain: OrgDomain; checksLeft: number }
  /** The POST or a check failed: polling stopped. */
  | { status: 'error'; error: Error }

type RunState =
  | { status: 'idle' | 'starting' }
  | { status: 'polling'; from: number }
  | { status: 'error'; error: Error }

/**
 * Verifies a domain and follows it: `start()` sends `POST /domains/{id}/verify`, then
 * `GET /domains/{id}` is polled after each of `delays` (TanStack Query's `refetchInterval`, each
 * wait at least 2 s) until the status leaves `pending` or the waits run out. Polling pauses
 * while the page is hidden (`refetchIntervalInBackground: false`) and goes on at its next tick
 * once visible. Each status seen is written into the domain's query and the domain lists.
 */
export function useDomainVerificationPolling(
  domainId: string,
  delays: readonly number[] = VERIFY_POLL_DELAYS_MS,
): { run: DomainVerificationRun; start: () => void } {
  const ctx = useMyOrgReady()
  const { mutate } = useVerifyDomain()
  const [state, setState] = useState<RunState>({ status: 'idle' })
  const { queryKey } = domainQueryOptions(ctx, domainId)
  // Answers since the POST's: the cache counts every write of the domain.
  const from = state.status === 'polling' ? state.from : 0
  const query = useQuery(
    {
      queryKey,
      queryFn: async ({ signal }): Promise<OrgDomain> => {
        const domain = await domainsOf(ctx.client).get(domainId, { signal })
        writeListedDomain(ctx.queryClient, ctx.keyScope, domain)
        return domain
      },
      // Only the interval fetches: the POST's answer is already in the cache.
      enabled: ctx.ready && state.status === 'polling',
      staleTime: 'static',
      refetchInterval: ({ state: current }) => {
        const delay = delays[current.dataUpdateCount - from]
        const pending = current.status === 'success' && current.data?.status === 'pending'
        return pending && delay !== undefined ? Math.max(MIN_POLL_DELAY_MS, delay) : false
      },
    },
    ctx.queryClient,
  )

  const start = useCallback(() => {
    setState({ status: 'starting' })
    mutate(domainId, {
      onSuccess: () => {
        const key = myOrgKeys.domain(ctx.keyScope, domainId)
        setState({
          status: 'polling',
          from: ctx.queryClient.getQueryState(key)?.dataUpdateCount ?? 0,
        })
      },
      onError: (error) => {
        setState({ status: 'error', error })
      },
    })
  }, [ctx, domainId, mutate])

  if (state.status !== 'polling') {
    return { run: state, start }
  }
  if (query.isError) {
    return { run: { status: 'error', error: query.error }, start }
  }
  if (!query.data) {
    return { run: { status: 'starting' }, start }
  }
  // `dataUpdatedAt` changes with every answer: reading it re-renders even for the same status.
  const answers =
    query.dataUpdatedAt > 0 ? ctx.queryClient.getQueryState(queryKey)?.dataUpdateCount : undefined
  const checks = (answers ?? from) - from
  return {
    run: { status: 'polling', domain: query.data, checksLeft: Math.max(0, delays.length - checks) },
    start,
  }
}
