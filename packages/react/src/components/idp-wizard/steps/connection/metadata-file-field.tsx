'use client'

import { type ReactNode, useMemo } from 'react'

import { certificateStatus } from '../../certificate.ts'
import { FileField } from '../../fields/file-field.tsx'
import { SET } from '../../fields/set-options.ts'
import { METADATA_MAX_BYTES, type SamlMetadata, parseSamlMetadata } from '../../saml-metadata.ts'
import { useWizard, useWizardScope } from '../../wizard-context.tsx'
import { isHttpsUrl } from '../../../../lib/url.ts'
import type { IdpWizardValues } from '../../wizard-values.ts'
import { CertificateInfo } from './certificate-info.tsx'

/** Props of {@link MetadataFileField}. */
export interface MetadataFileFieldProps {
  /** Its label and help: `idpWizard.connection.<texts>`. */
  texts: 'metadataFile' | 'adfsFile'
  locked: boolean
  /**
   * Fill the sign-in URL, certificate and binding from the metadata (SAML); otherwise the
   * document is sent as it is (ADFS).
   * @default false
   */
  fillConnection?: boolean
}

const BINDINGS = ['HTTP-POST', 'HTTP-Redirect']

/** An IdP metadata document: checked in the browser, then summarized (sign-in URL, certificates). */
export function MetadataFileField(props: MetadataFileFieldProps): ReactNode {
  const { form, values } = useWizard()
  const { t } = useWizardScope()
  const parsed = useMemo(
    () => (values.metadataXml ? parseSamlMetadata(values.metadataXml) : undefined),
    [values.metadataXml],
  )

  /** Fills the manual SAML fields from the metadata: the problem, or `null`. */
  const fillFrom = (metadata: SamlMetadata): string | null => {
    const usable =
      metadata.certificates.find((cert) => certificateStatus(cert) !== 'expired') ??
      metadata.certificates[0]
    if (!usable) {
      return t('idpWizard.metadataProblems.no-certificate')
    }
    // Said on the file: the sign-in URL field is not on screen when the metadata fills it.
    if (!isHttpsUrl(metadata.ssoUrl)) {
      return t('idpWizard.metadataProblems.insecure-sso-url')
    }
    form.setValue('signInEndpoint', metadata.ssoUrl, SET)
    form.setValue('signingCert', usable.pem, SET)
    const binding = metadata.ssoBinding
    if (BINDINGS.some((name) => binding?.endsWith(name))) {
      form.setValue('protocolBinding', binding as IdpWizardValues['protocolBinding'], SET)
    }
    return null
  }

  const readMetadata = async (file: File): Promise<string | null> => {
    if (file.size > METADATA_MAX_BYTES) {
      return t('idpWizard.metadataProblems.too-large')
    }
    const xml = await file.text()
    const result = parseSamlMetadata(xml)
    if (!result.ok) {
      return t(`idpWizard.metadataProblems.${result.problem}`)
    }
    const problem = props.fillConnection === true ? fillFrom(result.metadata) : null
    if (problem) {
      return problem
    }
    form.setValue('metadataXml', xml, SET)
    form.setValue('metadataFileName', file.name, SET)
    return null
  }

  return (
    <FileField
      name="metadataXml"
      label={t(`idpWizard.connection.${props.texts}.label`)}
      help={t(`idpWizard.connection.${props.texts}.help`)}
      accept=".xml,application/xml,text/xml"
      disabled={props.locked}
      onFile={readMetadata}
      unreadable={t('idpWizard.metadataProblems.unreadable')}
      after={
        parsed?.ok === true ? (
          <MetadataSummary metadata={parsed.metadata} fileName={values.metadataFileName} />
        ) : null
      }
    />
  )
}

/** What the loaded metadata says: file, sign-in URL, each certificate. */
function MetadataSummary(props: { metadata: SamlMetadata; fileName: string }): ReactNode {
  const { metadata } = props
  const { t } = useWizardScope()
  return (
    <div className="mk-IdpWizard-parsed">
      <p>{t('idpWizard.connection.metadataFile.fileLoaded', { file: props.fileName })}</p>
      <p>{t('idpWizard.connection.metadataFile.ssoUrl', { url: metadata.ssoUrl })}</p>
      <ul
        aria-label={t('idpWizard.connection.certificateInfo.listLabel')}
        className="mk-IdpWizard-certList"
      >
        {metadata.certificates.map((cert) => (
          <li key={cert.pem}>
            <CertificateInfo certificate={cert} />
          </li>
        ))}
      </ul>
      {metadata.unreadableCertificates > 0 ? (
        <p className="mk-IdpWizard-warning">
          {t('idpWizard.connection.certificateInfo.unreadable', {
            count: metadata.unreadableCertificates,
          })}
        </p>
      ) : null}
    </div>
  )
}
