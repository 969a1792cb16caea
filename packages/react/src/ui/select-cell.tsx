'use client'

import type { ReactNode } from 'react'

import { useScope } from '../kit/scope.tsx'
import { useRowSelection } from './list-table.tsx'

/** Props of {@link SelectCell}. */
export interface SelectCellProps {
  /** The row's id; a row without one has an empty cell. */
  id: string | undefined
  /** The checkbox's accessible name, e.g. "Select Ana Silva". */
  label: string
}

/**
 * The first cell of a row of a selectable `ListTable` (`mk-{Component}-select`): its checkbox,
 * wired to the table's selection. Nothing when the table's rows can't be selected.
 */
export function SelectCell(props: SelectCellProps): ReactNode {
  const { component } = useScope()
  const selection = useRowSelection()
  const { id } = props
  if (!selection) {
    return null
  }
  return (
    <td className={`mk-${component}-select`}>
      {id === undefined ? null : (
        <input
          type="checkbox"
          aria-label={props.label}
          checked={selection.ids.has(id)}
          onChange={(event) => {
            selection.toggle(id, event.target.checked)
          }}
        />
      )}
    </td>
  )
}
