'use client'

import type { ReactNode } from 'react'

import { Badge } from './badge.tsx'
import { useScimScope } from './scim-scope.ts'
import type { TokenExpiry } from './token-lifetime.ts'

/** A token's state as a coloured badge: expired, expires in n days, active, no or unknown expiry. */
export function ExpiryBadge(props: { expiry: TokenExpiry }): ReactNode {
  const { t } = useScimScope()
  const { expiry } = props
  switch (expiry.kind) {
    case 'expired':
      return <Badge variant="danger">{t('scimTokenManager.tokens.expired')}</Badge>
    case 'expiring':
      return (
        <Badge variant="warning">
          {t('scimTokenManager.tokens.expiringSoon', { days: expiry.days })}
        </Badge>
      )
    case 'active':
      return <Badge variant="success">{t('scimTokenManager.tokens.active')}</Badge>
    case 'never':
      return <Badge>{t('scimTokenManager.tokens.noExpiry')}</Badge>
    case 'unknown':
      return <Badge variant="warning">{t('scimTokenManager.tokens.unknownExpiry')}</Badge>
    default:
      return expiry satisfies never
  }
}
