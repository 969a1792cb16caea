'use client'

import type { ReactNode } from 'react'

import { FieldSet } from '../../../ui/field.tsx'
import { useWizard } from '../wizard-context.tsx'

/** Props of {@link ChoiceGroup}. */
export interface ChoiceGroupProps {
  name: 'samlSource' | 'adfsSource' | 'oidcType'
  legend: string
  options: readonly { value: string; label: string; help?: string }[]
  disabled: boolean
}

/** Radio buttons for one of the form's choices (where the settings come from, the channel). */
export function ChoiceGroup(props: ChoiceGroupProps): ReactNode {
  const { form } = useWizard()
  return (
    <FieldSet legend={props.legend} name={props.name} className="mk-IdpWizard-choice">
      {props.options.map((option) => (
        <label key={option.value} className="mk-IdpWizard-choiceOption">
          <input
            type="radio"
            {...form.register(props.name)}
            value={option.value}
            disabled={props.disabled}
          />
          <span>
            {option.label}
            {option.help ? <span className="mk-description"> {option.help}</span> : null}
          </span>
        </label>
      ))}
    </FieldSet>
  )
}
