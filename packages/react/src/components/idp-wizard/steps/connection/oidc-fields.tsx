'use client'

import type { ReactNode } from 'react'

import { ChoiceGroup } from '../../fields/choice-group.tsx'
import { useWizard, useWizardScope } from '../../wizard-context.tsx'
import { ClientIdField, SecretField } from './client-fields.tsx'
import { UrlField } from './url-field.tsx'

/** OpenID Connect: discovery URL, client ID, channel, and the secret for the back channel. */
export function OidcFields(props: { locked: boolean }): ReactNode {
  const { values } = useWizard()
  const { t } = useWizardScope()
  const { locked } = props
  return (
    <>
      <UrlField name="discoveryUrl" locked={locked} />
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
