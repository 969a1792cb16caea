'use client'

import { Fragment, type ReactNode, useCallback, useRef, useState } from 'react'

import { ComponentFrame } from '../../kit/component-frame.tsx'
import { ErrorNotice } from '../../kit/error-notice.tsx'
import { useMyOrgComponent } from '../../kit/use-my-org-component.ts'
import { HiddenCharactersFlag } from '../../ui/api-text.tsx'
import { LiveRegion } from '../../ui/live-region.tsx'
import { Skeleton } from '../../ui/loading.tsx'
import { Badge } from './badge.tsx'
import { focusLater } from '../../ui/focus-later.ts'
import { NotSetUpView } from './not-set-up-view.tsx'
import type { ScimTarget } from './scim-scope.ts'
import { scimTokenManagerMessages } from './scim-token-manager.messages.ts'
import type { ScimTokenManagerAction, ScimTokenManagerProps } from './scim-token-manager.props.ts'
import type { ScimTokenManagerSlot } from './scim-token-manager.slots.ts'
import { SetUpView } from './set-up-view.tsx'
import { useScimProvider } from './use-scim-provider.ts'

/** This component's US English texts: the base its locale bundle and overrides apply to. */
const ownTexts = { scimTokenManager: scimTokenManagerMessages }

/**
 * SCIM provisioning of one identity provider and its bearer tokens: switch provisioning on
 * (with a confirmation), copy the SCIM endpoint URL, read the attribute mapping, refresh it,
 * switch it off; list the tokens with their expiry, create one with a chosen lifetime and see its
 * secret exactly once in a dialog that cannot be dismissed by accident, rotate an expiring token
 * with an inline guide, revoke tokens. Each action is hidden, with the permission it needs
 * named, when the access token lacks its scope.
 *
 * @example
 * ```tsx
 * <MyOrgProvider domain="acme.eu.auth0.com">
 *   <ScimTokenManager
 *     identityProviderId="con_2CXLh0ShsVOtZpLA"
 *     onTokenCreated={(token) => audit('scim token created', token.token_id)}
 *   />
 * </MyOrgProvider>
 * ```
 */
export function ScimTokenManager(props: ScimTokenManagerProps): ReactNode {
  const { identityProviderId: id, readOnly = false, scimEndpointUrl, ref, ...rest } = props
  const kit = useMyOrgComponent<ScimTokenManagerSlot, ScimTokenManagerAction>(
    'ScimTokenManager',
    rest,
    { texts: ownTexts, read: 'getProvisioning', noAccess: 'scimTokenManager' },
  )
  const { t } = kit
  const provider = useScimProvider(kit, { id, readOnly, scimEndpointUrl })
  const { provisioning, notFound, loading } = provider
  const titleRef = useRef<HTMLHeadingElement>(null)
  const [announcement, setAnnouncement] = useState('')
  // The view under the title changes (on ↔ not set up): say so and keep focus nearby.
  const announceAndFocus = useCallback((text: string) => {
    setAnnouncement(text)
    focusLater(() => titleRef.current)
  }, [])
  const { name } = provider.target
  const target: ScimTarget = { ...provider.target, announceAndFocus }
  // The configuration once one of the two views shows (`null`: not set up), else `undefined`.
  const shown = kit.permissions.status === 'ready' && kit.canRead && !notFound && !loading
  const config = shown && !provisioning.error ? (provisioning.data ?? null) : undefined

  function content(): ReactNode {
    if (notFound) {
      return (
        <div {...kit.slot('notice', 'mk-alert')} role="note">
          <p className="mk-alert-title">{t('scimTokenManager.notFound.title')}</p>
          <p className="mk-alert-description">{t('scimTokenManager.notFound.description')}</p>
        </div>
      )
    }
    if (loading) {
      const slot = kit.slot('notice', 'mk-ScimTokenManager-loading')
      return <Skeleton slot={slot} label={t('scimTokenManager.loading')} rows={3} />
    }
    if (config === undefined) {
      return <ErrorNotice error={provisioning.error} onRetry={() => void provisioning.refetch()} />
    }
    return config ? (
      <SetUpView
        target={target}
        config={config}
        onProvisioningDisabled={rest.onProvisioningDisabled}
        onTokenCreated={rest.onTokenCreated}
        onTokenRevoked={rest.onTokenRevoked}
      />
    ) : (
      <NotSetUpView target={target} onProvisioningEnabled={rest.onProvisioningEnabled} />
    )
  }

  return (
    <ComponentFrame
      kit={kit}
      rootRef={ref}
      titleRef={titleRef}
      title={name === id ? t('scimTokenManager.title') : t('scimTokenManager.titleFor', { name })}
      description={t('scimTokenManager.description')}
      busy={loading}
      headerExtra={
        <>
          <HiddenCharactersFlag value={name} />
          {config === undefined ? null : (
            <Badge variant={config ? 'success' : undefined}>
              {config ? t('scimTokenManager.setUp.badge') : t('scimTokenManager.notSetUp.badge')}
            </Badge>
          )}
        </>
      }
    >
      {() => (
        <>
          {/* Keyed by provider: switching providers never carries a dialog or form state across. */}
          <Fragment key={id}>{content()}</Fragment>
          <LiveRegion message={announcement} />
        </>
      )}
    </ComponentFrame>
  )
}
