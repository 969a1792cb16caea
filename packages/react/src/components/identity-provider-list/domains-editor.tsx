'use client'

import type { IdentityProvider } from '@myorg-kit/client'
import { type ReactNode, useEffect, useId, useRef, useState } from 'react'

import { useDomains } from '../../api/domains.queries.ts'
import { myOrgKeys } from '../../api/query-keys.ts'
import { describeError } from '../../i18n/describe-error.ts'
import type { MyOrgTranslator } from '../../i18n/translator.ts'
import type { DeepPartial, MyOrgMessages } from '../../i18n/types.ts'
import { useMyOrgReady } from '../../provider/my-org-context.ts'
import type { getSlotProps } from '../../theming/slots.ts'
import { MyOrgErrorNotice } from '../error-notice/error-notice.tsx'
import type { IdentityProviderListSlot } from './identity-provider-list.slots.ts'

/** What a batch of domain changes did. */
export interface DomainChangeSummary {
  linked: string[]
  unlinked: string[]
  failed: { domain: string; change: 'link' | 'unlink'; error: Error }[]
}

interface Outcome {
  domain: string
  change: 'link' | 'unlink'
  ok: boolean
  reason?: string
}

/** Props of {@link DomainsEditor}. */
export interface DomainsEditorProps {
  idp: IdentityProvider
  translator: MyOrgTranslator
  slot: (name: IdentityProviderListSlot) => ReturnType<typeof getSlotProps>
  canReadDomains: boolean
  canLink: boolean
  canUnlink: boolean
  messages: DeepPartial<MyOrgMessages> | undefined
  unstyled: boolean | undefined
  onClose: () => void
  onError: (error: Error, action: 'linkDomain' | 'unlinkDomain') => void
  onApplied: (summary: DomainChangeSummary) => void
}

/**
 * Link or unlink verified domains: one checkbox per domain, then "Apply changes" sends the
 * changes one by one through the client (its pacer keeps writes under the organization's limit
 * and it waits out a 429's Retry-After), with progress and a line per domain that failed.
 */
export function DomainsEditor(props: DomainsEditorProps): ReactNode {
  const { idp, translator, canReadDomains, canLink, canUnlink } = props
  const { t } = translator
  const ctx = useMyOrgReady()
  const domains = useDomains({ enabled: canReadDomains, take: 100 })
  const name = idp.display_name ?? idp.name ?? ''
  const [linked, setLinked] = useState<ReadonlySet<string>>(() => new Set(idp.domains ?? []))
  const [checked, setChecked] = useState<ReadonlySet<string>>(() => new Set(idp.domains ?? []))
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  const [outcomes, setOutcomes] = useState<Outcome[] | null>(null)
  const [nothingToDo, setNothingToDo] = useState(false)
  const titleId = useId()
  const titleRef = useRef<HTMLParagraphElement>(null)
  const mounted = useRef(true)
  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])

  const verified = (domains.data?.domains ?? [])
    .filter((domain) => domain.status === 'verified')
    .map((domain) => domain.domain)
  const choices = [...verified, ...[...linked].filter((domain) => !verified.includes(domain))]
  const busy = progress !== null

  const apply = async (): Promise<void> => {
    const toLink = canLink ? [...checked].filter((domain) => !linked.has(domain)) : []
    const toUnlink = canUnlink ? [...linked].filter((domain) => !checked.has(domain)) : []
    const changes = [
      ...toLink.map((domain) => ({ domain, change: 'link' as const })),
      ...toUnlink.map((domain) => ({ domain, change: 'unlink' as const })),
    ]
    setOutcomes(null)
    if (changes.length === 0 || !idp.id) {
      setNothingToDo(true)
      return
    }
    setNothingToDo(false)
    setProgress({ done: 0, total: changes.length })
    const results: Outcome[] = []
    const summary: DomainChangeSummary = { linked: [], unlinked: [], failed: [] }
    const now = new Set(linked)
    for (const [index, { domain, change }] of changes.entries()) {
      try {
        if (change === 'link') {
          await ctx.client.identityProviders.domains.add(idp.id, domain)
          now.add(domain)
          summary.linked.push(domain)
        } else {
          await ctx.client.identityProviders.domains.remove(idp.id, domain)
          now.delete(domain)
          summary.unlinked.push(domain)
        }
        results.push({ domain, change, ok: true })
      } catch (caught) {
        const error = caught instanceof Error ? caught : new Error(String(caught))
        results.push({
          domain,
          change,
          ok: false,
          reason: describeError(error, translator).description,
        })
        summary.failed.push({ domain, change, error })
        props.onError(error, change === 'link' ? 'linkDomain' : 'unlinkDomain')
      }
      if (mounted.current) {
        setProgress({ done: index + 1, total: changes.length })
      }
    }
    // One refetch for the whole batch, not one per change.
    await Promise.all([
      ctx.queryClient.invalidateQueries({
        queryKey: myOrgKeys.identityProvider(ctx.keyScope, idp.id),
        exact: true,
      }),
      ctx.queryClient.invalidateQueries({
        queryKey: myOrgKeys.identityProviderLists(ctx.keyScope),
      }),
      ctx.queryClient.invalidateQueries({
        queryKey: myOrgKeys.domainIdentityProvidersAll(ctx.keyScope),
      }),
    ])
    if (!mounted.current) {
      return
    }
    setLinked(new Set(now))
    setChecked(new Set(now))
    setOutcomes(results)
    setProgress(null)
    props.onApplied(summary)
  }

  const failedCount = outcomes?.filter((outcome) => !outcome.ok).length ?? 0
  return (
    <div {...props.slot('domainsEditor')} role="group" aria-labelledby={titleId}>
      <p id={titleId} ref={titleRef} className="mk-IdentityProviderList-editorTitle">
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
          <span className="mk-spinner" aria-hidden="true" />{' '}
          {t('identityProviderList.domainsEditor.loading')}
        </p>
      ) : null}
      {domains.error && !domains.data ? (
        <MyOrgErrorNotice
          error={domains.error}
          onRetry={() => void domains.refetch()}
          headingLevel={5}
          messages={props.messages}
          unstyled={props.unstyled}
        />
      ) : null}
      {canReadDomains && domains.data && choices.length === 0 ? (
        <p className="mk-description">{t('identityProviderList.domainsEditor.noVerified')}</p>
      ) : null}
      {choices.length > 0 ? (
        <ul className="mk-IdentityProviderList-domainChoices">
          {choices.map((domain) => {
            const isLinked = linked.has(domain)
            const disabled = busy || (isLinked ? !canUnlink : !canLink)
            return (
              <li key={domain}>
                <label className="mk-IdentityProviderList-check">
                  <input
                    type="checkbox"
                    checked={checked.has(domain)}
                    disabled={disabled}
                    onChange={(event) => {
                      const on = event.target.checked
                      setNothingToDo(false)
                      setChecked((previous) => {
                        const next = new Set(previous)
                        if (on) {
                          next.add(domain)
                        } else {
                          next.delete(domain)
                        }
                        return next
                      })
                    }}
                  />
                  <span>
                    {verified.includes(domain) || !domains.data
                      ? domain
                      : t('identityProviderList.domainsEditor.notListed', { domain })}
                  </span>
                </label>
              </li>
            )
          })}
        </ul>
      ) : null}
      {domains.hasNextPage ? (
        <button
          type="button"
          className="mk-button"
          data-size="sm"
          disabled={domains.isFetchingNextPage}
          onClick={() => void domains.fetchNextPage()}
        >
          {t('identityProviderList.domainsEditor.loadMore')}
        </button>
      ) : null}
      <div role="status" className="mk-IdentityProviderList-progress">
        {progress
          ? t('identityProviderList.domainsEditor.applying', {
              done: Math.min(progress.done + 1, progress.total),
              total: progress.total,
            })
          : nothingToDo
            ? t('identityProviderList.domainsEditor.noChanges')
            : outcomes
              ? t('identityProviderList.domainsEditor.summary', { failed: failedCount })
              : ''}
      </div>
      {outcomes && outcomes.length > 0 ? (
        <ul className="mk-IdentityProviderList-outcomes">
          {outcomes.map((outcome) => (
            <li
              key={`${outcome.change}:${outcome.domain}`}
              data-outcome={outcome.ok ? 'ok' : 'failed'}
              className={outcome.ok ? undefined : 'mk-field-error'}
            >
              {outcome.ok
                ? outcome.change === 'link'
                  ? t('identityProviderList.domainsEditor.linked', { domain: outcome.domain })
                  : t('identityProviderList.domainsEditor.unlinked', { domain: outcome.domain })
                : outcome.change === 'link'
                  ? t('identityProviderList.domainsEditor.linkFailed', {
                      domain: outcome.domain,
                      reason: outcome.reason ?? '',
                    })
                  : t('identityProviderList.domainsEditor.unlinkFailed', {
                      domain: outcome.domain,
                      reason: outcome.reason ?? '',
                    })}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="mk-IdentityProviderList-editorActions">
        <button
          type="button"
          className="mk-button"
          data-variant="primary"
          data-size="sm"
          disabled={busy}
          onClick={() => void apply()}
        >
          {busy ? <span className="mk-spinner" aria-hidden="true" /> : null}
          {t('identityProviderList.domainsEditor.apply')}
        </button>
        <button
          type="button"
          className="mk-button"
          data-size="sm"
          disabled={busy}
          onClick={props.onClose}
        >
          {t('identityProviderList.domainsEditor.cancel')}
        </button>
      </div>
    </div>
  )
}
