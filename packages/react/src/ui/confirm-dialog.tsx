'use client'

import { type ReactNode, useId, useRef, useState } from 'react'

import { ErrorNotice } from '../kit/error-notice.tsx'
import { hasHiddenCharacters, revealHiddenCharacters, stripHiddenCharacters } from '../lib/text.ts'
import { useScope } from '../kit/scope.tsx'
import { Button } from './button.tsx'
import { Dialog } from './dialog.tsx'
import { InputField } from './input-field.tsx'
import { Notice } from './notice.tsx'

/** The "type the name to confirm" field of {@link ConfirmDialog}. */
export interface TypedConfirmation {
  expected: string
  label: ReactNode
  /** @default undefined */
  description?: ReactNode
  /** Shown when a different value is confirmed (the action stays enabled). @default undefined */
  mismatch?: ReactNode
}

/** Props of {@link ConfirmDialog}. */
export interface ConfirmDialogProps {
  title: ReactNode
  /** What will happen, in a sentence or two. @default undefined */
  description?: ReactNode
  /** More content between the description and the buttons (warnings, options). @default undefined */
  children?: ReactNode
  /** The last failure, shown inside the dialog. @default undefined */
  error?: unknown
  /** The action runs: spinner, pending label, Cancel and Escape do nothing. @default false */
  pending?: boolean | undefined
  confirmLabel: ReactNode
  /** The button that keeps things as they are. @default `common.actions.cancel` */
  cancelLabel?: ReactNode
  /** @default confirmLabel */
  pendingLabel?: ReactNode
  /**
   * `danger` for what can't be undone: a red button, and first focus on Cancel so Enter does
   * not destroy anything (Radix AlertDialog's rule).
   * @default 'primary'
   */
  tone?: 'danger' | 'primary'
  /**
   * Ask the user to type a value (e.g. the provider's name) before the action runs (surrounding
   * spaces ignored). Without `mismatch` the action is disabled until the value matches; with it,
   * the action stays enabled and confirming a different value shows `mismatch` under the field
   * and focuses it.
   * @default undefined
   */
  typedConfirmation?: TypedConfirmation | undefined
  /**
   * The name of what the action is about (a domain, a provider, a person). When it, or the
   * typed confirmation's value, holds invisible characters (bidi controls, zero-width), the
   * dialog says so and shows them, so a look-alike can't be confirmed by mistake.
   * @default undefined
   */
  subject?: string | undefined
  /** Disables the action (e.g. while something it needs loads). @default false */
  confirmDisabled?: boolean | undefined
  onConfirm: () => void
  onCancel: () => void
}

/**
 * The one confirmation: a `Dialog` with a title, description, optional "type the name to
 * confirm" field, the last error, and Cancel + the action.
 */
export function ConfirmDialog(props: ConfirmDialogProps): ReactNode {
  const { t, slot } = useScope()
  const { pending = false, tone = 'primary', onCancel, typedConfirmation } = props
  const titleId = useId()
  const descriptionId = useId()
  const cancelRef = useRef<HTMLButtonElement>(null)
  const typedRef = useRef<HTMLInputElement>(null)
  const [typed, setTyped] = useState('')
  const [showMismatch, setShowMismatch] = useState(false)
  // Invisible characters can't be typed: the visible text is what must match.
  const typedOk =
    typedConfirmation === undefined ||
    stripHiddenCharacters(typed.trim()) === stripHiddenCharacters(typedConfirmation.expected)
  const flagged = [props.subject, typedConfirmation?.expected].find(
    (name): name is string => name !== undefined && hasHiddenCharacters(name),
  )
  const explainsMismatch = typedConfirmation?.mismatch !== undefined
  const Description = typeof props.description === 'string' ? 'p' : 'div'
  return (
    <Dialog
      slot={slot('dialog')}
      alert
      labelledBy={titleId}
      describedBy={props.description === undefined ? undefined : descriptionId}
      tone={tone === 'danger' ? 'danger' : undefined}
      initialFocus={tone === 'danger' && typedConfirmation === undefined ? cancelRef : undefined}
      onDismiss={() => {
        if (!pending) {
          onCancel()
        }
      }}
    >
      <form
        className="mk-dialog-form"
        onSubmit={(event) => {
          event.preventDefault()
          if (!typedOk && explainsMismatch) {
            setShowMismatch(true)
            typedRef.current?.focus()
          } else if (!pending && typedOk && props.confirmDisabled !== true) {
            props.onConfirm()
          }
        }}
      >
        <h2 className="mk-dialog-title" id={titleId}>
          {props.title}
        </h2>
        {props.description === undefined ? null : (
          <Description id={descriptionId}>{props.description}</Description>
        )}
        {flagged === undefined ? null : (
          <Notice variant="warning" role="note">
            {t('common.hiddenCharacters', { revealed: revealHiddenCharacters(flagged) })}
          </Notice>
        )}
        {props.children}
        {typedConfirmation ? (
          <InputField
            label={typedConfirmation.label}
            description={typedConfirmation.description}
            error={showMismatch && !typedOk ? typedConfirmation.mismatch : undefined}
            ref={typedRef}
            type="text"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            value={typed}
            disabled={pending}
            onChange={(event) => {
              setTyped(event.target.value)
            }}
          />
        ) : null}
        {props.error ? <ErrorNotice error={props.error} headingLevel={3} /> : null}
        <div className="mk-dialog-actions">
          <Button ref={cancelRef} disabled={pending} onClick={onCancel}>
            {props.cancelLabel ?? t('common.actions.cancel')}
          </Button>
          <Button
            type="submit"
            variant={tone === 'danger' ? 'danger' : 'primary'}
            pending={pending}
            pendingLabel={props.pendingLabel}
            disabled={(!typedOk && !explainsMismatch) || props.confirmDisabled === true}
          >
            {props.confirmLabel}
          </Button>
        </div>
      </form>
    </Dialog>
  )
}
