import type { ReactNode } from 'react'

/** Props of {@link Badge}. */
export interface BadgeProps {
  /** @default undefined (neutral) */
  variant?: 'danger' | 'warning' | 'success' | undefined
  /** A tooltip that explains it. @default undefined */
  title?: string | undefined
  children: ReactNode
}

/** A small status label (`mk-badge`). */
export function Badge(props: BadgeProps): ReactNode {
  return (
    <span className="mk-badge" data-variant={props.variant} title={props.title}>
      {props.children}
    </span>
  )
}
