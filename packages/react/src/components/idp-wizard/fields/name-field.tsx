'use client'

import type { ReactNode } from 'react'

import { isSamlFamily } from '../strategies.ts'
import { useWizard, useWizardScope } from '../wizard-context.tsx'
import { TextField } from './text-field.tsx'

/** The connection name: chosen once on create (SAML: part of the values the IdP admin enters). */
export function NameField(): ReactNode {
  const { mode, values } = useWizard()
  const { t } = useWizardScope()
  if (mode === 'edit') {
    return (
      <TextField
        name="name"
        label={t('idpWizard.details.name.label')}
        locked
        note={t('idpWizard.details.name.locked')}
      />
    )
  }
  const saml = values.strategy !== '' && isSamlFamily(values.strategy)
  const permanent = t('idpWizard.details.name.permanent')
  return (
    <TextField
      name="name"
      label={t('idpWizard.details.name.label')}
      help={t('idpWizard.details.name.help')}
      note={saml ? `${permanent} ${t('idpWizard.details.name.samlNote')}` : permanent}
    />
  )
}
