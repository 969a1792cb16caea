'use client'

import type { ReactNode } from 'react'

import { Field } from '../../../ui/field.tsx'
import { useWizard, useWizardScope } from '../wizard-context.tsx'
import type { IdpWizardField } from '../wizard-values.ts'

/** Props of {@link TextField}. */
export interface TextFieldProps {
  name: IdpWizardField
  label: string
  /** @default undefined */
  help?: string | undefined
  /** A second line (what the value means later). @default undefined */
  note?: ReactNode
  /** @default 'text' */
  type?: 'text' | 'url' | 'password'
  /** Shown but not editable. @default false */
  locked?: boolean
  /** @default 'off' */
  autoComplete?: string
  /** Next to the input (e.g. a show/hide button). @default undefined */
  after?: ReactNode
}

/** A text input of the wizard's form, with its label, help, note and error. */
export function TextField(props: TextFieldProps): ReactNode {
  const { form } = useWizard()
  const { slot } = useWizardScope()
  const { name } = props
  return (
    <Field
      name={name}
      label={props.label}
      description={props.help}
      note={props.note}
      error={form.formState.errors[name]?.message}
    >
      {(control) => (
        <div className="mk-IdpWizard-inputRow">
          <input
            {...form.register(name)}
            {...slot('input', 'mk-input')}
            {...control}
            type={props.type ?? 'text'}
            autoComplete={props.autoComplete ?? 'off'}
            spellCheck={false}
            readOnly={props.locked ?? false}
          />
          {props.after}
        </div>
      )}
    </Field>
  )
}
