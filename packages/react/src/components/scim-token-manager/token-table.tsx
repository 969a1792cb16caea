'use client'

import type { ScimToken } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import { RowAction } from '../../ui/row-action.tsx'
import { formatApiDate } from './api-date.ts'
import { ExpiryBadge } from './expiry-badge.tsx'
import { useScimScope } from './scim-scope.ts'
import type { TokenWithExpiry } from './token-lifetime.ts'
import { ApiText } from '../../ui/api-text.tsx'

/** Props of {@link TokenTable}. */
export interface TokenTableProps {
  /** The provider's name (the table's caption). */
  name: string
  tokens: readonly TokenWithExpiry[]
  /** Show a Revoke button per row. */
  canRevoke: boolean
  /** Asks to revoke `token`. */
  onRevoke: (token: ScimToken) => void
}

/** The tokens: id, creation and expiry dates, a status badge, and Revoke. */
export function TokenTable(props: TokenTableProps): ReactNode {
  const { t, translator, slot } = useScimScope()
  const { canRevoke } = props
  return (
    <div className="mk-ScimTokenManager-scroll">
      <table {...slot('table', 'mk-table')}>
        <caption className="mk-visually-hidden">
          {t('scimTokenManager.tokens.caption', { name: props.name })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('scimTokenManager.tokens.columns.token')}</th>
            <th scope="col">{t('scimTokenManager.tokens.columns.created')}</th>
            <th scope="col">{t('scimTokenManager.tokens.columns.expires')}</th>
            <th scope="col">{t('scimTokenManager.tokens.columns.status')}</th>
            {canRevoke ? (
              <th scope="col">
                <span className="mk-visually-hidden">
                  {t('scimTokenManager.tokens.columns.actions')}
                </span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {props.tokens.map(({ token, expiry }) => (
            <tr {...slot('row')} key={token.token_id} data-expiry={expiry.kind}>
              <th scope="row">
                <ApiText code value={token.token_id} />
              </th>
              <td data-label={t('scimTokenManager.tokens.columns.created')}>
                {formatApiDate(translator, token.created_at)}
              </td>
              <td data-label={t('scimTokenManager.tokens.columns.expires')}>
                {token.valid_until
                  ? formatApiDate(translator, token.valid_until)
                  : t('scimTokenManager.tokens.never')}
              </td>
              <td {...slot('status')}>
                <ExpiryBadge expiry={expiry} />
              </td>
              {canRevoke ? (
                <td className="mk-ScimTokenManager-rowActions">
                  <RowAction
                    danger
                    label={t('scimTokenManager.tokens.revoke', { tokenId: token.token_id })}
                    onClick={() => {
                      props.onRevoke(token)
                    }}
                  >
                    {t('scimTokenManager.tokens.revokeShort')}
                  </RowAction>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
