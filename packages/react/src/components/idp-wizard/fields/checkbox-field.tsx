'use client'

import { type ReactNode, useId } from 'react'

import { describedBy } from '../../../ui/field.tsx'
import { useWizard } from '../wizard-context.tsx'

/** Props of {@link CheckboxField}. */
export interface CheckboxFieldProps {
  name: 'signSAMLRequest' | 'showAsButton' | 'assignMembershipOnLogin'
  label: string
  /** @default undefined */
  help?: string
  disabled: boolean
}

/** A checkbox of the form, its label after it and its help below. */
export function CheckboxField(props: CheckboxFieldProps): ReactNode {
  const { form } = useWizard()
  const id = useId()
  return (
    <div className="mk-field mk-IdpWizard-checkbox" data-field={props.name}>
      <input
        type="checkbox"
        id={id}
        {...form.register(props.name)}
        disabled={props.disabled}
        aria-describedby={describedBy(props.help !== undefined && `${id}-help`)}
      />
      <label htmlFor={id}>{props.label}</label>
      {props.help === undefined ? null : (
        <p className="mk-description" id={`${id}-help`}>
          {props.help}
        </p>
      )}
    </div>
  )
}
