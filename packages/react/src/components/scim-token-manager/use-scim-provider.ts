'use client'

import { MyOrgApiError, type ProvisioningConfig } from '@myorg-kit/client'
import type { UseQueryResult } from '@tanstack/react-query'

import { useIdentityProvider } from '../../api/identity-providers.queries.ts'
import { useProvisioning } from '../../api/provisioning.queries.ts'
import type { ComponentKit } from '../../kit/use-my-org-component.ts'
import { useReportOnce } from '../../kit/use-report-once.ts'
import { displayNameOf } from '../../lib/identity-provider.ts'
import { requireTenantOrigin, useMyOrgReady } from '../../provider/my-org-context.ts'
import type { ScimTarget } from './scim-scope.ts'
import type { ScimTokenManagerAction } from './scim-token-manager.props.ts'
import type { ScimTokenManagerSlot } from './scim-token-manager.slots.ts'

/** Options of {@link useScimProvider}: the manager's props that describe the provider. */
export interface ScimProviderOptions {
  id: string
  /** The `readOnly` prop. */
  readOnly: boolean
  /** The `scimEndpointUrl` prop. */
  scimEndpointUrl: string | undefined
}

/** What the manager knows of its identity provider. */
export interface ScimProvider {
  /** Its provisioning: `data` is `null` when it is not set up. */
  provisioning: UseQueryResult<ProvisioningConfig | null>
  /** The provider does not exist (404). */
  notFound: boolean
  /** Something the first view needs is still loading. */
  loading: boolean
  /** The provider as the views need it (its name is its id until it is known). */
  target: Omit<ScimTarget, 'announceAndFocus'>
}

/** Reads the provider and its provisioning (reporting a load failure once). */
export function useScimProvider(
  kit: ComponentKit<ScimTokenManagerSlot, ScimTokenManagerAction>,
  options: ScimProviderOptions,
): ScimProvider {
  const { id, readOnly } = options
  const myOrg = useMyOrgReady()
  const provider = useIdentityProvider(id, {
    enabled: kit.canRead && kit.can('getIdentityProvider'),
  })
  const provisioning = useProvisioning(id, { enabled: kit.canRead })
  useReportOnce(kit.reportError, provisioning.error, 'load')
  // Mapping rows left out for breaking the contract: the others are shown, this is reported once.
  useReportOnce(kit.reportError, provisioning.data?.attributes.skipped?.error, 'load')
  const name = displayNameOf({
    display_name: provider.data?.display_name,
    name: provider.data?.name ?? provisioning.data?.identity_provider_name,
    id,
  })
  // Known once the session is (proxy mode may learn it from the session endpoint).
  const tenantOrigin = myOrg.ready ? requireTenantOrigin(myOrg) : myOrg.tenantOrigin
  const fullyManaged = (provider.data?.access_level ?? 'full') === 'full'
  return {
    provisioning,
    notFound: provider.error instanceof MyOrgApiError && provider.error.status === 404,
    loading:
      kit.permissions.status === 'loading' ||
      (kit.canRead &&
        (provisioning.isPending || (provider.isPending && provider.fetchStatus !== 'idle'))),
    target: {
      id,
      name,
      strategy: provider.data?.strategy ?? provisioning.data?.strategy,
      endpointUrl:
        options.scimEndpointUrl ??
        (tenantOrigin === undefined
          ? ''
          : `${tenantOrigin}/scim/v2/connections/${encodeURIComponent(id)}/`),
      readOnly: readOnly || !fullyManaged,
      accessNote:
        !readOnly && !fullyManaged
          ? kit.t('scimTokenManager.permissions.accessLevel', { name })
          : null,
    },
  }
}
