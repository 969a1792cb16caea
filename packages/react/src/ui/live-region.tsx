import type { ReactNode } from 'react'

/**
 * A visually hidden polite status region: what it says is announced by screen readers (e.g.
 * "acme.com was deleted"). Keep it mounted and change its text.
 */
export function LiveRegion(props: { message: string }): ReactNode {
  return (
    <p role="status" className="mk-visually-hidden">
      {props.message}
    </p>
  )
}
