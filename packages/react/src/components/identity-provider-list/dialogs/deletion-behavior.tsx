'use client'

import type { ReactNode } from 'react'

import { useOrgConfiguration } from '../../../api/organization.queries.ts'
import { useScope } from '../../../kit/scope.tsx'
import { Spinner } from '../../../ui/loading.tsx'
import type { IdentityProviderListSlot } from '../identity-provider-list.slots.ts'

/**
 * What the tenant's `connection_deletion_behavior` means for this provider's users, read once
 * from `GET /config` (cached for the session; without the scope, both outcomes are named).
 */
export function DeletionBehavior(props: { name: string }): ReactNode {
  const { name } = props
  const { t, can } = useScope<IdentityProviderListSlot>()
  const canRead = can('getConfiguration')
  const config = useOrgConfiguration({ enabled: canRead, staleTime: Number.POSITIVE_INFINITY })
  const behavior = config.data?.connection_deletion_behavior
  if (canRead && config.isPending) {
    return (
      <p className="mk-description" role="status">
        <Spinner /> {t('identityProviderList.delete.checkingBehavior')}
      </p>
    )
  }
  if (behavior === 'allow_if_empty') {
    return (
      <p className="mk-description">{t('identityProviderList.delete.allowIfEmpty', { name })}</p>
    )
  }
  return (
    <p className="mk-alert" data-variant="warning">
      <span className="mk-alert-description">
        {behavior === 'allow'
          ? t('identityProviderList.delete.allow', { name })
          : t('identityProviderList.delete.unknownBehavior', { name })}
      </span>
    </p>
  )
}
