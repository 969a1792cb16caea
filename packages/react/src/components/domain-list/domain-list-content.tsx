'use client'

import type { MyOrgSkippedItems, OrgDomain } from '@myorg-kit/client'
import { type ReactNode, useState } from 'react'

import { MissingActions } from '../../kit/missing-actions.tsx'
import { useScope } from '../../kit/scope.tsx'
import { useStableCallback } from '../../kit/use-stable-callback.ts'
import { LiveRegion } from '../../ui/live-region.tsx'
import { SkippedItems } from '../../ui/skipped-items.tsx'
import { AddDomainForm } from './add-domain-form.tsx'
import type { DomainListAction, DomainListSlot } from './domain-list.slots.ts'
import { DomainTable, type DomainTableProps } from './domain-table.tsx'
import { VerificationPanel } from './verification-panel.tsx'
import { focusLater } from '../../ui/focus-later.ts'

/** Props of {@link DomainListContent}. */
export interface DomainListContentProps {
  query: DomainTableProps['query']
  /** Every domain loaded so far. */
  domains: readonly OrgDomain[]
  /** Domains the API sent that broke the contract and are not shown. */
  skipped: MyOrgSkippedItems | undefined
  readOnly: boolean
  emptyState: ReactNode
  pollDelays: readonly number[]
  /** The list's title id: focus goes there after a deletion. */
  titleId: string
  onDomainCreated: ((domain: OrgDomain) => void) | undefined
  onDomainVerified: ((domain: OrgDomain) => void) | undefined
  onDomainDeleted: ((domainId: string) => void) | undefined
}

/**
 * The list once its first page is in: what the user may not do, the add form and the record of
 * the domain just added, the table, and the announcements.
 */
export function DomainListContent(props: DomainListContentProps): ReactNode {
  const { t, can } = useScope<DomainListSlot, DomainListAction>()
  const { readOnly, pollDelays } = props
  const [justAdded, setJustAdded] = useState<OrgDomain | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const onVerified = useStableCallback(props.onDomainVerified)
  const canCreate = !readOnly && can('createDomain')
  const canVerify = !readOnly && can('verifyDomain')
  const canDelete = !readOnly && can('deleteDomain')

  const onDeleted = (domain: OrgDomain): void => {
    setAnnouncement(t('domainList.delete.deleted', { domain: domain.domain }))
    if (justAdded?.id === domain.id) {
      setJustAdded(null)
    }
    props.onDomainDeleted?.(domain.id)
    // The deleted row can't take focus back: the list's title does.
    focusLater(() => document.getElementById(props.titleId))
  }

  return (
    <>
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
            props.onDomainCreated?.(domain)
          }}
        />
      ) : null}
      {justAdded ? (
        <VerificationPanel
          key={justAdded.id}
          domain={props.domains.find((item) => item.id === justAdded.id) ?? justAdded}
          canVerify={canVerify}
          startToken={0}
          intro={t('domainList.add.added', { domain: justAdded.domain })}
          pollDelays={pollDelays}
          onVerified={onVerified}
          onClose={() => {
            setJustAdded(null)
          }}
        />
      ) : null}
      <DomainTable
        query={props.query}
        domains={props.domains}
        emptyState={props.emptyState}
        canCreate={canCreate}
        canVerify={canVerify}
        canDelete={canDelete}
        pollDelays={pollDelays}
        onVerified={onVerified}
        onDeleted={onDeleted}
      />
      <SkippedItems skipped={props.skipped} className="mk-DomainList-skipped" />
      <LiveRegion message={announcement} />
    </>
  )
}
