import type { IdentityProvider } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import type { CommonComponentProps } from '../../kit/use-my-org-component.ts'
import type { AttributeMappingDiff } from './attribute-diff.ts'
import type { DomainChangeSummary } from './domains-editor.tsx'
import type { IdentityProviderListSlot } from './identity-provider-list.slots.ts'

/** What the list was doing when an error happened (`render`: a rendering error it caught). */
export type IdentityProviderListAction =
  | 'load'
  | 'render'
  | 'toggle'
  | 'delete'
  | 'detach'
  | 'refreshAttributes'
  | 'linkDomain'
  | 'unlinkDomain'
  | 'loadProvisioning'

type CommonProps = CommonComponentProps<IdentityProviderListSlot, IdentityProviderListAction>

/** Props of {@link IdentityProviderList}. */
export interface IdentityProviderListProps extends CommonProps {
  /**
   * "Add identity provider" calls this instead of opening the IdpWizard in place (e.g. to route
   * to a page of its own).
   * @default undefined (the wizard opens in place)
   */
  onAddIdentityProvider?: () => void
  /**
   * "Edit" calls this with the provider instead of opening the IdpWizard in place.
   * @default undefined (the wizard opens in place, in edit mode)
   */
  onEditIdentityProvider?: (idp: IdentityProvider) => void
  /**
   * "Manage provisioning" calls this with the provider instead of opening the ScimTokenManager
   * in place.
   * @default undefined (the SCIM manager opens in place)
   */
  onManageProvisioning?: (idp: IdentityProvider) => void
  /**
   * Fires after a provider was added through the in-place wizard.
   * @default undefined
   */
  onIdentityProviderCreated?: (idp: IdentityProvider) => void
  /**
   * Fires after a provider changed: switched on or off, edited in place, attributes refreshed.
   * @default undefined
   */
  onIdentityProviderUpdated?: (idp: IdentityProvider) => void
  /**
   * Fires after a provider was deleted (the connection itself), with its id.
   * @default undefined
   */
  onIdentityProviderDeleted?: (idpId: string) => void
  /**
   * Fires after a provider was removed from the organization (detached), with its id.
   * @default undefined
   */
  onIdentityProviderDetached?: (idpId: string) => void
  /**
   * Fires after a refresh of a provider's attribute mapping, with what changed.
   * @default undefined
   */
  onAttributeMappingRefreshed?: (idp: IdentityProvider, diff: AttributeMappingDiff) => void
  /**
   * Fires after a batch of domain links/unlinks, with what was applied and what failed.
   * @default undefined
   */
  onIdentityProviderDomainsChanged?: (idpId: string, summary: DomainChangeSummary) => void
  /**
   * Fires on every failure the list shows, with what it was doing and, for a failure about one
   * provider, its id. The list explains the error itself; use this to log it.
   * @default undefined
   */
  onError?: (
    error: Error,
    context: { action: IdentityProviderListAction; identityProviderId?: string },
  ) => void
  /**
   * Show the providers without any action, whatever the user's permissions.
   * @default false
   */
  readOnly?: boolean
  /**
   * What to show when the organization has no provider yet, instead of the built-in text.
   * @default undefined
   */
  emptyState?: ReactNode
  /**
   * Heading level of the list's title, to fit the page outline (providers get the next level).
   * @default 2
   */
  headingLevel?: CommonProps['headingLevel']
  /**
   * Text overrides for this instance, over the provider's `messages` (the list's texts are under
   * `identityProviderList`).
   * @default undefined
   */
  messages?: CommonProps['messages']
  /** The root `<section>` element. @default undefined */
  ref?: CommonProps['ref']
}
