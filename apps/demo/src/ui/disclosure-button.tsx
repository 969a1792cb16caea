import type { ReactNode } from 'react'

/** A button that shows or hides the element `controls` names (aria-expanded follows `open`). */
export function DisclosureButton(props: {
  className: string
  open: boolean
  controls: string
  onOpenChange: (open: boolean) => void
  children: ReactNode
}) {
  return (
    <button
      type="button"
      className={props.className}
      aria-expanded={props.open}
      aria-controls={props.controls}
      onClick={() => {
        props.onOpenChange(!props.open)
      }}
    >
      {props.children}
    </button>
  )
}
