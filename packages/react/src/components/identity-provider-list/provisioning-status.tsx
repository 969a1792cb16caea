'use client'

import type { IdentityProvider } from '@myorg-kit/client'
import { type ReactNode, useCallback } from 'react'

import { useIdentityProvidersConfiguration } from '../../api/organization.queries.ts'
import { useProvisioning } from '../../api/provisioning.queries.ts'
import { describeError } from '../../i18n/describe-error.ts'
import { useReportOnce } from '../../kit/use-report-once.ts'
import { supportsScimProvisioning } from '../../lib/identity-provider.ts'
import type { IdentityProviderListAction } from './identity-provider-list.props.ts'
import { useListScope } from './list-context.ts'

/**
 * SCIM status of a provider, fetched only once its details are open. Strategies without SCIM
 * (per the Connection Profile, read once for all rows) are not asked; without the profile the
 * provider itself is.
 */
export function ProvisioningStatus(props: { idp: IdentityProvider }): ReactNode {
  const { idp } = props
  const { t, translator, can, reportError } = useListScope()
  const canReadConfig = can('getIdentityProvidersConfiguration')
  const canReadProvisioning = can('getProvisioning')
  const config = useIdentityProvidersConfiguration({
    enabled: canReadConfig && canReadProvisioning,
    staleTime: Number.POSITIVE_INFINITY,
  })
  const supported = supportsScimProvisioning(config.data, idp.strategy)
  const configSettled = !canReadConfig || config.data !== undefined || config.isError
  const provisioning = useProvisioning(idp.id ?? '', {
    enabled: Boolean(idp.id) && canReadProvisioning && configSettled && supported !== false,
  })
  const report = useCallback(
    (error: unknown, action: IdentityProviderListAction) => {
      reportError(error, action, idp.id ? { identityProviderId: idp.id } : undefined)
    },
    [reportError, idp.id],
  )
  useReportOnce(report, provisioning.error, 'loadProvisioning')

  if (!canReadProvisioning) {
    return (
      <span className="mk-description">{t('identityProviderList.provisioning.noPermission')}</span>
    )
  }
  if (supported === false) {
    return (
      <span className="mk-description">{t('identityProviderList.provisioning.unavailable')}</span>
    )
  }
  if (provisioning.data !== undefined) {
    const on = provisioning.data?.method === 'scim'
    return (
      <span className="mk-badge" data-variant={on ? 'success' : undefined}>
        {on
          ? t('identityProviderList.provisioning.on')
          : t('identityProviderList.provisioning.off')}
      </span>
    )
  }
  if (provisioning.error) {
    return (
      <span className="mk-field-error">
        {t('identityProviderList.provisioning.failed', {
          reason: describeError(provisioning.error, translator).title,
        })}
      </span>
    )
  }
  return (
    <span className="mk-description" role="status">
      {t('identityProviderList.provisioning.checking')}
    </span>
  )
}
