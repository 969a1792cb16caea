'use client'

import type { ReactNode } from 'react'

import { ChoiceGroup } from '../../fields/choice-group.tsx'
import { ConnectionField } from './connection-field.tsx'
import { SecretField } from './secret-field.tsx'

/** OpenID Connect: discovery URL, client ID, channel, and the secret for the back channel. */
export function OidcFields(props: { locked: boolean }): ReactNode {
  const { locked } = props
  return (
    <>
      <ConnectionField name="discoveryUrl" locked={locked} />
      <ConnectionField name="clientId" locked={locked} />
      <ChoiceGroup
        name="oidcType"
        disabled={locked}
        fields={{ back_channel: <SecretField locked={locked} /> }}
      />
    </>
  )
}
