'use client'

import {
  type DomainIdentityProvider,
  type DomainPage,
  type MyOrgSkippedItems,
  type OrgDomain,
  domainsOf,
} from '@myorg-kit/client'
import {
  type UseInfiniteQueryResult,
  type UseQueryResult,
  mutationOptions,
} from '@tanstack/react-query'

import type { MyOrgQueryContext } from '../provider/my-org-context.ts'
import { kitQueryOptions } from './kit-query-options.ts'
import { type MyOrgQueryHookOptions, withoutResult } from './hook-options.ts'
import { type CursorPageRequest, type PageSize, cursorListQueryOptions } from './cursor-pages.ts'
import { cachedDomainName, removeDomain, writeDomain } from './domains.cache.ts'
import { unlinkDeletedDomain } from './identity-providers.cache.ts'
import { type CursorPages, useMyOrgInfiniteQuery } from './use-my-org-infinite-query.ts'
import { myOrgMutationHook } from './use-my-org-mutation.ts'
import { useMyOrgQuery } from './use-my-org-query.ts'
import { myOrgKeys } from './query-keys.ts'

/** `GET /domains`, page by page (cursor `from` = the previous page's `next`). */
export function domainsInfiniteQueryOptions(ctx: MyOrgQueryContext, params: PageSize = {}) {
  const keyFor = (take: number) => myOrgKeys.domainList(ctx.keyScope, { take })
  const list = (page: CursorPageRequest) => domainsOf(ctx.client).list(page)
  return cursorListQueryOptions(params, keyFor, list)
}

/** `GET /domains/{id}`. */
export function domainQueryOptions(ctx: MyOrgQueryContext, domainId: string) {
  return kitQueryOptions({
    queryKey: myOrgKeys.domain(ctx.keyScope, domainId),
    queryFn: ({ signal }): Promise<OrgDomain> => domainsOf(ctx.client).get(domainId, { signal }),
  })
}

/** `GET /domains/{id}/identity-providers`: the IdPs that use a domain for Home Realm Discovery. */
export function domainIdentityProvidersQueryOptions(ctx: MyOrgQueryContext, domainId: string) {
  return kitQueryOptions({
    queryKey: myOrgKeys.domainIdentityProviders(ctx.keyScope, domainId),
    queryFn: ({ signal }): Promise<DomainIdentityProvider[]> =>
      domainsOf(ctx.client).identityProviders(domainId, { signal }),
  })
}

/**
 * `POST /domains`: stores the new domain and invalidates the domain lists only (where a new
 * domain sorts among the pages is the API's to say).
 */
export function createDomainMutationOptions(ctx: MyOrgQueryContext) {
  return mutationOptions<OrgDomain, Error, { domain: string }>({
    mutationKey: [...myOrgKeys.all(ctx.keyScope), 'createDomain'],
    mutationFn: (body) => domainsOf(ctx.client).create(body),
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
    mutationFn: (domainId) => withoutResult(domainsOf(ctx.client).delete(domainId)),
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
    mutationFn: (domainId) => domainsOf(ctx.client).verify(domainId),
    onSuccess: (domain, _domainId, _result, { client }) => {
      writeDomain(client, ctx.keyScope, domain)
    },
  })
}

/** The domain list's data: the pages, plus every domain loaded so far in one array. */
export type DomainsData = CursorPages<DomainPage> & {
  /** Every valid domain of the loaded pages, in order. */
  domains: OrgDomain[]
  /**
   * Domains the loaded pages left out because they broke the contract: the total `count`, and
   * the first such page's `error` (to report once). `undefined` when every domain was valid.
   */
  skipped: MyOrgSkippedItems | undefined
}

function selectDomains(data: CursorPages<DomainPage>): DomainsData {
  const skipped = data.pages.flatMap((page) => (page.skipped ? [page.skipped] : []))
  return {
    ...data,
    domains: data.pages.flatMap((page) => page.organization_domains),
    skipped:
      skipped[0] === undefined
        ? undefined
        : { count: skipped.reduce((sum, page) => sum + page.count, 0), error: skipped[0].error },
  }
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
  return useMyOrgInfiniteQuery(
    (ctx) =>
      domainsInfiniteQueryOptions(ctx, options?.take === undefined ? {} : { take: options.take }),
    selectDomains,
    options,
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
export const useCreateDomain = myOrgMutationHook(createDomainMutationOptions)

/** Deletes a domain; `mutate(domainId)`. */
export const useDeleteDomain = myOrgMutationHook(deleteDomainMutationOptions)

/** Starts a domain's DNS verification; `mutate(domainId)`. */
export const useVerifyDomain = myOrgMutationHook(verifyDomainMutationOptions)
