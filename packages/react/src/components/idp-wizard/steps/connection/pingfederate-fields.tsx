'use client'

import type { ReactNode } from 'react'

import { TextField } from '../../fields/text-field.tsx'
import { useWizardScope } from '../../wizard-context.tsx'
import { CertificateField } from './certificate-field.tsx'
import { SigningOptions } from './signing-options.tsx'

/** PingFederate: the server URL, its signing certificate and request signing. */
export function PingFederateFields(props: { locked: boolean }): ReactNode {
  const { t } = useWizardScope()
  const { locked } = props
  return (
    <>
      <TextField
        name="pingBaseUrl"
        type="url"
        label={t('idpWizard.connection.pingBaseUrl.label')}
        help={t('idpWizard.connection.pingBaseUrl.help')}
        locked={locked}
      />
      <CertificateField locked={locked} />
      <SigningOptions locked={locked} />
    </>
  )
}
