'use client'

import {
  useAddIdentityProviderDomain,
  useRemoveIdentityProviderDomain,
} from '../../api/identity-providers.queries.ts'
import type { LinkFailure, WizardEvent } from './wizard-machine.ts'

/** The domains to link to a provider and to unlink from it. */
export interface DomainChanges {
  add: readonly string[]
  remove: readonly string[]
}

/**
 * Links and unlinks a provider's domains one after another (the client paces the writes),
 * telling the machine which domain is under way. Resolves with the domains that failed.
 */
export function useDomainSync(
  send: (event: WizardEvent) => void,
): (idpId: string, changes: DomainChanges) => Promise<LinkFailure[]> {
  const addDomain = useAddIdentityProviderDomain()
  const removeDomain = useRemoveIdentityProviderDomain()
  return async (idpId, changes) => {
    const failed: LinkFailure[] = []
    const work = [
      ...changes.add.map((domain) => ({ domain, action: 'add' as const })),
      ...changes.remove.map((domain) => ({ domain, action: 'remove' as const })),
    ]
    for (const [index, item] of work.entries()) {
      send({ type: 'linkProgress', domain: item.domain, current: index + 1, total: work.length })
      try {
        const mutation = item.action === 'add' ? addDomain : removeDomain
        await mutation.mutateAsync({ idpId, domain: item.domain })
      } catch (error) {
        failed.push({ ...item, error })
      }
    }
    return failed
  }
}
