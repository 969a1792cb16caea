'use client'

import type { OrgDomain } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import { useScope } from '../../kit/scope.tsx'
import { CopyButton } from '../../ui/copy-button.tsx'
import { ApiText } from '../../ui/api-text.tsx'

/** TTL written in the zone-file line: 5 minutes, a common default that re-checks quickly. */
const ZONE_TTL = 300
/**
 * Lines shown of each record before a hostile value is cut: a real zone-file line takes up to
 * eight on a phone, and the admin should read what they publish (Copy takes the whole value).
 */
const RECORD_LINES = 8

/** The TXT record a domain's DNS must publish: host, value and zone-file line, each copyable. */
export function DnsRecord(props: { domain: OrgDomain }): ReactNode {
  const { t } = useScope()
  const { domain } = props
  const zoneLine = `${domain.verification_host}. ${ZONE_TTL} IN TXT "${domain.verification_txt}"`
  const lines = [
    ['domainList.panel.host', domain.verification_host, 'domainList.panel.copyHost'],
    ['domainList.panel.value', domain.verification_txt, 'domainList.panel.copyValue'],
    ['domainList.panel.zoneLine', zoneLine, 'domainList.panel.copyZoneLine'],
  ] as const
  return (
    <>
      <p className="mk-description">{t('domainList.panel.intro', { domain: domain.domain })}</p>
      <dl className="mk-DomainList-record">
        {lines.map(([label, text, copyLabel]) => (
          <div key={label}>
            <dt>{t(label)}</dt>
            <dd>
              <ApiText code value={text} maxLines={RECORD_LINES} />
              <CopyButton
                className="mk-DomainList-copy"
                copiedLabel={t('domainList.panel.copied')}
                text={text}
                label={t(copyLabel, { domain: domain.domain })}
                t={t}
              />
            </dd>
          </div>
        ))}
      </dl>
      <p className="mk-description">
        {t('domainList.panel.propagation', { domain: domain.domain })}
      </p>
    </>
  )
}
