'use client'

import type { ReactNode } from 'react'

import { useScope } from '../kit/scope.tsx'
import { Button } from './button.tsx'

/** Props of {@link SelectionBar}. */
export interface SelectionBarProps {
  /** "3 members selected". */
  count: string
  /** "Remove selected". */
  actionLabel: string
  /** "Clear selection". */
  clearLabel: string
  onAction: () => void
  onClear: () => void
}

/** Above a list with selected rows: how many, the destructive action for them, and clear. */
export function SelectionBar(props: SelectionBarProps): ReactNode {
  const { slot } = useScope()
  return (
    <div {...slot('toolbar', 'mk-SelectionBar')} role="group" aria-label={props.count}>
      <p className="mk-SelectionBar-count" aria-live="polite">
        {props.count}
      </p>
      <Button variant="danger" size="sm" onClick={props.onAction}>
        {props.actionLabel}
      </Button>
      <Button variant="ghost" size="sm" onClick={props.onClear}>
        {props.clearLabel}
      </Button>
    </div>
  )
}
