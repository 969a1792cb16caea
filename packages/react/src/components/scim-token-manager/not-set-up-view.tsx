'use client'

import type { IdpStrategy, ProvisioningConfig } from '@myorg-kit/client'
import { type ReactNode, useState } from 'react'

import { useIdentityProvidersConfiguration } from '../../api/organization.queries.ts'
import { LazyBoundary } from '../../kit/lazy-boundary.tsx'
import { lazyPart, usePreloadParts } from '../../kit/lazy-part.ts'
import { AccessNote } from '../../kit/missing-actions.tsx'
import { supportsScimProvisioning } from '../../lib/identity-provider.ts'
import { Button } from '../../ui/button.tsx'
import { type ScimTarget, useScimScope } from './scim-scope.ts'
import { MissingPermissions } from './missing-permissions.tsx'

/** The key of each strategy's name under `scimTokenManager.strategies`. */
const strategyMessageKey = {
  adfs: 'adfs',
  'google-apps': 'googleApps',
  oidc: 'oidc',
  okta: 'okta',
  pingfederate: 'pingfederate',
  samlp: 'samlp',
  waad: 'waad',
} as const satisfies Record<IdpStrategy, string>

// Opened only by "Enable SCIM provisioning": loaded then, preloaded when the admin may press it.
const enableDialog = lazyPart(
  () => import('./provisioning-dialogs.tsx'),
  'EnableProvisioningDialog',
)

/** Props of {@link NotSetUpView}. */
export interface NotSetUpViewProps {
  target: ScimTarget
  onProvisioningEnabled: ((config: ProvisioningConfig) => void) | undefined
}

/** Provisioning is off: why, and "Enable SCIM provisioning" when allowed and supported. */
export function NotSetUpView(props: NotSetUpViewProps): ReactNode {
  const { t, slot, can } = useScimScope()
  const { target } = props
  const { name, strategy } = target
  const configuration = useIdentityProvidersConfiguration({
    enabled: can('getIdentityProvidersConfiguration'),
  })
  const [confirming, setConfirming] = useState(false)
  const canEnable = !target.readOnly && can('createProvisioning')
  usePreloadParts(canEnable && enableDialog)

  if (strategy !== undefined && supportsScimProvisioning(configuration.data, strategy) === false) {
    return (
      <div {...slot('setup')}>
        <p className="mk-alert" data-variant="warning" role="note">
          <span className="mk-alert-description">
            {t('scimTokenManager.notSetUp.unsupported', {
              strategy: t(`scimTokenManager.strategies.${strategyMessageKey[strategy]}`),
              name,
            })}
          </span>
        </p>
      </div>
    )
  }
  return (
    <div {...slot('setup')}>
      <p className="mk-description">
        {canEnable
          ? t('scimTokenManager.notSetUp.description', { name })
          : t('scimTokenManager.notSetUp.readOnly', { name })}
      </p>
      <AccessNote className="mk-ScimTokenManager-permissions">{target.accessNote}</AccessNote>
      <MissingPermissions
        target={target}
        actions={[[canEnable, 'scimTokenManager.permissions.enable']]}
      />
      {canEnable ? (
        <div className="mk-ScimTokenManager-buttonRow">
          <Button
            variant="primary"
            onClick={() => {
              setConfirming(true)
            }}
          >
            {t('scimTokenManager.notSetUp.enable')}
          </Button>
        </div>
      ) : null}
      <LazyBoundary>
        {confirming ? (
          <enableDialog.Part
            target={target}
            onClose={() => {
              setConfirming(false)
            }}
            onEnabled={props.onProvisioningEnabled}
          />
        ) : null}
      </LazyBoundary>
    </div>
  )
}
