'use client'

import type { ReactNode } from 'react'

import { CheckboxField } from '../fields/checkbox-field.tsx'
import { NameField } from '../fields/name-field.tsx'
import { TextField } from '../fields/text-field.tsx'
import { useWizard, useWizardScope } from '../wizard-context.tsx'

/** The connection's on/off options, each offered only when the Connection Profile allows it. */
const optionFlags = [
  { name: 'showAsButton', texts: 'showAsButton', allowedBy: 'canSetShowAsButton' },
  {
    name: 'assignMembershipOnLogin',
    texts: 'assignMembership',
    allowedBy: 'canSetAssignMembership',
  },
] as const

/** Step 4: the connection name, the display name and the flags the Connection Profile allows. */
export function DetailsStep(): ReactNode {
  const { flags, readOnly, optionsLocked } = useWizard()
  const { t } = useWizardScope()
  return (
    <>
      <NameField />
      <TextField
        name="displayName"
        label={t('idpWizard.details.displayName.label')}
        help={t('idpWizard.details.displayName.help')}
        locked={readOnly || optionsLocked}
      />
      {optionFlags.map(
        (option) =>
          flags[option.allowedBy] && (
            <CheckboxField
              key={option.name}
              name={option.name}
              label={t(`idpWizard.details.${option.texts}.label`)}
              help={t(`idpWizard.details.${option.texts}.help`)}
              disabled={readOnly}
            />
          ),
      )}
    </>
  )
}
