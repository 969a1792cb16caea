'use client'

import type { ReactNode } from 'react'

import type { MyOrgMessageKey } from '../../../i18n/types.ts'
import { FieldSet } from '../../../ui/field.tsx'
import type { IdpWizardValues } from '../wizard-values.ts'
import { useWizard, useWizardScope } from '../wizard-context.tsx'

/** The form's radio choices: where the settings come from, the OIDC channel. */
export type ChoiceName = 'samlSource' | 'adfsSource' | 'oidcType'

interface Choice<Value extends string> {
  value: Value
  label: MyOrgMessageKey
  help?: MyOrgMessageKey
}

/** Each group's options, in order, with the keys of their texts. */
const CHOICES: { [Name in ChoiceName]: readonly Choice<IdpWizardValues[Name]>[] } = {
  samlSource: [
    { value: 'metadataUrl', label: 'idpWizard.connection.samlSource.metadataUrl' },
    { value: 'metadataXml', label: 'idpWizard.connection.samlSource.metadataXml' },
    { value: 'manual', label: 'idpWizard.connection.samlSource.manual' },
  ],
  adfsSource: [
    { value: 'server', label: 'idpWizard.connection.adfsSource.server' },
    { value: 'metadataXml', label: 'idpWizard.connection.adfsSource.metadataXml' },
  ],
  oidcType: [
    {
      value: 'back_channel',
      label: 'idpWizard.connection.oidcType.back_channel',
      help: 'idpWizard.connection.oidcType.backHelp',
    },
    {
      value: 'front_channel',
      label: 'idpWizard.connection.oidcType.front_channel',
      help: 'idpWizard.connection.oidcType.frontHelp',
    },
  ],
}

/** Props of {@link ChoiceGroup}. */
export interface ChoiceGroupProps<Name extends ChoiceName> {
  name: Name
  disabled: boolean
  /** The fields each option asks for, shown under the group for the chosen one. */
  fields: Partial<Record<IdpWizardValues[Name], ReactNode>>
}

/**
 * Radio buttons for one of the form's choices (legend `idpWizard.connection.<name>.legend`),
 * then the fields of the chosen option.
 */
export function ChoiceGroup<Name extends ChoiceName>(props: ChoiceGroupProps<Name>): ReactNode {
  const { form, values } = useWizard()
  const { t } = useWizardScope()
  const { name } = props
  return (
    <>
      <FieldSet
        legend={t(`idpWizard.connection.${name}.legend`)}
        name={name}
        className="mk-IdpWizard-choice"
      >
        {CHOICES[name].map((option) => (
          <label key={option.value} className="mk-IdpWizard-choiceOption">
            <input
              type="radio"
              {...form.register(name)}
              value={option.value}
              disabled={props.disabled}
            />
            <span>
              {t(option.label)}
              {option.help ? <span className="mk-description"> {t(option.help)}</span> : null}
            </span>
          </label>
        ))}
      </FieldSet>
      {props.fields[values[name]]}
    </>
  )
}
