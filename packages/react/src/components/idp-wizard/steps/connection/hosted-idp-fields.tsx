'use client'

import type { IdpStrategy } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import type { MyOrgMessageKey } from '../../../../i18n/types.ts'
import { TextField } from '../../fields/text-field.tsx'
import { useWizard, useWizardScope } from '../../wizard-context.tsx'
import { SecretField } from './secret-field.tsx'
import { ConnectionField } from './connection-field.tsx'

interface HostField {
  name: 'domain' | 'tenantDomain'
  label: MyOrgMessageKey
  help: MyOrgMessageKey
}

/** The organization's domain at each hosted IdP. */
const HOST_FIELDS: Partial<Record<IdpStrategy, HostField>> = {
  okta: {
    name: 'domain',
    label: 'idpWizard.connection.domain.okta.label',
    help: 'idpWizard.connection.domain.okta.help',
  },
  'google-apps': {
    name: 'domain',
    label: 'idpWizard.connection.domain.google-apps.label',
    help: 'idpWizard.connection.domain.google-apps.help',
  },
  waad: {
    name: 'tenantDomain',
    label: 'idpWizard.connection.tenantDomain.label',
    help: 'idpWizard.connection.tenantDomain.help',
  },
}

/** Okta, Google Workspace and Entra ID: the organization's domain, a client ID and secret. */
export function HostedIdpFields(props: { locked: boolean }): ReactNode {
  const { values } = useWizard()
  const { t } = useWizardScope()
  const { locked } = props
  const host = values.strategy === '' ? undefined : HOST_FIELDS[values.strategy]
  return (
    <>
      {host ? (
        <TextField name={host.name} label={t(host.label)} help={t(host.help)} locked={locked} />
      ) : null}
      <ConnectionField name="clientId" locked={locked} />
      <SecretField locked={locked} />
    </>
  )
}
