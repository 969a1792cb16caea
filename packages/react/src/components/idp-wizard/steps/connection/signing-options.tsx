'use client'

import type { ReactNode } from 'react'

import { CheckboxField } from '../../fields/checkbox-field.tsx'
import { SelectField } from '../../fields/select-field.tsx'
import { useWizardScope } from '../../wizard-context.tsx'

const SIGNATURE_ALGORITHMS = [
  { value: 'rsa-sha256', label: 'RSA-SHA256' },
  { value: 'rsa-sha1', label: 'RSA-SHA1' },
]
const DIGEST_ALGORITHMS = [
  { value: 'sha256', label: 'SHA256' },
  { value: 'sha1', label: 'SHA1' },
]

/** Request signing (SAML, PingFederate); the request binding too for SAML. */
export function SigningOptions(props: { locked: boolean; binding?: boolean }): ReactNode {
  const { t } = useWizardScope()
  const { locked } = props
  return (
    <fieldset className="mk-IdpWizard-group">
      <legend className="mk-label">{t('idpWizard.connection.signing.legend')}</legend>
      <CheckboxField
        name="signSAMLRequest"
        label={t('idpWizard.connection.signing.signRequest')}
        help={t('idpWizard.connection.signing.signRequestHelp')}
        disabled={locked}
      />
      <div className="mk-IdpWizard-row">
        <SelectField
          name="signatureAlgorithm"
          label={t('idpWizard.connection.signing.signatureAlgorithm')}
          options={SIGNATURE_ALGORITHMS}
          disabled={locked}
        />
        <SelectField
          name="digestAlgorithm"
          label={t('idpWizard.connection.signing.digestAlgorithm')}
          options={DIGEST_ALGORITHMS}
          disabled={locked}
        />
        {props.binding === true ? (
          <SelectField
            name="protocolBinding"
            label={t('idpWizard.connection.signing.protocolBinding')}
            options={[
              { value: '', label: t('idpWizard.connection.signing.bindingDefault') },
              {
                value: 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect',
                label: t('idpWizard.connection.signing.bindingRedirect'),
              },
              {
                value: 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST',
                label: t('idpWizard.connection.signing.bindingPost'),
              },
            ]}
            disabled={locked}
          />
        ) : null}
      </div>
    </fieldset>
  )
}
