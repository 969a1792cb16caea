'use client'

import type { IdpStrategy } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import { ChoiceGroup } from '../../fields/choice-group.tsx'
import { CertificateField } from './certificate-field.tsx'
import { ConnectionField } from './connection-field.tsx'
import { HostedIdpFields } from './hosted-idp-fields.tsx'
import { MetadataFileField } from './metadata-file-field.tsx'
import { SecretField } from './secret-field.tsx'
import { SigningOptions } from './signing-options.tsx'

const hosted = (locked: boolean): ReactNode => <HostedIdpFields locked={locked} />

/**
 * The connection fields of each strategy, `locked` when the options can't be changed: where a
 * SAML-family connection's settings come from (each choice shows its own fields), the OIDC
 * channel, or the hosted IdP's domain and credentials.
 */
export const STRATEGY_FIELDS: Record<IdpStrategy, (locked: boolean) => ReactNode> = {
  samlp: (locked) => (
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
  ),
  // ADFS: the server (Auth0 reads its metadata) or an uploaded FederationMetadata.xml.
  adfs: (locked) => {
    const server = <ConnectionField name="adfsServer" locked={locked} />
    const file = <MetadataFileField texts="adfsFile" locked={locked} />
    return (
      <ChoiceGroup name="adfsSource" disabled={locked} fields={{ server, metadataXml: file }} />
    )
  },
  oidc: (locked) => (
    <>
      <ConnectionField name="discoveryUrl" locked={locked} />
      <ConnectionField name="clientId" locked={locked} />
      <ChoiceGroup
        name="oidcType"
        disabled={locked}
        fields={{ back_channel: <SecretField locked={locked} /> }}
      />
    </>
  ),
  pingfederate: (locked) => (
    <>
      <ConnectionField name="pingBaseUrl" locked={locked} />
      <CertificateField locked={locked} />
      <SigningOptions locked={locked} />
    </>
  ),
  okta: hosted,
  'google-apps': hosted,
  waad: hosted,
}
