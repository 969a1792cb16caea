'use client'

import type { IdpStrategy } from '@myorg-kit/client'
import type { ComponentType, ReactNode } from 'react'

import { useWizard, useWizardScope } from '../wizard-context.tsx'
import { AdfsFields } from './connection/adfs-fields.tsx'
import { HostedIdpFields } from './connection/hosted-idp-fields.tsx'
import { OidcFields } from './connection/oidc-fields.tsx'
import { PingFederateFields } from './connection/pingfederate-fields.tsx'
import { SamlFields } from './connection/saml-fields.tsx'

/** The connection fields of each strategy. */
const CONNECTION_FIELDS = {
  samlp: SamlFields,
  oidc: OidcFields,
  okta: HostedIdpFields,
  'google-apps': HostedIdpFields,
  waad: HostedIdpFields,
  adfs: AdfsFields,
  pingfederate: PingFederateFields,
} satisfies Record<IdpStrategy, ComponentType<{ locked: boolean }>>

/** Step 3: what the IdP admin sent back (URLs, metadata, certificate or client credentials). */
export function ConnectionStep(): ReactNode {
  const { values, optionsLocked, readOnly } = useWizard()
  const { t } = useWizardScope()
  const Fields = values.strategy === '' ? null : CONNECTION_FIELDS[values.strategy]
  return (
    <>
      <p className="mk-description">{t('idpWizard.connection.help')}</p>
      {optionsLocked && !readOnly ? (
        <p className="mk-IdpWizard-hint">{t('idpWizard.connection.locked')}</p>
      ) : null}
      {Fields ? <Fields locked={optionsLocked || readOnly} /> : null}
    </>
  )
}
