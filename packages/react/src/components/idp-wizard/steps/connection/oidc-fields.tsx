'use client'

import type { ReactNode } from 'react'

import { ChoiceGroup } from '../../fields/choice-group.tsx'
import { TextField } from '../../fields/text-field.tsx'
import { useWizard, useWizardScope } from '../../wizard-context.tsx'
import { ClientIdField, SecretField } from './client-fields.tsx'

/** OpenID Connect: discovery URL, client ID, channel, and the secret for the back channel. */
export function OidcFields(props: { locked: boolean }): ReactNode {
  const { values } = useWizard()
  const { t } = useWizardScope()
  const { locked } = props
  return (
    <>
      <TextField
        name="discoveryUrl"
        type="url"
        label={t('idpWizard.connection.discoveryUrl.label')}
        help={t('idpWizard.connection.discoveryUrl.help')}
        locked={locked}
      />
      <ClientIdField locked={locked} />
      <ChoiceGroup
        name="oidcType"
        legend={t('idpWizard.connection.oidcType.legend')}
        disabled={locked}
        options={[
          {
            value: 'back_channel',
            label: t('idpWizard.connection.oidcType.back_channel'),
            help: t('idpWizard.connection.oidcType.backHelp'),
          },
          {
            value: 'front_channel',
            label: t('idpWizard.connection.oidcType.front_channel'),
            help: t('idpWizard.connection.oidcType.frontHelp'),
          },
        ]}
      />
      {values.oidcType === 'back_channel' ? <SecretField locked={locked} /> : null}
    </>
  )
}
