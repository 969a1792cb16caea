'use client'

import type { OrgDomain } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import { DOMAIN_PAGE_SIZE } from '../../api/cursor-pages.ts'
import { useDomains } from '../../api/domains.queries.ts'
import { ListFrame } from '../../kit/list-frame.tsx'
import { type CommonComponentProps, useMyOrgComponent } from '../../kit/use-my-org-component.ts'
import { useReportOnce } from '../../kit/use-report-once.ts'
import { DomainListContent } from './domain-list-content.tsx'
import { domainListMessages } from './domain-list.messages.ts'
import type { DomainListAction, DomainListSlot } from './domain-list.slots.ts'

/** This component's US English texts: the base its locale bundle and overrides apply to. */
const ownTexts = { domainList: domainListMessages }

/**
 * Props of {@link DomainList}. `onError` fires on every failure the list shows: loading (`load`),
 * adding (`create`), verifying (`verify`) or deleting (`delete`); `messages` overrides its texts
 * under `domainList`; `classNames` takes the slots of {@link DomainListSlot}.
 */
export interface DomainListProps extends CommonComponentProps<DomainListSlot, DomainListAction> {
  /**
   * Show the domains without any action (add, verify, delete), whatever the user's permissions.
   * Actions are also hidden, with a one-line reason, when the token lacks their scope.
   * @default false
   */
  readOnly?: boolean
  /**
   * What to show when the organization has no domain yet, instead of the built-in explanation.
   * @default undefined
   */
  emptyState?: ReactNode
  /**
   * Fires after a domain was added, with the domain the API returned (still pending).
   * @default undefined
   */
  onDomainCreated?: (domain: OrgDomain) => void
  /**
   * Fires when a verification the user started ends with the domain verified.
   * @default undefined
   */
  onDomainVerified?: (domain: OrgDomain) => void
  /**
   * Fires after a domain was deleted, with its id.
   * @default undefined
   */
  onDomainDeleted?: (domainId: string) => void
  /**
   * Domains per page (1–100); "Load more" fetches the next page.
   * @default 50
   */
  pageSize?: number
  /**
   * Waits, in ms, between the status checks that follow "Verify" (`GET /domains/{id}`); after the
   * last one the panel says the record wasn't found yet and offers "Check again". Each wait is at
   * least 2000 ms, to stay well inside the API's rate limit.
   * @default [2000, 4000, 8000, 15000, 15000, 15000] (about a minute)
   */
  verificationPollDelaysMs?: readonly number[]
}

/**
 * Lets a customer admin see their organization's domains, add one (typed or pasted any way:
 * it is normalised and checked first), publish its DNS TXT record with copy buttons, verify it
 * (with polling for about a minute) and delete it after a confirmation that names the identity
 * providers using it. Every action is hidden, with the permission it needs named, when the token
 * lacks its scope; a "no access" state (and no request) without `read:my_org:domains`.
 *
 * @example
 * ```tsx
 * <MyOrgProvider domain="acme.eu.auth0.com">
 *   <DomainList
 *     onDomainVerified={(domain) => toast(`${domain.domain} is verified`)}
 *     onError={(error, { action }) => reportError(error, { action })}
 *   />
 * </MyOrgProvider>
 * ```
 */
export function DomainList(props: DomainListProps): ReactNode {
  const { ref, pageSize = DOMAIN_PAGE_SIZE } = props
  const kit = useMyOrgComponent<DomainListSlot, DomainListAction>('DomainList', props, {
    texts: ownTexts,
    read: 'listDomains',
    noAccess: 'domainList',
  })
  const domains = useDomains({ enabled: kit.canRead, take: pageSize })
  // Domains left out for breaking the contract: the others are shown, this is reported once.
  useReportOnce(kit.reportError, domains.data?.skipped?.error, 'load')
  return (
    <ListFrame kit={kit} rootRef={ref} query={domains} list="domainList">
      {(data) => <DomainListContent host={props} query={domains} data={data} />}
    </ListFrame>
  )
}
