'use client'

import type { IdentityProvider } from '@myorg-kit/client'
import type { ReactNode } from 'react'

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

/**
 * The content of the in-place panel: the IdpWizard (create / edit) or the ScimTokenManager.
 * The list owns the region, its heading, "Back to identity providers" and focus.
 */
// INTEGRATION: replaced by <IdpWizard>/<ScimTokenManager> at merge
export function PanelContent(props: PanelContentProps): ReactNode {
  const { panel } = props
  // Temporary: the components live in other branches. No user-facing text here on purpose
  // (the integrator replaces this body), so it is an empty, labelled placeholder.
  return <div className="mk-IdentityProviderList-panelBody" data-panel-kind={panel.kind} />
}
