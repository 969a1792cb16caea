'use client'

import type { ReactNode } from 'react'

import { CheckboxField } from '../fields/checkbox-field.tsx'
import { NameField } from '../fields/name-field.tsx'
import { TextField } from '../fields/text-field.tsx'
import { useWizard, useWizardScope } from '../wizard-context.tsx'

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
      {flags.canSetShowAsButton ? (
        <CheckboxField
          name="showAsButton"
          label={t('idpWizard.details.showAsButton.label')}
          help={t('idpWizard.details.showAsButton.help')}
          disabled={readOnly}
        />
      ) : null}
      {flags.canSetAssignMembership ? (
        <CheckboxField
          name="assignMembershipOnLogin"
          label={t('idpWizard.details.assignMembership.label')}
          help={t('idpWizard.details.assignMembership.help')}
          disabled={readOnly}
        />
      ) : null}
    </>
  )
}
