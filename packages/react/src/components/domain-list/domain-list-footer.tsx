'use client'

import type { UseInfiniteQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'

import type { DomainsData } from '../../api/domains.queries.ts'
import { ErrorNotice } from '../../kit/error-notice.tsx'
import { useScope } from '../../kit/scope.tsx'
import { Button } from '../../ui/button.tsx'
import type { DomainListAction, DomainListSlot } from './domain-list.slots.ts'

/** How many domains are shown, "Load more", and the next page's error. */
export function DomainListFooter(props: {
  query: UseInfiniteQueryResult<DomainsData>
  count: number
}): ReactNode {
  const { t, slot } = useScope<DomainListSlot, DomainListAction>()
  const { query } = props
  const fetchNextPage = (): void => {
    void query.fetchNextPage()
  }
  return (
    <>
      <div {...slot('footer')}>
        <p className="mk-description" aria-live="polite">
          {t('domainList.count', { count: props.count })}
          {query.hasNextPage ? '' : ` · ${t('domainList.allLoaded')}`}
        </p>
        {query.hasNextPage ? (
          <Button
            pending={query.isFetchingNextPage}
            pendingLabel={t('domainList.loadingMore')}
            onClick={fetchNextPage}
          >
            {t('common.actions.loadMore')}
          </Button>
        ) : null}
      </div>
      {query.isFetchNextPageError ? (
        <ErrorNotice error={query.error} onRetry={fetchNextPage} />
      ) : null}
    </>
  )
}
