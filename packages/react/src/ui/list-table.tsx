'use client'

import type { ReactNode } from 'react'

import { useScope } from '../kit/scope.tsx'
import type { Selection } from '../kit/use-selection.ts'
import { TableHead, type TableHeadProps } from './table-head.tsx'

/** Rows the user may select, with a select-all box in the first column. */
export interface SelectableRows<T> {
  /** The select-all box's accessible name, e.g. "Select every member shown". */
  label: string
  /** The rows shown: what select-all selects. */
  rows: readonly T[]
  selection: Selection<T>
}

/** Props of {@link ListTable}. */
export interface ListTableProps<T> extends Omit<TableHeadProps, 'selectAll'> {
  /** The table's name, read by screen readers only. */
  caption: string
  /** Rows have checkboxes, and the head a select-all box. @default undefined */
  select?: SelectableRows<T> | undefined
  /** The rows. */
  children: ReactNode
}

/**
 * A component's table of items: it scrolls sideways on its own (`mk-{Component}-scroll`), with
 * its hidden caption, the {@link TableHead} and the rows (the component's `table` slot).
 */
export function ListTable<T>(props: ListTableProps<T>): ReactNode {
  const { slot, component } = useScope()
  const { caption, children, select, ...head } = props
  return (
    <div className={`mk-${component}-scroll`}>
      <table {...slot('table', 'mk-table')}>
        <caption className="mk-visually-hidden">{caption}</caption>
        <TableHead
          {...head}
          selectAll={
            select && {
              label: select.label,
              checked: select.rows.every(select.selection.isChosen),
              onChange: (on) => {
                select.selection.replace(on ? select.rows : [])
              },
            }
          }
        />
        <tbody>{children}</tbody>
      </table>
    </div>
  )
}
