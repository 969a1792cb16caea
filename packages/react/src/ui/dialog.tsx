'use client'

import {
  type ReactNode,
  type RefObject,
  useEffect,
  useEffectEvent,
  useLayoutEffect,
  useRef,
} from 'react'

import { type SlotProps, cx } from '../theming/slots.ts'

/** Props of {@link Dialog}. */
export interface DialogProps {
  /** The id of the dialog's title. */
  labelledBy: string
  /** The id of its description. @default undefined */
  describedBy?: string | undefined
  /** An alert dialog (`role="alertdialog"`): a confirmation that interrupts. @default false */
  alert?: boolean | undefined
  /**
   * What Escape and the browser's close requests do. `escape`: call `onDismiss` (the parent
   * unmounts the dialog). `none`: nothing; the dialog re-opens if the browser closes it anyway
   * (Chromium force-closes on a second Escape), e.g. the show-once secret.
   * @default 'escape'
   */
  dismiss?: 'escape' | 'none'
  /** Asked to close by Escape (with `dismiss="escape"`). @default undefined */
  onDismiss?: (() => void) | undefined
  /** Focused when the dialog opens. @default the first focusable element */
  initialFocus?: RefObject<HTMLElement | null> | undefined
  /** `danger` styles it as destructive (`data-tone`). @default undefined */
  tone?: 'danger' | undefined
  /** The component's `dialog` slot (its class and `data-slot`). @default undefined */
  slot?: SlotProps | undefined
  /** Extra class (a variant of the component's dialog). @default undefined */
  className?: string | undefined
  children: ReactNode
}

/**
 * The package's one dialog: a native `<dialog>` opened with `showModal()` while mounted, so the
 * page behind is inert (focus, the virtual cursor and the pointer stay inside). It renders
 * inside the component's root so the theme applies, places focus on open and gives it back to
 * the element that opened it when it unmounts. Confirmations compose it (`ConfirmDialog`).
 */
export function Dialog(props: DialogProps): ReactNode {
  const { initialFocus, dismiss = 'escape' } = props
  const ref = useRef<HTMLDialogElement>(null)
  const blocked = dismiss === 'none'
  const onDismiss = useEffectEvent(() => {
    props.onDismiss?.()
  })
  const focusOnOpen = useEffectEvent((dialog: HTMLDialogElement) => {
    ;(initialFocus?.current ?? firstFocusable(dialog))?.focus()
  })

  useLayoutEffect(() => {
    const dialog = ref.current
    if (!dialog) {
      return
    }
    const opener = dialog.ownerDocument.activeElement
    open(dialog)
    focusOnOpen(dialog)
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
      if (!blocked) {
        onDismiss()
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
      className={cx('mk-dialog', props.slot?.className, props.className)}
      ref={ref}
      role={props.alert === true ? 'alertdialog' : undefined}
      aria-labelledby={props.labelledBy}
      aria-describedby={props.describedBy}
      aria-modal="true"
      data-tone={props.tone}
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

const FOCUSABLE = [
  'button:not(:disabled)',
  'input:not(:disabled)',
  'select:not(:disabled)',
  'textarea:not(:disabled)',
  'summary',
  '[href]',
  '[tabindex]:not([tabindex="-1"])',
].join(', ')

function firstFocusable(container: HTMLElement): HTMLElement | null {
  return container.querySelector<HTMLElement>(FOCUSABLE)
}
