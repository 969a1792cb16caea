'use client'

import { type ReactNode, type RefObject, useEffect, useLayoutEffect, useRef } from 'react'

import type { SlotProps } from '../../theming/slots.ts'

/** Props of {@link ModalDialog}. */
export interface ModalDialogProps {
  slot: SlotProps
  labelledBy: string
  describedBy?: string | undefined
  /**
   * What Escape does. A function: Escape asks to close (the parent unmounts the dialog).
   * `'blocked'`: Escape, a click outside and the browser's close requests do nothing, and the
   * dialog re-opens if the browser closes it anyway (Chromium force-closes on a second Escape).
   */
  onEscape: (() => void) | 'blocked'
  /** Focused when the dialog opens. @default the first focusable element */
  initialFocus?: RefObject<HTMLElement | null> | undefined
  /** Variant hook for styling (`data-variant`). */
  variant?: string | undefined
  children: ReactNode
}

/**
 * A native `<dialog>` opened with `showModal()` while mounted: the page behind is inert (focus
 * stays inside), it renders inside the component's root so the theme applies, and focus goes
 * back to the element that opened it when it unmounts.
 */
export function ModalDialog(props: ModalDialogProps): ReactNode {
  const { onEscape, initialFocus } = props
  const ref = useRef<HTMLDialogElement>(null)
  const blocked = onEscape === 'blocked'
  const onEscapeRef = useRef(onEscape)
  useEffect(() => {
    onEscapeRef.current = onEscape
  })

  useLayoutEffect(() => {
    const dialog = ref.current
    if (!dialog) {
      return
    }
    const opener = dialog.ownerDocument.activeElement
    open(dialog)
    ;(initialFocus?.current ?? firstFocusable(dialog))?.focus()
    return () => {
      if (dialog.open) {
        dialog.close()
      }
      // After React has removed what this commit removes: the opener may be gone with it.
      queueMicrotask(() => {
        if (opener instanceof HTMLElement && opener.isConnected) {
          opener.focus()
        }
      })
    }
    // Opened once per mount; the opener and initial focus are read at that moment.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) {
      return
    }
    if (blocked) {
      // Also tells browsers that support it not to close on a click outside or Escape.
      dialog.setAttribute('closedby', 'none')
    } else {
      dialog.removeAttribute('closedby')
    }
    const onCancel = (event: Event): void => {
      event.preventDefault()
      const handler = onEscapeRef.current
      if (handler !== 'blocked') {
        handler()
      }
    }
    const onClose = (): void => {
      // Closed by the browser (not by unmounting): a blocked dialog comes straight back.
      if (blocked && dialog.isConnected) {
        open(dialog)
      }
    }
    dialog.addEventListener('cancel', onCancel)
    dialog.addEventListener('close', onClose)
    return () => {
      dialog.removeEventListener('cancel', onCancel)
      dialog.removeEventListener('close', onClose)
    }
  }, [blocked])

  return (
    <dialog
      {...props.slot}
      ref={ref}
      aria-labelledby={props.labelledBy}
      aria-describedby={props.describedBy}
      aria-modal="true"
      data-variant={props.variant}
    >
      {props.children}
    </dialog>
  )
}

function open(dialog: HTMLDialogElement): void {
  if (dialog.open) {
    return
  }
  if (typeof dialog.showModal === 'function') {
    dialog.showModal()
  } else {
    // Environments without `showModal` (old browsers, some test DOMs) still show it.
    dialog.setAttribute('open', '')
  }
}

function firstFocusable(container: HTMLElement): HTMLElement | null {
  return container.querySelector<HTMLElement>(
    'button:not(:disabled), input:not(:disabled), [href], [tabindex]:not([tabindex="-1"])',
  )
}
