'use client'

import type { ProvisioningConfig, ScimToken } from '@myorg-kit/client'
import { type ReactNode, useState } from 'react'

import { useScimTokens } from '../../api/scim-tokens.queries.ts'
import { LazyBoundary } from '../../kit/lazy-boundary.tsx'
import { lazyPart, usePreloadParts } from '../../kit/lazy-part.ts'
import { AccessNote } from '../../kit/missing-actions.tsx'
import { Button } from '../../ui/button.tsx'
import { LiveRegion } from '../../ui/live-region.tsx'
import { AttributeMappingTable } from './attribute-mapping-table.tsx'
import { ProvisioningFacts } from './provisioning-facts.tsx'
import { type ScimTarget, useScimScope } from './scim-scope.ts'
import { TokensSection } from './tokens-section.tsx'
import { MissingPermissions } from './missing-permissions.tsx'

// Opened only by their buttons: loaded then, preloaded when the admin may press them.
const refreshDialog = lazyPart(() => import('./provisioning-dialogs.tsx'), 'RefreshMappingDialog')
const disableDialog = lazyPart(
  () => import('./provisioning-dialogs.tsx'),
  'DisableProvisioningDialog',
)

/** Props of {@link SetUpView}. */
export interface SetUpViewProps {
  target: ScimTarget
  config: ProvisioningConfig
  onProvisioningDisabled: (() => void) | undefined
  onTokenCreated: ((token: ScimToken) => void) | undefined
  onTokenRevoked: ((tokenId: string) => void) | undefined
}

/** Provisioning is on: endpoint, mapping, refresh/disable, and the tokens. */
export function SetUpView(props: SetUpViewProps): ReactNode {
  const { t, slot, can } = useScimScope()
  const { target, config } = props
  const canRefresh = !target.readOnly && can('refreshProvisioningAttributes')
  const canDisable = !target.readOnly && can('deleteProvisioning')
  const canListTokens = can('listScimTokens')
  const tokens = useScimTokens(target.id, { enabled: canListTokens })
  usePreloadParts(canRefresh && refreshDialog, canDisable && disableDialog)
  const [dialog, setDialog] = useState<'refresh' | 'disable' | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const close = (): void => {
    setDialog(null)
  }

  return (
    <>
      <ProvisioningFacts name={target.name} endpointUrl={target.endpointUrl} config={config} />
      <AttributeMappingTable name={target.name} attributes={config.attributes} />
      <AccessNote className="mk-ScimTokenManager-permissions">{target.accessNote}</AccessNote>
      <MissingPermissions
        target={target}
        actions={[
          [canRefresh, 'scimTokenManager.permissions.refresh'],
          [canDisable, 'scimTokenManager.permissions.disable'],
        ]}
      />
      {canRefresh || canDisable ? (
        <div {...slot('actions')}>
          {canRefresh ? (
            <Button
              onClick={() => {
                setDialog('refresh')
              }}
            >
              {t('scimTokenManager.setUp.refresh')}
            </Button>
          ) : null}
          {canDisable ? (
            <Button
              variant="ghost"
              data-danger=""
              onClick={() => {
                setDialog('disable')
              }}
            >
              {t('scimTokenManager.setUp.disable')}
            </Button>
          ) : null}
        </div>
      ) : null}
      <LiveRegion message={announcement} />
      <TokensSection {...props} tokens={tokens} canList={canListTokens} />
      <LazyBoundary>
        {dialog === 'refresh' ? (
          <refreshDialog.Part
            idpId={target.id}
            onCancel={close}
            onRefreshed={() => {
              close()
              setAnnouncement(t('scimTokenManager.setUp.refreshed'))
            }}
          />
        ) : null}
        {dialog === 'disable' ? (
          <disableDialog.Part
            target={target}
            tokenCount={canListTokens ? (tokens.data?.length ?? 0) : undefined}
            onClose={close}
            onDisabled={props.onProvisioningDisabled}
          />
        ) : null}
      </LazyBoundary>
    </>
  )
}
