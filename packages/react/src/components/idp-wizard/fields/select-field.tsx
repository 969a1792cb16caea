'use client'

import type { ReactNode } from 'react'

import { Field } from '../../../ui/field.tsx'
import { useWizard } from '../wizard-context.tsx'

/** Props of {@link SelectField}. */
export interface SelectFieldProps {
  name: 'signatureAlgorithm' | 'digestAlgorithm' | 'protocolBinding'
  label: string
  options: readonly { value: string; label: string }[]
  disabled: boolean
}

/** A drop-down of the form. */
export function SelectField(props: SelectFieldProps): ReactNode {
  const { form } = useWizard()
  return (
    <Field name={props.name} label={props.label}>
      {(control) => (
        <select
          {...control}
          className="mk-input"
          {...form.register(props.name)}
          disabled={props.disabled}
        >
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}
