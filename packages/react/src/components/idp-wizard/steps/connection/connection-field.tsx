'use client'

import type { ReactNode } from 'react'

import { TextField } from '../../fields/text-field.tsx'
import { useWizardScope } from '../../wizard-context.tsx'

/** The connection step's plain inputs; each one's texts are `idpWizard.connection.<name>`. */
export type ConnectionFieldName =
  'clientId' | 'discoveryUrl' | 'pingBaseUrl' | 'metadataUrl' | 'signInEndpoint' | 'adfsServer'

/**
 * A text input of the connection step, labelled and explained by its own messages: a URL, or
 * the client ID the IdP issued for this connection.
 */
export function ConnectionField(props: { name: ConnectionFieldName; locked: boolean }): ReactNode {
  const { t } = useWizardScope()
  const { name } = props
  return (
    <TextField
      name={name}
      type={name === 'clientId' ? 'text' : 'url'}
      label={t(`idpWizard.connection.${name}.label`)}
      help={t(`idpWizard.connection.${name}.help`)}
      locked={props.locked}
    />
  )
}
