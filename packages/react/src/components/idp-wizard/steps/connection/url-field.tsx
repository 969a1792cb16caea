'use client'

import type { ReactNode } from 'react'

import { TextField } from '../../fields/text-field.tsx'
import { useWizardScope } from '../../wizard-context.tsx'

/** The connection step's URL inputs; each one's texts are `idpWizard.connection.<name>`. */
export type UrlFieldName =
  'discoveryUrl' | 'pingBaseUrl' | 'metadataUrl' | 'signInEndpoint' | 'adfsServer'

/** A URL input of the connection step, labelled and explained by its own messages. */
export function UrlField(props: { name: UrlFieldName; locked: boolean }): ReactNode {
  const { t } = useWizardScope()
  const { name } = props
  return (
    <TextField
      name={name}
      type="url"
      label={t(`idpWizard.connection.${name}.label`)}
      help={t(`idpWizard.connection.${name}.help`)}
      locked={props.locked}
    />
  )
}
