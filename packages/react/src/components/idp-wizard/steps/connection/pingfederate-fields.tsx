'use client'

import type { ReactNode } from 'react'

import { CertificateField } from './certificate-field.tsx'
import { SigningOptions } from './signing-options.tsx'
import { ConnectionField } from './connection-field.tsx'

/** PingFederate: the server URL, its signing certificate and request signing. */
export function PingFederateFields(props: { locked: boolean }): ReactNode {
  const { locked } = props
  return (
    <>
      <ConnectionField name="pingBaseUrl" locked={locked} />
      <CertificateField locked={locked} />
      <SigningOptions locked={locked} />
    </>
  )
}
