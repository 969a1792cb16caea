'use client'

import type { MyOrgCheckedList, ScimToken } from '@myorg-kit/client'
import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'

import { ErrorNotice } from '../../kit/error-notice.tsx'
import { Skeleton } from '../../ui/loading.tsx'
import { SkippedItems } from '../../ui/skipped-items.tsx'
import { useScimScope } from './scim-scope.ts'
import type { TokenWithExpiry } from './token-lifetime.ts'
import { TokenTable } from './token-table.tsx'

/** Props of {@link TokenList}. */
export interface TokenListProps {
  /** The provider's name. */
  name: string
  /** The token list query (held when `canList` is false). */
  query: UseQueryResult<MyOrgCheckedList<ScimToken>>
  /** The token may read the tokens. */
  canList: boolean
  /** The tokens with their expiry. */
  tokens: readonly TokenWithExpiry[]
  /** The empty state invites to create one. */
  canCreate: boolean
  canRevoke: boolean
  onRevoke: (token: ScimToken) => void
}

/**
 * The token list in each of its states, and a line for the tokens the API sent malformed (the
 * section reports those through `onError`).
 */
export function TokenList(props: TokenListProps): ReactNode {
  return (
    <>
      <TokenListState {...props} />
      <SkippedItems
        skipped={props.canList ? props.query.data?.skipped : undefined}
        className="mk-ScimTokenManager-skipped"
      />
    </>
  )
}

/** The token list in each of its states: not readable, loading, failed, empty, or the table. */
function TokenListState(props: TokenListProps): ReactNode {
  const { t, slot, levels } = useScimScope()
  const { query, name } = props
  if (!props.canList) {
    return (
      <p className="mk-ScimTokenManager-permissions">
        {t('scimTokenManager.permissions.tokensHidden')}
      </p>
    )
  }
  if (query.isPending) {
    return (
      <Skeleton
        slot={slot('notice', 'mk-ScimTokenManager-loading')}
        label={t('scimTokenManager.tokens.loading')}
        rows={2}
      />
    )
  }
  if (query.error) {
    return (
      <ErrorNotice
        error={query.error}
        onRetry={() => void query.refetch()}
        headingLevel={Math.min(levels.section + 1, 6) as 4 | 5 | 6}
      />
    )
  }
  if (props.tokens.length === 0) {
    return (
      <p className="mk-ScimTokenManager-empty">
        {props.canCreate
          ? t('scimTokenManager.tokens.empty', { name })
          : t('scimTokenManager.tokens.emptyReadOnly', { name })}
      </p>
    )
  }
  return <TokenTable {...props} />
}
