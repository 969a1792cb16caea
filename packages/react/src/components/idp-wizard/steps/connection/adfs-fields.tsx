'use client'

import type { ReactNode } from 'react'

import { ChoiceGroup } from '../../fields/choice-group.tsx'
import { useWizard, useWizardScope } from '../../wizard-context.tsx'
import { MetadataFileField } from './metadata-file-field.tsx'
import { UrlField } from './url-field.tsx'

/** ADFS: the server (Auth0 reads its metadata) or an uploaded FederationMetadata.xml. */
export function AdfsFields(props: { locked: boolean }): ReactNode {
  const { values } = useWizard()
  const { t } = useWizardScope()
  const { locked } = props
  return (
    <>
      <ChoiceGroup
        name="adfsSource"
        legend={t('idpWizard.connection.adfsSource.legend')}
        disabled={locked}
        options={[
          { value: 'server', label: t('idpWizard.connection.adfsSource.server') },
          { value: 'metadataXml', label: t('idpWizard.connection.adfsSource.metadataXml') },
        ]}
      />
      {values.adfsSource === 'server' ? (
        <UrlField name="adfsServer" locked={locked} />
      ) : (
        <MetadataFileField
          label={t('idpWizard.connection.adfsFile.label')}
          help={t('idpWizard.connection.adfsFile.help')}
          locked={locked}
        />
      )}
    </>
  )
}
