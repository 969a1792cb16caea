'use client'

import type { ReactNode } from 'react'

import { ChoiceGroup } from '../../fields/choice-group.tsx'
import { useWizard, useWizardScope } from '../../wizard-context.tsx'
import { CertificateField } from './certificate-field.tsx'
import { MetadataFileField } from './metadata-file-field.tsx'
import { SigningOptions } from './signing-options.tsx'
import { UrlField } from './url-field.tsx'

/** SAML: a metadata URL, a metadata file, or the sign-in URL and certificate by hand. */
export function SamlFields(props: { locked: boolean }): ReactNode {
  const { values } = useWizard()
  const { t } = useWizardScope()
  const { locked } = props
  return (
    <>
      <ChoiceGroup
        name="samlSource"
        legend={t('idpWizard.connection.samlSource.legend')}
        disabled={locked}
        options={[
          { value: 'metadataUrl', label: t('idpWizard.connection.samlSource.metadataUrl') },
          { value: 'metadataXml', label: t('idpWizard.connection.samlSource.metadataXml') },
          { value: 'manual', label: t('idpWizard.connection.samlSource.manual') },
        ]}
      />
      {values.samlSource === 'metadataUrl' ? (
        <UrlField name="metadataUrl" locked={locked} />
      ) : values.samlSource === 'metadataXml' ? (
        <MetadataFileField
          label={t('idpWizard.connection.metadataFile.label')}
          help={t('idpWizard.connection.metadataFile.help')}
          locked={locked}
          fillConnection
        />
      ) : (
        <>
          <UrlField name="signInEndpoint" locked={locked} />
          <CertificateField locked={locked} />
        </>
      )}
      <SigningOptions locked={locked} binding />
    </>
  )
}
