'use client'

import type { ScimToken } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import { ListTable } from '../../ui/list-table.tsx'
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
    <ListTable
      caption={t('scimTokenManager.tokens.caption', { name: props.name })}
      columns={[
        t('scimTokenManager.tokens.columns.token'),
        t('scimTokenManager.tokens.columns.created'),
        t('scimTokenManager.tokens.columns.expires'),
        t('scimTokenManager.tokens.columns.status'),
      ]}
      actions={canRevoke ? t('scimTokenManager.tokens.columns.actions') : undefined}
    >
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
    </ListTable>
  )
}
