'use client'

import type { InputHTMLAttributes, ReactNode, Ref } from 'react'

import { cx } from '../theming/slots.ts'
import { Field, type FieldProps } from './field.tsx'

/** Props of {@link InputField}: the field's texts, then the input's own attributes. */
export interface InputFieldProps
  extends
    Pick<FieldProps, 'label' | 'description' | 'note' | 'error'>,
    Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'aria-invalid' | 'aria-describedby'> {
  /** @default undefined */
  ref?: Ref<HTMLInputElement> | undefined
  /** Classes of the input, after `mk-input`. @default undefined */
  className?: string | undefined
}

/** A {@link Field} around one `mk-input`: the label, help, note and error wired to it. */
export function InputField(props: InputFieldProps): ReactNode {
  const { label, description, note, error, className, ...input } = props
  return (
    <Field label={label} description={description} note={note} error={error}>
      {(control) => <input {...control} {...input} className={cx('mk-input', className)} />}
    </Field>
  )
}
