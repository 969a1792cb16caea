import type { ProvisioningConfig, ScimToken } from '@myorg-kit/client'
import type { Ref } from 'react'

import type { DeepPartial, MyOrgMessages } from '../../i18n/types.ts'
import type { CommonComponentProps } from '../../kit/use-my-org-component.ts'
import type { ScimTokenManagerSlot } from './scim-token-manager.slots.ts'

/** What the manager was doing when an error happened (`render`: a bug while rendering). */
export type ScimTokenManagerAction =
  | 'load'
  | 'render'
  | 'enableProvisioning'
  | 'disableProvisioning'
  | 'refreshAttributes'
  | 'loadTokens'
  | 'createToken'
  | 'revokeToken'

/** Props of {@link ScimTokenManager}. */
export interface ScimTokenManagerProps extends CommonComponentProps<
  ScimTokenManagerSlot,
  ScimTokenManagerAction
> {
  /** The identity provider (connection) id, `con_…`. */
  identityProviderId: string
  /**
   * Show provisioning and tokens without any action (enable, refresh, disable, create, revoke),
   * whatever the user's permissions. Actions are also hidden, with a one-line reason, when the
   * token lacks their scope or the provider is not fully managed by the organization.
   * @default false
   */
  readOnly?: boolean
  /**
   * The SCIM endpoint URL the customer's identity provider must call. The API does not return
   * it; by default it is built from the provider's domain as Auth0 documents it.
   * @default `https://{domain}/scim/v2/connections/{identityProviderId}/`
   */
  scimEndpointUrl?: string
  /**
   * Fires after provisioning was switched on, with the new configuration.
   * @default undefined
   */
  onProvisioningEnabled?: (config: ProvisioningConfig) => void
  /**
   * Fires after provisioning was switched off (its tokens are gone too).
   * @default undefined
   */
  onProvisioningDisabled?: () => void
  /**
   * Fires after a token was created, with its metadata only (id, creation and expiry dates,
   * scopes): never the secret, which only the show-once dialog ever holds.
   * @default undefined
   */
  onTokenCreated?: (token: ScimToken) => void
  /**
   * Fires after a token was revoked, with its id.
   * @default undefined
   */
  onTokenRevoked?: (tokenId: string) => void
  /**
   * Fires on every failure the manager shows, with what it was doing. The manager explains the
   * error itself; use this to log it. Errors never contain a token.
   * @default undefined
   */
  onError?: (error: Error, context: { action: ScimTokenManagerAction }) => void
  /**
   * Text overrides for this instance, over the provider's `messages` (the manager's texts are
   * under `scimTokenManager`).
   * @default undefined
   */
  messages?: DeepPartial<MyOrgMessages>
  /** Per-slot classes; see {@link ScimTokenManagerSlot}. @default undefined */
  classNames?: Partial<Record<ScimTokenManagerSlot, string>>
  /** The root `<section>` element. @default undefined */
  ref?: Ref<HTMLElement>
}
