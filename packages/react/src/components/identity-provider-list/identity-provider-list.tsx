'use client'

import { type ReactNode, useState } from 'react'

import { useIdentityProviders } from '../../api/identity-providers.queries.ts'
import { ComponentFrame } from '../../kit/component-frame.tsx'
import { QueryContent } from '../../kit/query-content.tsx'
import { useMyOrgComponent } from '../../kit/use-my-org-component.ts'
import { useReportOnce } from '../../kit/use-report-once.ts'
import { LiveRegion } from '../../ui/live-region.tsx'
import { identityProviderListMessages } from './identity-provider-list.messages.ts'
import type {
  IdentityProviderListAction,
  IdentityProviderListProps,
} from './identity-provider-list.props.ts'
import type { IdentityProviderListSlot } from './identity-provider-list.slots.ts'
import { ListContextProvider } from './list-context.ts'
import { ProviderList } from './provider-list.tsx'
import { ProviderPanelRegion } from './provider-panel.tsx'
import { useProviderPanel } from './use-provider-panel.ts'

export type { IdentityProviderListAction, IdentityProviderListProps }

/** This component's US English texts: the base its locale bundle and overrides apply to. */
const ownTexts = { identityProviderList: identityProviderListMessages }

/**
 * Lets a customer admin manage the organization's SSO connections: see each provider (type,
 * state, linked domains, SCIM status when expanded), switch it on or off (optimistic, rolled
 * back on error), edit it, refresh its attribute mapping (with what changed), link or unlink
 * verified domains (paced, with progress and per-domain failures), manage SCIM provisioning,
 * remove it from the organization or delete it (typed confirmation, honouring the tenant's
 * `connection_deletion_behavior`). Each action shows only when the provider's access level and
 * the token's scopes allow it, and the missing ones are explained.
 *
 * @example
 * ```tsx
 * <MyOrgProvider domain="acme.eu.auth0.com">
 *   <IdentityProviderList
 *     onAddIdentityProvider={() => navigate('/single-sign-on/new')}
 *     onError={(error, { action }) => reportError(error, { action })}
 *   />
 * </MyOrgProvider>
 * ```
 */
export function IdentityProviderList(props: IdentityProviderListProps): ReactNode {
  const { ref, ...host } = props
  const kit = useMyOrgComponent<IdentityProviderListSlot, IdentityProviderListAction>(
    'IdentityProviderList',
    host,
    { texts: ownTexts, read: 'listIdentityProviders', noAccess: 'identityProviderList' },
  )
  const { t } = kit
  const list = useIdentityProviders({ enabled: kit.canRead })
  useReportOnce(kit.reportError, list.error, 'load')
  // Providers left out for breaking the contract: the others are listed, this is reported once.
  useReportOnce(kit.reportError, list.data?.skipped?.error, 'load')
  const { current, open, close, bodyRef, headingRef } = useProviderPanel()
  const [announcement, announce] = useState('')
  const context = {
    host,
    readOnly: host.readOnly ?? false,
    openPanel: open,
    announce,
    focusTitle: () => {
      const root = bodyRef.current?.getRootNode()
      if (root instanceof Document || root instanceof ShadowRoot) {
        root.getElementById(kit.titleId)?.focus()
      }
    },
  }

  return (
    <ComponentFrame
      kit={kit}
      rootRef={ref}
      title={t('identityProviderList.title')}
      description={t('identityProviderList.description')}
      busy={kit.canRead && list.isPending}
    >
      {() => (
        <ListContextProvider value={context}>
          <div ref={bodyRef} hidden={current !== null} className="mk-IdentityProviderList-body">
            <QueryContent query={list} loading={t('identityProviderList.loading')}>
              {(providers) => <ProviderList providers={providers} />}
            </QueryContent>
          </div>
          {current ? (
            <ProviderPanelRegion current={current} headingRef={headingRef} onClose={close} />
          ) : null}
          <LiveRegion message={announcement} />
        </ListContextProvider>
      )}
    </ComponentFrame>
  )
}
