'use client'

import type { OrgDomain } from '@myorg-kit/client'
import { type ReactNode, useMemo, useState } from 'react'

import { VERIFY_POLL_DELAYS_MS } from '../../api/domain-verification.queries.ts'
import type { DomainsData } from '../../api/domains.queries.ts'
import { MissingActions } from '../../kit/missing-actions.tsx'
import { useScope } from '../../kit/scope.tsx'
import { useStableCallback } from '../../kit/use-stable-callback.ts'
import { LiveRegion } from '../../ui/live-region.tsx'
import { SkippedItems } from '../../ui/skipped-items.tsx'
import { AddDomainForm } from './add-domain-form.tsx'
import type { DomainListProps } from './domain-list.tsx'
import { DomainListProvider } from './domain-list-context.ts'
import type { DomainListAction, DomainListSlot } from './domain-list.slots.ts'
import { DomainTable, type DomainTableProps } from './domain-table.tsx'
import { VerificationPanel } from './verification-panel.tsx'

/** Props of {@link DomainListContent}. */
export interface DomainListContentProps {
  host: DomainListProps
  query: DomainTableProps['query']
  /** The pages loaded so far. */
  data: DomainsData
}

/**
 * The list once its first page is in: what the user may not do, the add form and the record of
 * the domain just added, the table, and the announcements.
 */
export function DomainListContent(props: DomainListContentProps): ReactNode {
  const { t, can, focusTitle } = useScope<DomainListSlot, DomainListAction>()
  const { host } = props
  const { domains } = props.data
  const readOnly = host.readOnly ?? false
  const [justAdded, setJustAdded] = useState<OrgDomain | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const onVerified = useStableCallback(host.onDomainVerified)
  const pollDelays = usePollDelays(host.verificationPollDelaysMs ?? VERIFY_POLL_DELAYS_MS)
  const canCreate = !readOnly && can('createDomain')
  const canVerify = !readOnly && can('verifyDomain')
  const canDelete = !readOnly && can('deleteDomain')
  const context = useMemo(
    () => ({ canCreate, canVerify, canDelete, pollDelays, onVerified }),
    [canCreate, canVerify, canDelete, pollDelays, onVerified],
  )

  const onDeleted = (domain: OrgDomain): void => {
    setAnnouncement(t('domainList.delete.deleted', { domain: domain.domain }))
    if (justAdded?.id === domain.id) {
      setJustAdded(null)
    }
    host.onDomainDeleted?.(domain.id)
    // The deleted row can't take focus back: the list's title does.
    focusTitle()
  }

  return (
    <DomainListProvider value={context}>
      <MissingActions
        actions={
          readOnly
            ? []
            : [
                [canCreate, 'domainList.permissions.create'],
                [canVerify, 'domainList.permissions.verify'],
                [canDelete, 'domainList.permissions.delete'],
              ]
        }
        message="domainList.permissions.missing"
        className="mk-DomainList-permissions"
      />
      {canCreate ? (
        <AddDomainForm
          onAdded={(domain) => {
            setJustAdded(domain)
            host.onDomainCreated?.(domain)
          }}
        />
      ) : null}
      {justAdded ? (
        <VerificationPanel
          key={justAdded.id}
          domain={domains.find((item) => item.id === justAdded.id) ?? justAdded}
          startToken={0}
          intro={t('domainList.add.added', { domain: justAdded.domain })}
          onClose={() => {
            setJustAdded(null)
          }}
        />
      ) : null}
      <DomainTable
        query={props.query}
        domains={domains}
        emptyState={host.emptyState}
        onDeleted={onDeleted}
      />
      <SkippedItems skipped={props.data.skipped} className="mk-DomainList-skipped" />
      <LiveRegion message={announcement} />
    </DomainListProvider>
  )
}

/**
 * The waits as a stable array, keyed by value: a new array with the same waits must not
 * re-render every row.
 */
function usePollDelays(delays: readonly number[]): readonly number[] {
  const key = delays.join(',')
  return useMemo(() => (key ? key.split(',').map(Number) : []), [key])
}
