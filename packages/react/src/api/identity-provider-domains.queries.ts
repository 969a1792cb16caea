'use client'

import { identityProvidersOf } from '@myorg-kit/client'
import { mutationOptions } from '@tanstack/react-query'

import { type MyOrgQueryContext } from '../provider/my-org-context.ts'
import { afterDomainLinksChanged } from './identity-providers.cache.ts'
import { myOrgMutationHook } from './use-my-org-mutation.ts'
import { myOrgKeys } from './query-keys.ts'

/** Linking a domain to a provider, or unlinking it. */
export type DomainLinkChange = 'link' | 'unlink'

/** One step of a domain sync, reported before the request (`pending`) and after it. */
export type DomainSyncProgress = {
  /** The domain name, e.g. `acme.com`. */
  domain: string
  change: DomainLinkChange
  /** Position of this change in the batch, from 1. */
  current: number
  /** Number of changes in the batch. */
  total: number
} & ({ outcome: 'pending' | 'linked' | 'unlinked' } | { outcome: 'failed'; error: Error })

/** Variables of {@link useSyncIdentityProviderDomains}. */
export interface SyncIdentityProviderDomainsVariables {
  idpId: string
  /** Domain names to link (verified domains of the organization). @default [] */
  link?: readonly string[]
  /** Domain names to unlink. @default [] */
  unlink?: readonly string[]
  /** Called before and after each change, e.g. to show "Linking acme.com (2 of 5)". */
  onProgress?: (progress: DomainSyncProgress) => void
}

/** What a domain sync did. A failed change does not stop the ones after it. */
export interface DomainSyncResult {
  linked: string[]
  unlinked: string[]
  failed: { domain: string; change: DomainLinkChange; error: Error }[]
}

/**
 * Links, then unlinks, a list of domains on one provider, one request after another through the
 * client (its pacer keeps writes under the organization's limit and waits out a 429). Failures
 * are collected, not thrown. Once the batch is done, what the API confirmed is applied to the
 * cached provider and the lists (each link's answer is the new state: no provider refetch), and
 * the domain→IdP links are invalidated.
 */
export function syncIdentityProviderDomainsMutationOptions(ctx: MyOrgQueryContext) {
  return mutationOptions<DomainSyncResult, Error, SyncIdentityProviderDomainsVariables>({
    mutationKey: [...myOrgKeys.all(ctx.keyScope), 'syncIdentityProviderDomains'],
    mutationFn: async ({ idpId, link = [], unlink = [], onProgress }) => {
      const changes = [
        ...link.map((domain) => ({ domain, change: 'link' as const })),
        ...unlink.map((domain) => ({ domain, change: 'unlink' as const })),
      ]
      const result: DomainSyncResult = { linked: [], unlinked: [], failed: [] }
      for (const [index, { domain, change }] of changes.entries()) {
        const step = { domain, change, current: index + 1, total: changes.length }
        onProgress?.({ ...step, outcome: 'pending' })
        try {
          if (change === 'link') {
            await identityProvidersOf(ctx.client).domains.add(idpId, domain)
            result.linked.push(domain)
            onProgress?.({ ...step, outcome: 'linked' })
          } else {
            await identityProvidersOf(ctx.client).domains.remove(idpId, domain)
            result.unlinked.push(domain)
            onProgress?.({ ...step, outcome: 'unlinked' })
          }
        } catch (caught) {
          const error = caught instanceof Error ? caught : new Error(String(caught))
          result.failed.push({ domain, change, error })
          onProgress?.({ ...step, outcome: 'failed', error })
        }
      }
      return result
    },
    onSuccess: async (result, { idpId, link = [], unlink = [] }, _onMutate, { client }) => {
      if (link.length + unlink.length > 0) {
        await afterDomainLinksChanged(client, ctx.keyScope, idpId, result)
      }
    },
  })
}

/**
 * Links and unlinks domains on an identity provider in one go;
 * `mutate({ idpId, link, unlink, onProgress })`. Resolves with what was linked, unlinked and
 * what failed (a failure never stops the batch), after one refresh for the whole batch.
 *
 * @example
 * const sync = useSyncIdentityProviderDomains()
 * const { failed } = await sync.mutateAsync({ idpId, link: ['acme.com'], onProgress: setStep })
 */
export const useSyncIdentityProviderDomains = myOrgMutationHook(
  syncIdentityProviderDomainsMutationOptions,
)
