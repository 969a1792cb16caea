import type { ReactNode } from 'react'

/** A decorative line icon on the 24-unit grid, drawn with the current text colour. */
export function Icon(props: { className: string; size: number; children: ReactNode }) {
  return (
    <svg
      className={props.className}
      viewBox="0 0 24 24"
      width={props.size}
      height={props.size}
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {props.children}
    </svg>
  )
}
