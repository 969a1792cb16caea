'use client'

import type { ReactNode } from 'react'

import { useScope } from '../kit/scope.tsx'

/** The box that selects every row, in the first column. */
export interface SelectAllColumn {
  /** Its accessible name, e.g. "Select all members". */
  label: string
  checked: boolean
  onChange: (on: boolean) => void
}

/** Props of {@link TableHead}. */
export interface TableHeadProps {
  /** The visible column titles, in order. */
  columns: readonly string[]
  /**
   * The name of the last column, the row actions: read by screen readers only. No such column
   * when `undefined`.
   * @default undefined
   */
  actions?: string | undefined
  /** A select-all box before the columns (rows have checkboxes). @default undefined */
  selectAll?: SelectAllColumn | undefined
}

/** A list table's `thead`: an optional select-all box, the titles, then the row actions' column. */
export function TableHead(props: TableHeadProps): ReactNode {
  const { component } = useScope()
  const { selectAll } = props
  return (
    <thead>
      <tr>
        {selectAll ? (
          <th scope="col" className={`mk-${component}-select`}>
            <input
              type="checkbox"
              aria-label={selectAll.label}
              checked={selectAll.checked}
              onChange={(event) => {
                selectAll.onChange(event.target.checked)
              }}
            />
          </th>
        ) : null}
        {props.columns.map((column) => (
          <th key={column} scope="col">
            {column}
          </th>
        ))}
        {props.actions === undefined ? null : (
          <th scope="col">
            <span className="mk-visually-hidden">{props.actions}</span>
          </th>
        )}
      </tr>
    </thead>
  )
}
