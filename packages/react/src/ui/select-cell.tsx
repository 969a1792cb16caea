'use client'

import type { ReactNode } from 'react'

import { useScope } from '../kit/scope.tsx'

/** Props of {@link SelectCell}. */
export interface SelectCellProps {
  /** The row's id; a row without one has an empty cell. */
  id: string | undefined
  /** The checkbox's accessible name, e.g. "Select Ana Silva". */
  label: string
  checked: boolean
  onToggle: (id: string, on: boolean) => void
}

/** The first cell of a selectable row (`mk-{Component}-select`): its checkbox. */
export function SelectCell(props: SelectCellProps): ReactNode {
  const { component } = useScope()
  const { id } = props
  return (
    <td className={`mk-${component}-select`}>
      {id === undefined ? null : (
        <input
          type="checkbox"
          aria-label={props.label}
          checked={props.checked}
          onChange={(event) => {
            props.onToggle(id, event.target.checked)
          }}
        />
      )}
    </td>
  )
}
