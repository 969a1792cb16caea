'use client'

import type { IdpStrategy } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import { requireTenantOrigin, useMyOrg } from '../../../provider/my-org-context.ts'
import { CopyButton } from '../../../ui/copy-button.tsx'
import { NameField } from '../fields/name-field.tsx'
import { type ServiceProviderValues, getServiceProviderValues } from '../sp-values.ts'
import { useWizard, useWizardScope } from '../wizard-context.tsx'
import { SetupSheetActions } from './setup-sheet-actions.tsx'
import { guideSteps, serviceProviderRows, strategyLabel } from './setup-sheet.ts'

/**
 * Step 2: the values the IdP admin enters (with copy buttons), the vendor's steps and the
 * setup sheet. SAML values include the connection name, so it is asked for first.
 */
export function SpValuesStep(): ReactNode {
  const { values, authDomain, tenantName } = useWizard()
  const myOrg = useMyOrg()
  const { strategy } = values
  if (strategy === '') {
    return null
  }
  const spValues = getServiceProviderValues({
    strategy,
    domain: authDomain ?? new URL(requireTenantOrigin(myOrg)).host,
    connectionName: values.name || 'CONNECTION_NAME',
    tenantName,
  })
  return <ServiceProviderValuesView strategy={strategy} spValues={spValues} />
}

function ServiceProviderValuesView(props: {
  strategy: IdpStrategy
  spValues: ServiceProviderValues
}): ReactNode {
  const { strategy, spValues } = props
  const { values, mode } = useWizard()
  const { t, slot } = useWizardScope()
  const provider = strategyLabel(t, strategy)
  const rows = serviceProviderRows(t, strategy, spValues)
  const needsName = spValues.kind === 'saml'
  const nameReady = !needsName || values.name.trim() !== ''
  const guideHeading = t('idpWizard.spValues.guideHeading', { provider })
  return (
    <>
      <p className="mk-description">{t('idpWizard.spValues.help', { provider })}</p>
      {needsName && mode === 'create' ? (
        <>
          <p className="mk-IdpWizard-hint">{t('idpWizard.spValues.nameFirst')}</p>
          <NameField />
        </>
      ) : null}
      {nameReady ? (
        <dl {...slot('valueList')}>
          {rows.map(([label, value]) => (
            <div key={label} {...slot('value')}>
              <dt className="mk-label">{label}</dt>
              <dd>
                <code className="mk-IdpWizard-code">{value}</code>
                <CopyButton
                  className="mk-IdpWizard-copy"
                  text={value}
                  label={t('idpWizard.spValues.copy', { label })}
                  copiedLabel={t('idpWizard.spValues.copied', { label })}
                  t={t}
                />
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      <section {...slot('guide')} aria-label={guideHeading}>
        <p className="mk-label">{guideHeading}</p>
        <ol>
          {guideSteps(t, strategy).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ol>
      </section>
      {nameReady ? <SetupSheetActions strategy={strategy} rows={rows} name={values.name} /> : null}
    </>
  )
}
