'use client'

import type { ReactNode } from 'react'

import type { MyOrgMessageKey } from '../../../i18n/types.ts'
import { FieldSet } from '../../../ui/field.tsx'
import type { IdpWizardValues } from '../wizard-values.ts'
import { useWizard, useWizardScope } from '../wizard-context.tsx'

/** The form's radio choices: where the settings come from, the OIDC channel. */
export type ChoiceName = 'samlSource' | 'adfsSource' | 'oidcType'

/** The texts of one option. */
interface ChoiceTexts {
  label: MyOrgMessageKey
  help?: MyOrgMessageKey
}

/** Each group's options, in order, with the keys of their texts. */
const CHOICES: { [Name in ChoiceName]: Record<IdpWizardValues[Name], ChoiceTexts> } = {
  samlSource: {
    metadataUrl: { label: 'idpWizard.connection.samlSource.metadataUrl' },
    metadataXml: { label: 'idpWizard.connection.samlSource.metadataXml' },
    manual: { label: 'idpWizard.connection.samlSource.manual' },
  },
  adfsSource: {
    server: { label: 'idpWizard.connection.adfsSource.server' },
    metadataXml: { label: 'idpWizard.connection.adfsSource.metadataXml' },
  },
  oidcType: {
    back_channel: {
      label: 'idpWizard.connection.oidcType.back_channel',
      help: 'idpWizard.connection.oidcType.backHelp',
    },
    front_channel: {
      label: 'idpWizard.connection.oidcType.front_channel',
      help: 'idpWizard.connection.oidcType.frontHelp',
    },
  },
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
        {Object.entries<ChoiceTexts>(CHOICES[name]).map(([value, texts]) => (
          <label key={value} className="mk-IdpWizard-choiceOption">
            <input type="radio" {...form.register(name)} value={value} disabled={props.disabled} />
            <span>
              {t(texts.label)}
              {texts.help ? <span className="mk-description"> {t(texts.help)}</span> : null}
            </span>
          </label>
        ))}
      </FieldSet>
      {props.fields[values[name]]}
    </>
  )
}
