import type { MouseEvent, ReactNode } from 'react'

import { hrefFor, navigate } from '../location.ts'

/** An in-app link: a real href (open in new tab works), client-side navigation on plain clicks. */
export function Link(props: {
  to: string
  /** The query string to link with; the current one (the scenario) when absent. */
  search?: string
  children: ReactNode
  className?: string
  'aria-current'?: 'page' | undefined
}) {
  return (
    <a
      href={hrefFor(props.to, props.search)}
      className={props.className}
      aria-current={props['aria-current']}
      onClick={(event: MouseEvent) => {
        if (
          event.metaKey ||
          event.ctrlKey ||
          event.shiftKey ||
          event.altKey ||
          event.button !== 0
        ) {
          return
        }
        event.preventDefault()
        navigate(props.to, props.search)
      }}
    >
      {props.children}
    </a>
  )
}
