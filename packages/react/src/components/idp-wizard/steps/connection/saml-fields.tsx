'use client'

import type { ReactNode } from 'react'

import { ChoiceGroup } from '../../fields/choice-group.tsx'
import { CertificateField } from './certificate-field.tsx'
import { ConnectionField } from './connection-field.tsx'
import { MetadataFileField } from './metadata-file-field.tsx'
import { SigningOptions } from './signing-options.tsx'

/** SAML: a metadata URL, a metadata file, or the sign-in URL and certificate by hand. */
export function SamlFields(props: { locked: boolean }): ReactNode {
  const { locked } = props
  return (
    <>
      <ChoiceGroup
        name="samlSource"
        disabled={locked}
        fields={{
          metadataUrl: <ConnectionField name="metadataUrl" locked={locked} />,
          metadataXml: <MetadataFileField texts="metadataFile" locked={locked} fillConnection />,
          manual: (
            <>
              <ConnectionField name="signInEndpoint" locked={locked} />
              <CertificateField locked={locked} />
            </>
          ),
        }}
      />
      <SigningOptions locked={locked} binding />
    </>
  )
}
