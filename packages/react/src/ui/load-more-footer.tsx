'use client'

import type { UseInfiniteQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'

import { ErrorNotice } from '../kit/error-notice.tsx'
import { useScope } from '../kit/scope.tsx'
import { Button } from './button.tsx'

/** Props of {@link LoadMoreFooter}. */
export interface LoadMoreFooterProps {
  /** The list's infinite query: its next page, and that page's error. */
  query: Pick<
    UseInfiniteQueryResult,
    'hasNextPage' | 'isFetchingNextPage' | 'isFetchNextPageError' | 'error' | 'fetchNextPage'
  >
  /** "Showing 50 members". */
  count: string
  /** "All members are shown." (once there is no next page). */
  allLoaded: string
  /** "Loading more members…". */
  loadingMore: string
}

/** Under a paged list: how many items are shown, "Load more", and the next page's error. */
export function LoadMoreFooter(props: LoadMoreFooterProps): ReactNode {
  const { t, slot } = useScope()
  const { query } = props
  const fetchNextPage = (): void => {
    void query.fetchNextPage()
  }
  return (
    <>
      <div {...slot('footer')}>
        <p className="mk-description" aria-live="polite">
          {props.count}
          {query.hasNextPage ? '' : ` · ${props.allLoaded}`}
        </p>
        {query.hasNextPage ? (
          <Button
            pending={query.isFetchingNextPage}
            pendingLabel={props.loadingMore}
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
