'use client'

import { type ReactNode, Suspense, useEffect, useRef, useState } from 'react'

import { LoadingStatus } from '../ui/loading.tsx'
import { ComponentErrorBoundary } from './error-boundary.tsx'
import { ErrorNotice } from './error-notice.tsx'
import { PartAttempt, nextPartAttempt } from './lazy-part.ts'
import { useScope } from './scope.tsx'

/** Props of {@link LazyBoundary}. */
export interface LazyBoundaryProps {
  /** Views loaded on first use (`lazyPart`), or nothing. */
  children?: ReactNode
}

/**
 * Where views loaded on first use appear: a "Loading…" line in their place until their code is
 * in (rarely seen: the views are preloaded after the component's first render). Should their code
 * fail to download (offline, a new deploy) or they fail to render, the error notice shows in
 * their place, scrolled into view, with "Try again": the rest of the component, and what the
 * user typed in it, stays.
 */
export function LazyBoundary(props: LazyBoundaryProps): ReactNode {
  const { t, reportError } = useScope()
  // Its own attempt from the start: remounted (a wizard step shown again), it loads anew too.
  const [attempt, setAttempt] = useState(nextPartAttempt)
  return (
    <ComponentErrorBoundary
      onError={(error) => {
        reportError(error, 'render')
      }}
      fallback={(error, retry) => (
        <PartFailure
          error={error}
          retry={() => {
            setAttempt(nextPartAttempt())
            retry()
          }}
        />
      )}
    >
      <PartAttempt value={attempt}>
        <Suspense fallback={<LoadingStatus label={t('common.status.loading')} />}>
          {props.children}
        </Suspense>
      </PartAttempt>
    </ComponentErrorBoundary>
  )
}

/** The notice for a part that could not be shown, brought into view where it appears. */
function PartFailure(props: { error: unknown; retry: () => void }): ReactNode {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const notice = ref.current
    // Not every DOM implements scrollIntoView (jsdom doesn't).
    if (notice && 'scrollIntoView' in notice) {
      notice.scrollIntoView({ block: 'nearest' })
    }
  }, [])
  return (
    <div ref={ref}>
      <ErrorNotice error={props.error} onRetry={props.retry} />
    </div>
  )
}
