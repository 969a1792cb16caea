import type { ReactNode } from 'react'

import type { SlotProps } from '../theming/slots.ts'

/** A small spinner next to a pending label; hidden from assistive technology. */
export function Spinner(): ReactNode {
  return <span className="mk-spinner" aria-hidden="true" />
}

/** Props of {@link Skeleton}. */
export interface SkeletonProps {
  /** What is loading, for assistive technology, e.g. "Loading domains…". */
  label: string
  /** Placeholder rows. @default 3 */
  rows?: number
  /** The component's slot for it (usually `notice`), with its own loading class. */
  slot: SlotProps
}

/** Placeholder rows while a component's first data loads: a labelled status region. */
export function Skeleton(props: SkeletonProps): ReactNode {
  const rows = Array.from({ length: props.rows ?? 3 }, (_, row) => row)
  return (
    <div {...props.slot} role="status" aria-label={props.label}>
      {rows.map((row) => (
        <span key={row} className="mk-skeleton" />
      ))}
    </div>
  )
}

/** Props of {@link LoadingStatus}. */
export interface LoadingStatusProps {
  /** What is loading, shown next to the spinner, e.g. "Loading…". */
  label: string
  /** The component's slot for it (usually `notice`). @default none */
  slot?: SlotProps
}

/** A one-line loading state: a spinner and its label in a status region. */
export function LoadingStatus(props: LoadingStatusProps): ReactNode {
  return (
    <p {...props.slot} role="status">
      <Spinner /> {props.label}
    </p>
  )
}
