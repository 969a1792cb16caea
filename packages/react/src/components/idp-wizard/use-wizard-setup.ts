'use client'

import type { IdentityProvider, IdpStrategy } from '@myorg-kit/client'
import { useMemo } from 'react'

import { useIdentityProvider } from '../../api/identity-providers.queries.ts'
import {
  useIdentityProvidersConfiguration,
  useOrgConfiguration,
} from '../../api/organization.queries.ts'
import { availableStrategies } from './strategies.ts'
import type { IdpWizardFlags } from './wizard-values.ts'

/** What the wizard may do, from the token's permissions. */
export interface WizardAccess {
  mode: 'create' | 'edit'
  identityProviderId: string | undefined
  /** Create (or update and read) identity providers. */
  canAct: boolean
  /** Read `GET /config` and the Connection Profile. */
  canReadConfig: boolean
  /** The permissions are still being worked out. */
  permissionsLoading: boolean
}

/** What the wizard loads before its form: the allowed strategies, the flags, the provider. */
export interface WizardSetup {
  /** Loading: only what is enabled counts (a disabled query stays `pending` forever). */
  pending: boolean
  error: Error | null
  retry: () => void
  strategies: readonly IdpStrategy[]
  flags: IdpWizardFlags
  /** The provider being edited, once loaded. */
  idp: IdentityProvider | undefined
}

/**
 * Loads what the form needs: `GET /config` (create: the allowed strategies), the Connection
 * Profile (strategies and flags) and, in edit mode, the provider. Nothing loads without the
 * permission to act, and then nothing counts as loading.
 */
export function useWizardSetup(access: WizardAccess): WizardSetup {
  const { mode, canAct, canReadConfig } = access
  const loadsConfig = canAct && canReadConfig && mode === 'create'
  const loadsProfile = canAct && canReadConfig
  const loadsIdp = canAct && mode === 'edit'
  const config = useOrgConfiguration({ enabled: loadsConfig })
  const profile = useIdentityProvidersConfiguration({ enabled: loadsProfile })
  const idp = useIdentityProvider(access.identityProviderId ?? '', { enabled: loadsIdp })
  const configData = canReadConfig ? config.data : null
  const profileData = canReadConfig ? profile.data : null
  const strategies = useMemo(
    () => availableStrategies(configData, profileData),
    [configData, profileData],
  )
  const organization = profileData?.organization
  return {
    pending:
      access.permissionsLoading ||
      (loadsConfig && config.isPending) ||
      (loadsProfile && profile.isPending) ||
      (loadsIdp && idp.isPending),
    error:
      (loadsConfig ? config.error : null) ??
      (loadsProfile ? profile.error : null) ??
      (loadsIdp ? idp.error : null),
    retry: () => {
      if (loadsConfig) {
        void config.refetch()
      }
      if (loadsProfile) {
        void profile.refetch()
      }
      if (loadsIdp) {
        void idp.refetch()
      }
    },
    strategies,
    flags: {
      canSetShowAsButton: organization?.can_set_show_as_button ?? false,
      canSetAssignMembership: organization?.can_set_assign_membership_on_login ?? false,
    },
    idp: mode === 'edit' ? idp.data : undefined,
  }
}
