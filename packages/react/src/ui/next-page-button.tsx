'use client'

import type { UseInfiniteQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'

import { Button } from './button.tsx'

/** Props of {@link NextPageButton}. */
export interface NextPageButtonProps {
  query: Pick<UseInfiniteQueryResult, 'hasNextPage' | 'isFetchingNextPage' | 'fetchNextPage'>
  /** "More roles", "Load more domains". */
  children: ReactNode
}

/**
 * The small "more" button of a list inside a component (a member's roles, the domains to link):
 * fetches the query's next page, while there is one. Paged lists use `LoadMoreFooter`.
 */
export function NextPageButton(props: NextPageButtonProps): ReactNode {
  const { query } = props
  if (!query.hasNextPage) {
    return null
  }
  return (
    <Button size="sm" pending={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
      {props.children}
    </Button>
  )
}
