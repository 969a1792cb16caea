'use client'

import type { IdentityProvider } from '@myorg-kit/client'
import { type ReactNode, Suspense, lazy } from 'react'

import { useScope } from '../../kit/scope.tsx'

/** What the list shows in place of itself when no host callback takes the action. */
export type IdentityProviderListPanel =
  | { kind: 'create' }
  | { kind: 'edit'; idp: IdentityProvider }
  | { kind: 'provisioning'; idp: IdentityProvider }

/** Props of {@link PanelContent}. */
export interface PanelContentProps {
  panel: IdentityProviderListPanel
  /** The wizard created or updated a provider: the list refetches and closes the panel. */
  onDone: (idp?: IdentityProvider) => void
  /** The user left without a change. */
  onCancel: () => void
}

// Loaded when the panel first opens: a host that only lists providers, or that opens the wizard
// through its own callbacks, never downloads the wizard or the SCIM manager with the list.
const IdpWizard = /* @__PURE__ */ lazy(async () => ({
  default: (await import('../idp-wizard/idp-wizard.tsx')).IdpWizard,
}))
const ScimTokenManager = /* @__PURE__ */ lazy(async () => ({
  default: (await import('../scim-token-manager/scim-token-manager.tsx')).ScimTokenManager,
}))

/**
 * The content of the in-place panel: the IdpWizard (create / edit) or the ScimTokenManager, one
 * heading level below the panel's, with the list's texts and `unstyled`. The list owns the
 * region, its heading, "Back to identity providers" and focus.
 */
export function PanelContent(props: PanelContentProps): ReactNode {
  const { panel, onDone, onCancel } = props
  const { t, messages, unstyled, levels } = useScope()
  // The embedded components take levels up to 5.
  const headingLevel = Math.min(levels.section + 1, 5) as 3 | 4 | 5
  const shared = { headingLevel, messages, unstyled }
  return (
    <Suspense
      fallback={
        <p role="status" className="mk-IdentityProviderList-panelLoading">
          {t('common.status.loading')}
        </p>
      }
    >
      {panel.kind === 'create' ? (
        <IdpWizard {...shared} onIdentityProviderCreated={onDone} onCancel={onCancel} />
      ) : panel.kind === 'edit' ? (
        <IdpWizard
          {...shared}
          identityProviderId={panel.idp.id}
          onIdentityProviderUpdated={onDone}
          onCancel={onCancel}
        />
      ) : panel.idp.id ? (
        <ScimTokenManager {...shared} identityProviderId={panel.idp.id} />
      ) : null}
    </Suspense>
  )
}
