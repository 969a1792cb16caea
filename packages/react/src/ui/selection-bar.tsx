'use client'

import type { ReactNode } from 'react'

import { useScope } from '../kit/scope.tsx'
import type { Selection } from '../kit/use-selection.ts'
import { Button } from './button.tsx'

/** The lists whose messages have `selection.count` and `selection.clear`. */
export type SelectableListMessages = 'memberList' | 'invitationManager'

/** Props of {@link SelectionBar}. */
export interface SelectionBarProps<T> {
  selection: Selection<T>
  /** Where "3 members selected" and "Clear selection" are. */
  list: SelectableListMessages
  /** "Remove selected". */
  actionLabel: string
  /** The action, on the selected rows. */
  onAction: (chosen: T[]) => void
}

/**
 * Above a list with selected rows: how many, the destructive action for them, and clear;
 * nothing while no row is selected.
 */
export function SelectionBar<T>(props: SelectionBarProps<T>): ReactNode {
  const { t, slot } = useScope()
  const { selection, list } = props
  const { chosen } = selection
  if (chosen.length === 0) {
    return null
  }
  const count = t(`${list}.selection.count`, { count: chosen.length })
  return (
    <div {...slot('toolbar', 'mk-SelectionBar')} role="group" aria-label={count}>
      <p className="mk-SelectionBar-count" aria-live="polite">
        {count}
      </p>
      <Button
        variant="danger"
        size="sm"
        onClick={() => {
          props.onAction(chosen)
        }}
      >
        {props.actionLabel}
      </Button>
      <Button
        variant="ghost"
        size="sm"
        onClick={() => {
          selection.replace([])
        }}
      >
        {t(`${list}.selection.clear`)}
      </Button>
    </div>
  )
}
