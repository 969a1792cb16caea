'use client'

import { type ReactNode, Suspense } from 'react'

import { LoadingStatus } from '../ui/loading.tsx'
import { useScope } from './scope.tsx'

/** Props of {@link LazyBoundary}. */
export interface LazyBoundaryProps {
  /** Views loaded on first use (`lazyPart`), or nothing. */
  children?: ReactNode
}

/**
 * Where views loaded on first use appear: a "Loading…" line in their place until their code is
 * in (rarely seen: the views are preloaded after the component's first render).
 */
export function LazyBoundary(props: LazyBoundaryProps): ReactNode {
  const { t } = useScope()
  return (
    <Suspense fallback={<LoadingStatus label={t('common.status.loading')} />}>
      {props.children}
    </Suspense>
  )
}
