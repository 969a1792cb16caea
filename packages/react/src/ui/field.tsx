'use client'

import { type ReactNode, useId } from 'react'

import { useScope } from '../kit/scope.tsx'
import { cx } from '../theming/slots.ts'

/** What a field gives its control: wire these onto the input, select or textarea. */
export interface FieldControlProps {
  id: string
  'aria-invalid': true | undefined
  'aria-describedby': string | undefined
}

/** Props of {@link Field}. */
export interface FieldProps {
  label: ReactNode
  /** A line of help under the control. @default undefined */
  description?: ReactNode
  /** A second line (e.g. what a value will become), announced with the control. @default undefined */
  note?: ReactNode
  /** Extra class of the note (e.g. a component's warning or hint style). @default undefined */
  noteClassName?: string | undefined
  /** The error to show; marks the field invalid. @default undefined */
  error?: ReactNode
  /** `data-field` (the form's field name, for styles and tests). @default undefined */
  name?: string | undefined
  /** The control's id, when the caller needs it. @default a generated id */
  id?: string | undefined
  /** Extra class of the field's wrapper. @default undefined */
  className?: string | undefined
  /** The control, given the ids and states it must carry. */
  children: (control: FieldControlProps) => ReactNode
}

/** Joins the ids that describe a control, or `undefined` when there is none. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const joined = ids.filter(Boolean).join(' ')
  return joined === '' ? undefined : joined
}

/**
 * The package's one field: a wrapper (`data-field`, `data-invalid`), the label, the control,
 * its help, note and error, all wired by id (`aria-describedby`, `aria-invalid`), with the
 * component's `field`, `label`, `help` and `error` slots.
 */
export function Field(props: FieldProps): ReactNode {
  const { slot } = useScope()
  const generated = useId()
  const id = props.id ?? generated
  const invalid = props.error !== undefined && props.error !== null && props.error !== false
  const hasDescription = props.description !== undefined && props.description !== null
  const hasNote = props.note !== undefined && props.note !== null && props.note !== false
  const control: FieldControlProps = {
    id,
    'aria-invalid': invalid ? true : undefined,
    'aria-describedby': describedBy(
      hasDescription && `${id}-help`,
      hasNote && `${id}-note`,
      invalid && `${id}-error`,
    ),
  }
  return (
    <div
      {...slot('field', 'mk-field', props.className)}
      data-field={props.name}
      data-invalid={invalid ? '' : undefined}
    >
      <label {...slot('label', 'mk-label')} htmlFor={id}>
        {props.label}
      </label>
      {props.children(control)}
      {hasDescription ? (
        <p {...slot('help', 'mk-description')} id={`${id}-help`}>
          {props.description}
        </p>
      ) : null}
      {hasNote ? (
        <p className={cx('mk-field-note', props.noteClassName)} id={`${id}-note`}>
          {props.note}
        </p>
      ) : null}
      {invalid ? (
        <p {...slot('error', 'mk-field-error')} id={`${id}-error`}>
          {props.error}
        </p>
      ) : null}
    </div>
  )
}

/** Props of {@link FieldSet}. */
export interface FieldSetProps {
  legend: ReactNode
  description?: ReactNode
  error?: ReactNode
  name?: string | undefined
  className?: string | undefined
  children: ReactNode
}

/** A group of controls under one legend (radios, checkboxes), with help and error like a field. */
export function FieldSet(props: FieldSetProps): ReactNode {
  const { slot } = useScope()
  const id = useId()
  const invalid = props.error !== undefined && props.error !== null && props.error !== false
  const hasDescription = props.description !== undefined && props.description !== null
  return (
    <fieldset
      {...slot('field', 'mk-field', 'mk-fieldset', props.className)}
      data-field={props.name}
      data-invalid={invalid ? '' : undefined}
      aria-describedby={describedBy(hasDescription && `${id}-help`, invalid && `${id}-error`)}
    >
      <legend {...slot('label', 'mk-label')}>{props.legend}</legend>
      {hasDescription ? (
        <p {...slot('help', 'mk-description')} id={`${id}-help`}>
          {props.description}
        </p>
      ) : null}
      {props.children}
      {invalid ? (
        <p {...slot('error', 'mk-field-error')} id={`${id}-error`}>
          {props.error}
        </p>
      ) : null}
    </fieldset>
  )
}
