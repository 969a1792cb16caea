'use client'

import { type ReactNode, useMemo } from 'react'

import { parseCertificate } from '../../certificate.ts'
import { FileField } from '../../fields/file-field.tsx'
import { useWizard, useWizardScope } from '../../wizard-context.tsx'
import { CertificateInfo } from './certificate-info.tsx'
import { SET } from '../../fields/set-options.ts'

/** The IdP's signing certificate: uploaded, read in the browser, and shown with its expiry. */
export function CertificateField(props: { locked: boolean }): ReactNode {
  const { form, values, mode } = useWizard()
  const { t } = useWizardScope()
  const certificate = useMemo(() => {
    const parsed = values.signingCert ? parseCertificate(values.signingCert) : undefined
    return parsed?.ok ? parsed.certificate : undefined
  }, [values.signingCert])

  const readCertificate = async (file: File): Promise<string | null> => {
    const result = parseCertificate(await file.arrayBuffer())
    if (!result.ok) {
      return t(`idpWizard.certificateProblems.${result.problem}`)
    }
    form.setValue('signingCert', result.certificate.pem, SET)
    return null
  }

  return (
    <FileField
      name="signingCert"
      label={t('idpWizard.connection.certificate.label')}
      help={
        mode === 'edit' && certificate
          ? t('idpWizard.connection.certificate.replace')
          : t('idpWizard.connection.certificate.help')
      }
      accept=".pem,.cer,.crt,.der"
      disabled={props.locked}
      onFile={readCertificate}
      unreadable={t('idpWizard.certificateProblems.unreadable')}
      after={certificate ? <CertificateInfo certificate={certificate} /> : null}
    />
  )
}
