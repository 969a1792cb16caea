'use client'

import { type ReactNode, createContext, use } from 'react'

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

/** The selection of the table a row is in; `undefined` when its rows can't be selected. */
const RowSelection = createContext<Pick<Selection<unknown>, 'ids' | 'toggle'> | undefined>(
  undefined,
)

/** In a row of a {@link ListTable}: its selection, when rows are selectable. */
export function useRowSelection(): Pick<Selection<unknown>, 'ids' | 'toggle'> | undefined {
  return use(RowSelection)
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
 * its hidden caption, the {@link TableHead} and the rows (the component's `table` slot). With
 * `select`, the rows' {@link SelectCell}s read the selection from it.
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
        <tbody>
          <RowSelection value={select?.selection}>{children}</RowSelection>
        </tbody>
      </table>
    </div>
  )
}
