'use client'

import type { ReactNode } from 'react'

import { useScope } from '../../kit/scope.tsx'
import { Field } from '../../ui/field.tsx'
import type { OrgDetailsFormSlot } from './org-details-form.slots.ts'
import type { OrgDetailsFieldControls } from './org-details-form.types.ts'

/** The name or the display name: a text field with its help and error. */
export function NameField(props: {
  controls: OrgDetailsFieldControls
  name: 'name' | 'displayName'
  autoComplete: string
}): ReactNode {
  const { t, slot } = useScope<OrgDetailsFormSlot>()
  const { form, editable } = props.controls
  const { name } = props
  return (
    <Field
      name={name}
      label={t(`orgDetailsForm.fields.${name}.label`)}
      description={t(`orgDetailsForm.fields.${name}.help`)}
      error={form.formState.errors[name]?.message}
    >
      {(control) => (
        <input
          {...control}
          {...form.register(name)}
          {...slot('input', 'mk-input')}
          type="text"
          autoComplete={props.autoComplete}
          spellCheck={false}
          readOnly={!editable}
        />
      )}
    </Field>
  )
}
