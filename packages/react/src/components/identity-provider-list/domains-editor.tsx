'use client'

import type { IdentityProvider } from '@myorg-kit/client'
import { type ReactNode, useId } from 'react'

import { useDomains } from '../../api/domains.queries.ts'
import { ErrorNotice } from '../../kit/error-notice.tsx'
import { useScope } from '../../kit/scope.tsx'
import { displayNameOf } from '../../lib/identity-provider.ts'
import { Button } from '../../ui/button.tsx'
import { NextPageButton } from '../../ui/next-page-button.tsx'
import { Spinner } from '../../ui/loading.tsx'
import { DomainOutcomes, DomainsProgress } from './domain-outcomes.tsx'
import type { IdentityProviderListSlot } from './identity-provider-list.slots.ts'
import { useDomainsEditor } from './use-domains-editor.ts'
import { ApiText } from '../../ui/api-text.tsx'

/** What a batch of domain changes did. */
export interface DomainChangeSummary {
  linked: string[]
  unlinked: string[]
  failed: { domain: string; change: 'link' | 'unlink'; error: Error }[]
}

/**
 * Link or unlink verified domains: one checkbox per domain, then "Apply changes" sends the
 * changes one by one as one batch (the client's pacer keeps writes under the organization's
 * limit and waits out a 429's Retry-After), with progress and a line per domain that failed.
 */
export function DomainsEditor(props: { idp: IdentityProvider; onClose: () => void }): ReactNode {
  const { idp } = props
  const { t, can, slot } = useScope<IdentityProviderListSlot>()
  const canReadDomains = can('listDomains')
  const domains = useDomains({ enabled: canReadDomains, take: 100 })
  const { state, dispatch, allowed, busy, apply } = useDomainsEditor(idp)
  const titleId = useId()
  const name = displayNameOf(idp)
  const verified = (domains.data?.domains ?? [])
    .filter((domain) => domain.status === 'verified')
    .map((domain) => domain.domain)
  const choices = [...verified, ...[...state.linked].filter((domain) => !verified.includes(domain))]

  return (
    <div {...slot('domainsEditor')} role="group" aria-labelledby={titleId}>
      <p id={titleId} className="mk-IdentityProviderList-editorTitle">
        {t('identityProviderList.domainsEditor.title', { name })}
      </p>
      <p className="mk-description">
        {t('identityProviderList.domainsEditor.description', { name })}
      </p>
      {!canReadDomains ? (
        <p className="mk-description">{t('identityProviderList.domainsEditor.noReadDomains')}</p>
      ) : null}
      {canReadDomains && domains.isPending ? (
        <p className="mk-description" role="status">
          <Spinner /> {t('identityProviderList.domainsEditor.loading')}
        </p>
      ) : null}
      {domains.error && !domains.data ? (
        <ErrorNotice
          error={domains.error}
          onRetry={() => void domains.refetch()}
          headingLevel={5}
        />
      ) : null}
      {canReadDomains && domains.data && choices.length === 0 ? (
        <p className="mk-description">{t('identityProviderList.domainsEditor.noVerified')}</p>
      ) : null}
      {choices.length > 0 ? (
        <ul className="mk-IdentityProviderList-domainChoices">
          {choices.map((domain) => (
            <li key={domain}>
              <label className="mk-IdentityProviderList-check">
                <input
                  type="checkbox"
                  checked={state.checked.has(domain)}
                  disabled={busy || (state.linked.has(domain) ? !allowed.unlink : !allowed.link)}
                  onChange={(event) => {
                    dispatch({ type: 'toggle', domain, on: event.target.checked })
                  }}
                />
                <span>
                  {verified.includes(domain) || !domains.data ? (
                    <ApiText value={domain} />
                  ) : (
                    t('identityProviderList.domainsEditor.notListed', { domain })
                  )}
                </span>
              </label>
            </li>
          ))}
        </ul>
      ) : null}
      <NextPageButton query={domains}>
        {t('identityProviderList.domainsEditor.loadMore')}
      </NextPageButton>
      <DomainsProgress phase={state.phase} />
      <DomainOutcomes phase={state.phase} />
      <div className="mk-IdentityProviderList-editorActions">
        <Button variant="primary" size="sm" pending={busy} onClick={apply}>
          {t('identityProviderList.domainsEditor.apply')}
        </Button>
        <Button size="sm" disabled={busy} onClick={props.onClose}>
          {t('identityProviderList.domainsEditor.cancel')}
        </Button>
      </div>
    </div>
  )
}
