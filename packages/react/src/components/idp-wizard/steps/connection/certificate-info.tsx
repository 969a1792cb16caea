'use client'

import type { ReactNode } from 'react'

import { type ParsedCertificate, certificateStatus } from '../../certificate.ts'
import { useWizardScope } from '../../wizard-context.tsx'

/** Subject and expiry of a certificate, with a warning when it is expired or about to be. */
export function CertificateInfo(props: { certificate: ParsedCertificate }): ReactNode {
  const { certificate } = props
  const { t, translator, slot } = useWizardScope()
  const status = certificateStatus(certificate)
  const date = (value: Date) => translator.formatDate(value, { dateStyle: 'medium' })
  return (
    <div {...slot('certificate')} data-status={status}>
      <p>{t('idpWizard.connection.certificateInfo.subject', { subject: certificate.subject })}</p>
      {certificate.privateKeyIgnored === true ? (
        <p className="mk-IdpWizard-warning" data-variant="danger" role="note">
          {t('idpWizard.connection.certificateInfo.privateKeyIgnored')}
        </p>
      ) : null}
      {status === 'expired' ? (
        <p className="mk-IdpWizard-warning" data-variant="danger">
          {t('idpWizard.connection.certificateInfo.expired', { date: date(certificate.notAfter) })}
        </p>
      ) : status === 'expiring' ? (
        <p className="mk-IdpWizard-warning">
          {t('idpWizard.connection.certificateInfo.expiring', { date: date(certificate.notAfter) })}
        </p>
      ) : status === 'not-yet-valid' ? (
        <p className="mk-IdpWizard-warning">
          {t('idpWizard.connection.certificateInfo.notYetValid', {
            date: date(certificate.notBefore),
          })}
        </p>
      ) : (
        <p>
          {t('idpWizard.connection.certificateInfo.validUntil', {
            date: date(certificate.notAfter),
          })}
        </p>
      )}
    </div>
  )
}
