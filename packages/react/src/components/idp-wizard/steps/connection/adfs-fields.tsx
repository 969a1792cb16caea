'use client'

import type { ReactNode } from 'react'

import { ChoiceGroup } from '../../fields/choice-group.tsx'
import { ConnectionField } from './connection-field.tsx'
import { MetadataFileField } from './metadata-file-field.tsx'

/** ADFS: the server (Auth0 reads its metadata) or an uploaded FederationMetadata.xml. */
export function AdfsFields(props: { locked: boolean }): ReactNode {
  const { locked } = props
  return (
    <ChoiceGroup
      name="adfsSource"
      disabled={locked}
      fields={{
        server: <ConnectionField name="adfsServer" locked={locked} />,
        metadataXml: <MetadataFileField texts="adfsFile" locked={locked} />,
      }}
    />
  )
}
