'use client'

import type { ReactNode } from 'react'

import { useScope } from '../kit/scope.tsx'

/** Props of {@link EmptyState}. */
export interface EmptyStateProps {
  /** The host's own empty state, shown instead of the title and description. @default undefined */
  custom?: ReactNode
  /** "No members yet". */
  title: string
  /** What to do about it. */
  description: string
}

/** A list with nothing in it: the host's empty state, or a title and a line under it. */
export function EmptyState(props: EmptyStateProps): ReactNode {
  const { slot, component } = useScope()
  return (
    <div {...slot('empty')}>
      {props.custom ?? (
        <>
          <p className={`mk-${component}-emptyTitle`}>{props.title}</p>
          <p className="mk-description">{props.description}</p>
        </>
      )}
    </div>
  )
}
