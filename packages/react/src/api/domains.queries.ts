'use client'

import type { DomainIdentityProvider, DomainPage, OrgDomain } from '@myorg-kit/client'
import {
  type InfiniteData,
  type QueryClient,
  type UseInfiniteQueryResult,
  type UseMutationResult,
  type UseQueryResult,
  infiniteQueryOptions,
  mutationOptions,
  queryOptions,
  useInfiniteQuery,
  useQuery,
} from '@tanstack/react-query'
import { useCallback, useState } from 'react'

import { type MyOrgQueryContext, useMyOrgReady } from '../provider/my-org-context.ts'
import {
  type MyOrgMutationHookOptions,
  type MyOrgQueryHookOptions,
  isEnabled,
  passThrough,
} from './hook-options.ts'
import { cachedDomainName, removeDomain, writeDomain } from './domains.cache.ts'
import { unlinkDeletedDomain } from './identity-providers.cache.ts'
import { useMyOrgMutation } from './use-my-org-mutation.ts'
import { useMyOrgQuery } from './use-my-org-query.ts'
import { type MyOrgKeyScope, myOrgKeys } from './query-keys.ts'

/** Default page size of the domain list. */
export const DOMAIN_PAGE_SIZE = 50

/** `GET /domains`, page by page (cursor `from` = the previous page's `next`). */
export function domainsInfiniteQueryOptions(
  ctx: MyOrgQueryContext,
  params: { take?: number } = {},
) {
  const take = params.take ?? DOMAIN_PAGE_SIZE
  return infiniteQueryOptions({
    queryKey: myOrgKeys.domainList(ctx.keyScope, { take }),
    queryFn: ({ pageParam, signal }): Promise<DomainPage> =>
      ctx.client.domains.list({ take, signal, ...(pageParam ? { from: pageParam } : {}) }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => (lastPage.next ? lastPage.next : undefined),
  })
}

/** `GET /domains/{id}`. */
export function domainQueryOptions(ctx: MyOrgQueryContext, domainId: string) {
  return queryOptions({
    queryKey: myOrgKeys.domain(ctx.keyScope, domainId),
    queryFn: ({ signal }): Promise<OrgDomain> => ctx.client.domains.get(domainId, { signal }),
  })
}

/** `GET /domains/{id}/identity-providers`: the IdPs that use a domain for Home Realm Discovery. */
export function domainIdentityProvidersQueryOptions(ctx: MyOrgQueryContext, domainId: string) {
  return queryOptions({
    queryKey: myOrgKeys.domainIdentityProviders(ctx.keyScope, domainId),
    queryFn: ({ signal }): Promise<DomainIdentityProvider[]> =>
      ctx.client.domains.identityProviders(domainId, { signal }),
  })
}

/**
 * `POST /domains`: stores the new domain and invalidates the domain lists only (where a new
 * domain sorts among the pages is the API's to say).
 */
export function createDomainMutationOptions(ctx: MyOrgQueryContext) {
  return mutationOptions<OrgDomain, Error, { domain: string }>({
    mutationKey: [...myOrgKeys.all(ctx.keyScope), 'createDomain'],
    mutationFn: (body) => ctx.client.domains.create(body),
    onSuccess: async (domain, _body, _result, { client }) => {
      client.setQueryData(myOrgKeys.domain(ctx.keyScope, domain.id), domain)
      await client.invalidateQueries({ queryKey: myOrgKeys.domainLists(ctx.keyScope) })
    },
  })
}

/**
 * `DELETE /domains/{id}`: drops the domain's queries, takes it out of the loaded list pages and
 * out of the cached providers' `domains` (the API unlinks it). No refetch.
 */
export function deleteDomainMutationOptions(ctx: MyOrgQueryContext) {
  return mutationOptions<undefined, Error, string>({
    mutationKey: [...myOrgKeys.all(ctx.keyScope), 'deleteDomain'],
    mutationFn: (domainId) => ctx.client.domains.delete(domainId).then(() => undefined),
    onSuccess: (_data, domainId, _result, { client }) => {
      const name = cachedDomainName(client, ctx.keyScope, domainId)
      removeDomain(client, ctx.keyScope, domainId)
      if (name !== undefined) {
        unlinkDeletedDomain(client, ctx.keyScope, name)
      }
    },
  })
}

/**
 * `POST /domains/{id}/verify` (202): writes the returned domain (its status) into its query and
 * the loaded list pages. No refetch.
 */
export function verifyDomainMutationOptions(ctx: MyOrgQueryContext) {
  return mutationOptions<OrgDomain, Error, string>({
    mutationKey: [...myOrgKeys.all(ctx.keyScope), 'verifyDomain'],
    mutationFn: (domainId) => ctx.client.domains.verify(domainId),
    onSuccess: (domain, _domainId, _result, { client }) => {
      writeDomain(client, ctx.keyScope, domain)
    },
  })
}

/** The domain list's data: the pages, plus every domain loaded so far in one array. */
export type DomainsData = InfiniteData<DomainPage, string | undefined> & {
  /** Every domain of the loaded pages, in order. */
  domains: OrgDomain[]
}

function selectDomains(data: InfiniteData<DomainPage, string | undefined>): DomainsData {
  return { ...data, domains: data.pages.flatMap((page) => page.organization_domains) }
}

/** Options of {@link useDomains}. */
export interface UseDomainsOptions extends MyOrgQueryHookOptions {
  /** Page size (1–100). @default 50 */
  take?: number
}

/**
 * The organization's domains, with cursor pagination: `fetchNextPage()` / `hasNextPage`.
 * `data.domains` holds every domain loaded so far.
 */
export function useDomains(options?: UseDomainsOptions): UseInfiniteQueryResult<DomainsData> {
  const ctx = useMyOrgReady()
  return useInfiniteQuery(
    {
      ...domainsInfiniteQueryOptions(
        ctx,
        options?.take === undefined ? {} : { take: options.take },
      ),
      ...passThrough(options),
      select: selectDomains,
      enabled: isEnabled(ctx.ready, options),
    },
    ctx.queryClient,
  )
}

/** One domain. */
export function useDomain(
  domainId: string,
  options?: MyOrgQueryHookOptions,
): UseQueryResult<OrgDomain> {
  return useMyOrgQuery((ctx) => domainQueryOptions(ctx, domainId), options)
}

/**
 * The identity providers linked to a domain. A separate request (it needs two scopes): mount it,
 * or pass `enabled: true`, only when the user asks to see them.
 */
export function useDomainIdentityProviders(
  domainId: string,
  options?: MyOrgQueryHookOptions,
): UseQueryResult<DomainIdentityProvider[]> {
  return useMyOrgQuery((ctx) => domainIdentityProvidersQueryOptions(ctx, domainId), options)
}

/** Adds a domain; `mutate({ domain: 'acme.com' })`. */
export function useCreateDomain(
  options?: MyOrgMutationHookOptions<OrgDomain, { domain: string }>,
): UseMutationResult<OrgDomain, Error, { domain: string }> {
  return useMyOrgMutation(createDomainMutationOptions, options)
}

/** Deletes a domain; `mutate(domainId)`. */
export function useDeleteDomain(
  options?: MyOrgMutationHookOptions<undefined, string>,
): UseMutationResult<undefined, Error, string> {
  return useMyOrgMutation(deleteDomainMutationOptions, options)
}

/** Starts a domain's DNS verification; `mutate(domainId)`. */
export function useVerifyDomain(
  options?: MyOrgMutationHookOptions<OrgDomain, string>,
): UseMutationResult<OrgDomain, Error, string> {
  return useMyOrgMutation(verifyDomainMutationOptions, options)
}

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

/** Writes a domain into every loaded page of the domain lists (its row's status badge). */
function storeInLists(client: QueryClient, scope: MyOrgKeyScope, domain: OrgDomain): void {
  client.setQueriesData<InfiniteData<DomainPage, string | undefined>>(
    { queryKey: myOrgKeys.domainLists(scope) },
    (data) =>
      data && {
        ...data,
        pages: data.pages.map((page) => ({
          ...page,
          organization_domains: page.organization_domains.map((item) =>
            item.id === domain.id ? domain : item,
          ),
        })),
      },
  )
}

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
        const domain = await ctx.client.domains.get(domainId, { signal })
        storeInLists(ctx.queryClient, ctx.keyScope, domain)
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
