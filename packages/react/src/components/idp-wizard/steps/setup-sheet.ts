import type { IdpStrategy } from '@myorg-kit/client'

import type { MyOrgTranslator } from '../../../i18n/translator.ts'
import type { ServiceProviderValues } from '../sp-values.ts'

type Translate = MyOrgTranslator['t']

/** A labelled value for the IdP admin: `[label, value]`. */
export type ValueRow = readonly [label: string, value: string]

/** What the wizard calls a strategy ("Okta", "SAML", …). */
export function strategyLabel(t: Translate, strategy: IdpStrategy): string {
  return t(`idpWizard.provider.strategies.${strategy}.label`)
}

/** The values the IdP admin enters, labelled the way their console names them (ADFS differs). */
export function serviceProviderRows(
  t: Translate,
  strategy: IdpStrategy,
  values: ServiceProviderValues,
): ValueRow[] {
  if (values.kind === 'oauth') {
    return [[t('idpWizard.spValues.callbackUrl'), values.callbackUrl]]
  }
  const adfs = strategy === 'adfs'
  return [
    [t(adfs ? 'idpWizard.spValues.adfsAcsUrl' : 'idpWizard.spValues.acsUrl'), values.acsUrl],
    [t(adfs ? 'idpWizard.spValues.adfsEntityId' : 'idpWizard.spValues.entityId'), values.entityId],
    [
      t(adfs ? 'idpWizard.spValues.adfsMetadataUrl' : 'idpWizard.spValues.metadataUrl'),
      values.metadataUrl,
    ],
  ]
}

/** The vendor's setup steps, one per line of the message. */
export function guideSteps(t: Translate, strategy: IdpStrategy): string[] {
  return t(`idpWizard.spValues.guides.${strategy}`).split('\n')
}

/** The plain-text setup sheet for the IdP admin: the values, the vendor's steps, what to send back. */
export function setupSheetText(
  t: Translate,
  strategy: IdpStrategy,
  rows: readonly ValueRow[],
): string {
  const provider = strategyLabel(t, strategy)
  return [
    t('idpWizard.spValues.sheet.title', { provider }),
    '',
    t('idpWizard.spValues.sheet.intro'),
    '',
    ...rows.map(([label, value]) => `${label}:\n  ${value}`),
    '',
    t('idpWizard.spValues.guideHeading', { provider }),
    ...guideSteps(t, strategy).map((line, index) => `${String(index + 1)}. ${line}`),
    '',
    `${t('idpWizard.spValues.sheet.returnHeading')}:`,
    `  ${t(`idpWizard.spValues.returns.${strategy}`)}`,
    '',
  ].join('\n')
}

/** The sheet's file name: the connection name, else the strategy. */
export function setupSheetFileName(t: Translate, strategy: IdpStrategy, name: string): string {
  return t('idpWizard.spValues.sheet.fileName', { name: name.trim() || strategy })
}
