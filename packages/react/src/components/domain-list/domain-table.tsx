'use client'

import type { OrgDomain } from '@myorg-kit/client'
import type { UseInfiniteQueryResult } from '@tanstack/react-query'
import { type ReactNode, useCallback, useState } from 'react'

import type { DomainsData } from '../../api/domains.queries.ts'
import { LazyBoundary } from '../../kit/lazy-boundary.tsx'
import { lazyPart, usePreloadParts } from '../../kit/lazy-part.ts'
import { useScope } from '../../kit/scope.tsx'
import { EmptyState } from '../../ui/empty-state.tsx'
import { ListTable } from '../../ui/list-table.tsx'
import { LoadMoreFooter } from '../../ui/load-more-footer.tsx'
import type { DomainListAction, DomainListSlot } from './domain-list.slots.ts'
import { useDomainList } from './domain-list-context.ts'
import { DomainRow } from './domain-row.tsx'

// Needed only once a delete is asked for: the confirmation loads then, and is preloaded after the
// table's first render when the admin may delete.
const deletion = lazyPart(() => import('./delete-domain-dialog.tsx'), 'DeleteDomainDialog')

/** Props of {@link DomainTable}. */
export interface DomainTableProps {
  /** The domain list's query: its next page. */
  query: UseInfiniteQueryResult<DomainsData>
  /** Every domain loaded so far. */
  domains: readonly OrgDomain[]
  /** Instead of the built-in "No domains yet". */
  emptyState: ReactNode
  /** After a domain was deleted (the dialog has closed). */
  onDeleted: (domain: OrgDomain) => void
}

/**
 * The domains table (or the empty state), its count and "Load more", the next page's error, and
 * the delete dialog: mounted here whatever the table shows, so deleting the last domain ends
 * normally.
 */
export function DomainTable(props: DomainTableProps): ReactNode {
  const { t } = useScope<DomainListSlot, DomainListAction>()
  const { canCreate, canDelete } = useDomainList()
  usePreloadParts(canDelete && deletion)
  const { query, onDeleted } = props
  // Open panels by domain id; the value increases each time the row's Verify starts a check.
  const [openPanels, setOpenPanels] = useState<ReadonlyMap<string, number>>(new Map())
  const [deleting, setDeleting] = useState<OrgDomain | null>(null)
  const togglePanel = useCallback((domainId: string) => {
    setOpenPanels((previous) => {
      const next = new Map(previous)
      if (!next.delete(domainId)) {
        next.set(domainId, 0)
      }
      return next
    })
  }, [])
  const verifyFromRow = useCallback((domainId: string) => {
    setOpenPanels((previous) => new Map(previous).set(domainId, (previous.get(domainId) ?? 0) + 1))
  }, [])
  const { domains } = props
  return (
    <>
      {domains.length === 0 ? (
        <EmptyState custom={props.emptyState} list="domainList" readOnly={!canCreate} />
      ) : (
        <ListTable
          caption={t('domainList.caption')}
          columns={[t('domainList.columns.domain'), t('domainList.columns.status')]}
          actions={t('domainList.columns.actions')}
        >
          {domains.map((domain) => (
            <DomainRow
              key={domain.id}
              domain={domain}
              panelToken={openPanels.get(domain.id)}
              onTogglePanel={togglePanel}
              onVerify={verifyFromRow}
              onDelete={setDeleting}
            />
          ))}
        </ListTable>
      )}
      <LoadMoreFooter query={query} shown={domains.length} list="domainList" />
      <LazyBoundary>
        {deleting ? (
          <deletion.Part
            domain={deleting}
            onClose={(deleted) => {
              setDeleting(null)
              if (deleted) {
                onDeleted(deleting)
              }
            }}
          />
        ) : null}
      </LazyBoundary>
    </>
  )
}
