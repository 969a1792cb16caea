'use client'

import type { OrgDomain } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import { useDomains } from '../../../api/domains.queries.ts'
import { ErrorNotice } from '../../../kit/error-notice.tsx'
import { Spinner } from '../../../ui/loading.tsx'
import { SET } from '../fields/set-options.ts'
import { stepNoticeLevel, useWizard, useWizardScope } from '../wizard-context.tsx'
import { ApiText } from '../../../ui/api-text.tsx'

/** Step 5: the verified domains to link (users with those emails are sent to this provider). */
export function DomainsStep(): ReactNode {
  const scope = useWizardScope()
  const { t, can } = scope
  const canRead = can('listDomains')
  const domains = useDomains({ enabled: canRead })
  if (!canRead) {
    return <p className="mk-IdpWizard-hint">{t('idpWizard.domains.noReadPermission')}</p>
  }
  if (domains.isPending) {
    return (
      <p role="status">
        <Spinner /> {t('idpWizard.domains.loading')}
      </p>
    )
  }
  if (domains.error) {
    return (
      <ErrorNotice
        error={domains.error}
        onRetry={() => void domains.refetch()}
        headingLevel={stepNoticeLevel(scope)}
      />
    )
  }
  return <DomainChoices domains={domains.data.domains} />
}

function DomainChoices(props: { domains: readonly OrgDomain[] }): ReactNode {
  const { form, values, initial, readOnly, optionsLocked, canLink, canUnlink } = useWizard()
  const { t } = useWizardScope()
  const verified = props.domains.filter((domain) => domain.status === 'verified')
  const unverified = props.domains.filter((domain) => domain.status !== 'verified')
  const editable = !readOnly && !optionsLocked
  const toggle = (name: string, checked: boolean): void => {
    const current = form.getValues('domains')
    const next = checked ? [...current, name] : current.filter((item) => item !== name)
    form.setValue('domains', next, SET)
  }
  return (
    <>
      <p className="mk-description">{t('idpWizard.domains.help')}</p>
      {!canLink ? <p className="mk-IdpWizard-hint">{t('idpWizard.domains.noPermission')}</p> : null}
      {verified.length === 0 ? (
        <p className="mk-IdpWizard-hint">{t('idpWizard.domains.none')}</p>
      ) : (
        <fieldset className="mk-IdpWizard-group">
          <legend className="mk-label">{t('idpWizard.domains.legend')}</legend>
          {verified.map((domain) => {
            const checked = values.domains.includes(domain.domain)
            const linkedBefore = initial.domains.includes(domain.domain)
            const disabled = !editable || (checked ? linkedBefore && !canUnlink : !canLink)
            return (
              <label key={domain.id} className="mk-IdpWizard-choiceOption">
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={disabled}
                  onChange={(event) => {
                    toggle(domain.domain, event.target.checked)
                  }}
                />
                <ApiText value={domain.domain} />
              </label>
            )
          })}
          <p className="mk-description">{t('idpWizard.domains.paced')}</p>
        </fieldset>
      )}
      {unverified.length > 0 ? <UnverifiedDomains domains={unverified} /> : null}
    </>
  )
}

function UnverifiedDomains(props: { domains: readonly OrgDomain[] }): ReactNode {
  const { getVerifyDomainHref } = useWizard()
  const { t } = useWizardScope()
  return (
    <div className="mk-IdpWizard-group">
      <p className="mk-label">{t('idpWizard.domains.unverifiedHeading')}</p>
      <p className="mk-description">{t('idpWizard.domains.unverifiedHelp')}</p>
      <ul className="mk-IdpWizard-unverified">
        {props.domains.map((domain) => (
          <li key={domain.id}>
            <ApiText value={domain.domain} />{' '}
            {getVerifyDomainHref ? (
              <a className="mk-IdpWizard-link" href={getVerifyDomainHref(domain.domain)}>
                {t('idpWizard.domains.verify', { domain: domain.domain })}
              </a>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  )
}
