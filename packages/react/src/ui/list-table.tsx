'use client'

import type { ReactNode } from 'react'

import { useScope } from '../kit/scope.tsx'
import { TableHead, type TableHeadProps } from './table-head.tsx'

/** Props of {@link ListTable}. */
export interface ListTableProps extends TableHeadProps {
  /** The table's name, read by screen readers only. */
  caption: string
  /** The rows. */
  children: ReactNode
}

/**
 * A component's table of items: it scrolls sideways on its own (`mk-{Component}-scroll`), with
 * its hidden caption, the {@link TableHead} and the rows (the component's `table` slot).
 */
export function ListTable(props: ListTableProps): ReactNode {
  const { slot, component } = useScope()
  const { caption, children, ...head } = props
  return (
    <div className={`mk-${component}-scroll`}>
      <table {...slot('table', 'mk-table')}>
        <caption className="mk-visually-hidden">{caption}</caption>
        <TableHead {...head} />
        <tbody>{children}</tbody>
      </table>
    </div>
  )
}
