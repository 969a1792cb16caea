'use client'

import type { ButtonHTMLAttributes, ReactNode, Ref } from 'react'

import { cx } from '../theming/slots.ts'
import { Spinner } from './loading.tsx'

/** Props of {@link Button}. */
export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** @default undefined (the neutral button) */
  variant?: 'primary' | 'danger' | 'ghost' | 'link' | undefined
  /** @default undefined (regular) */
  size?: 'sm' | undefined
  /** Shows a spinner and `pendingLabel`, and disables the button. @default false */
  pending?: boolean | undefined
  /** The label while pending, e.g. "Saving…". @default the children */
  pendingLabel?: ReactNode
  ref?: Ref<HTMLButtonElement> | undefined
}

/**
 * The package's one button: `mk-button` with its variant and size as data attributes, and a
 * pending state (spinner, "…ing" label, disabled) so no view writes that branch itself.
 */
export function Button(props: ButtonProps): ReactNode {
  const { variant, size, pending = false, pendingLabel, className, children, ...rest } = props
  return (
    <button
      type="button"
      {...rest}
      className={cx('mk-button', className)}
      data-variant={variant}
      data-size={size}
      disabled={pending || rest.disabled}
    >
      {pending ? <Spinner /> : null}
      {pending && pendingLabel !== undefined ? pendingLabel : children}
    </button>
  )
}

/** Props of {@link SubmitButton}. */
export interface SubmitButtonProps extends Omit<ButtonProps, 'type' | 'variant' | 'children'> {
  /** What the button says, e.g. "Save". */
  label: string
}

/** A form's main action: a primary {@link Button} that submits the form. */
export function SubmitButton(props: SubmitButtonProps): ReactNode {
  const { label, ...rest } = props
  return (
    <Button {...rest} type="submit" variant="primary">
      {label}
    </Button>
  )
}
