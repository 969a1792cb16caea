'use client'

import type { ReactNode } from 'react'

import { Button, type ButtonProps } from './button.tsx'

/** Props of {@link RowAction}. */
export interface RowActionProps extends Omit<ButtonProps, 'size' | 'aria-label'> {
  /** The action's full name for assistive technology, e.g. "Delete example.com". */
  label: string
  /** A destructive action: the ghost button in the danger colour. @default false */
  danger?: boolean | undefined
}

/**
 * A small button in a table row: the short visible text (children) with the full name as its
 * accessible label, since "Delete" alone doesn't say which row it acts on.
 */
export function RowAction(props: RowActionProps): ReactNode {
  const { label, danger = false, ...buttonProps } = props
  return danger ? (
    <Button size="sm" variant="ghost" data-danger="" aria-label={label} {...buttonProps} />
  ) : (
    <Button size="sm" aria-label={label} {...buttonProps} />
  )
}
