'use client'

import type { UseInfiniteQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'

import { ErrorNotice } from '../kit/error-notice.tsx'
import { useScope } from '../kit/scope.tsx'
import { Button } from './button.tsx'

/** The lists whose messages have `count`, `allLoaded` and `loadingMore`. */
export type PagedListMessages = 'domainList' | 'memberList' | 'invitationManager'

/** Props of {@link LoadMoreFooter}. */
export interface LoadMoreFooterProps {
  /** The list's infinite query: its next page, and that page's error. */
  query: Pick<
    UseInfiniteQueryResult,
    'hasNextPage' | 'isFetchingNextPage' | 'isFetchNextPageError' | 'error' | 'fetchNextPage'
  >
  /** How many items are loaded; nothing is shown while there are none. */
  shown: number
  /** Where the texts are: "Showing 50 members", "All members are shown.", "Loading more…". */
  list: PagedListMessages
}

/** Under a paged list: how many items are shown, "Load more", and the next page's error. */
export function LoadMoreFooter(props: LoadMoreFooterProps): ReactNode {
  const { t, slot } = useScope()
  const { query, list } = props
  const fetchNextPage = (): void => {
    void query.fetchNextPage()
  }
  if (props.shown === 0) {
    return null
  }
  return (
    <>
      <div {...slot('footer')}>
        <p className="mk-description" aria-live="polite">
          {t(`${list}.count`, { count: props.shown })}
          {query.hasNextPage ? '' : ` · ${t(`${list}.allLoaded`)}`}
        </p>
        {query.hasNextPage ? (
          <Button
            pending={query.isFetchingNextPage}
            pendingLabel={t(`${list}.loadingMore`)}
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
