'use client'

import type { ReactNode } from 'react'

import { Skeleton } from '../ui/loading.tsx'
import { ErrorNotice } from './error-notice.tsx'
import { useScope } from './scope.tsx'

/** What {@link QueryContent} reads of a query (a plain or an infinite one). */
export interface ContentQuery<TData> {
  data: TData | undefined
  error: Error | null
  refetch: () => Promise<unknown>
}

/** Props of {@link QueryContent}. */
export interface QueryContentProps<TData> {
  /** The component's read query. */
  query: ContentQuery<TData>
  /** The skeleton's label while the query loads, e.g. "Loading members…". */
  loading: string
  /** The content, once the data is there. */
  children: (data: TData) => ReactNode
}

/**
 * A component's body while its read query runs: the content once there is data, else the
 * error with Retry, else a skeleton (`mk-{Component}-loading`).
 */
export function QueryContent<TData>(props: QueryContentProps<TData>): ReactNode {
  const { slot, component } = useScope()
  const { query } = props
  if (query.data !== undefined) {
    return props.children(query.data)
  }
  if (query.error) {
    return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />
  }
  return <Skeleton slot={slot('notice', `mk-${component}-loading`)} label={props.loading} />
}
