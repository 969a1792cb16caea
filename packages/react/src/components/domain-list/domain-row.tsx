'use client'

import type { OrgDomain } from '@myorg-kit/client'
import { type ReactNode, memo, useId } from 'react'

import { useScope } from '../../kit/scope.tsx'
import { RowAction } from '../../ui/row-action.tsx'
import { useDomainList } from './domain-list-context.ts'
import type { DomainListAction, DomainListSlot } from './domain-list.slots.ts'
import { VerificationPanel } from './verification-panel.tsx'
import { ApiText } from '../../ui/api-text.tsx'

const statusVariant = { verified: 'success', pending: 'warning', failed: 'danger' } as const

/** Props of {@link DomainRow}: all stable across renders, so an unchanged row doesn't re-render. */
export interface DomainRowProps {
  domain: OrgDomain
  /** Undefined: panel closed; a number: open, and each increase starts a verification. */
  panelToken: number | undefined
  onTogglePanel: (domainId: string) => void
  onVerify: (domainId: string) => void
  onDelete: (domain: OrgDomain) => void
}

/**
 * One domain: name, status badge, actions; its verification panel on the row below. Memoized:
 * with 1,000 domains loaded, opening one panel must not re-render the other rows.
 */
export const DomainRow = memo(function DomainRow(props: DomainRowProps): ReactNode {
  const { t, slot } = useScope<DomainListSlot, DomainListAction>()
  const { canVerify, canDelete } = useDomainList()
  const { domain, panelToken } = props
  const open = panelToken !== undefined
  const panelId = useId()
  const needsVerification = domain.status !== 'verified'
  // After "Show record": `domainList.actions.{name}` (the full name) and `{name}Short`.
  const rowActions = [
    {
      name: 'verify',
      shown: needsVerification && canVerify,
      run: () => {
        props.onVerify(domain.id)
      },
    },
    {
      name: 'delete',
      shown: canDelete,
      run: () => {
        props.onDelete(domain)
      },
    },
  ] as const
  return (
    <>
      <tr {...slot('row')} data-status={domain.status}>
        <th scope="row" className="mk-DomainList-name">
          <ApiText value={domain.domain} flagHidden />
        </th>
        <td {...slot('status')}>
          <span className="mk-badge" data-variant={statusVariant[domain.status]}>
            {t(`domainList.status.${domain.status}`)}
          </span>
        </td>
        <td {...slot('actions')}>
          <div className="mk-DomainList-actionGroup">
            {needsVerification ? (
              <RowAction
                variant="ghost"
                aria-expanded={open}
                aria-controls={open ? panelId : undefined}
                label={t('domainList.actions.showRecord', { domain: domain.domain })}
                onClick={() => {
                  props.onTogglePanel(domain.id)
                }}
              >
                {t('domainList.actions.showRecordShort')}
              </RowAction>
            ) : null}
            {rowActions
              .filter((action) => action.shown)
              .map((action) => (
                <RowAction
                  key={action.name}
                  danger={action.name === 'delete'}
                  label={t(`domainList.actions.${action.name}`, { domain: domain.domain })}
                  onClick={action.run}
                >
                  {t(`domainList.actions.${action.name}Short`)}
                </RowAction>
              ))}
          </div>
        </td>
      </tr>
      {open ? (
        <tr className="mk-DomainList-panelRow">
          <td colSpan={3} id={panelId}>
            <VerificationPanel
              domain={domain}
              startToken={panelToken}
              onClose={() => {
                props.onTogglePanel(domain.id)
              }}
            />
          </td>
        </tr>
      ) : null}
    </>
  )
})
