export { ScimTokenManager } from './scim-token-manager.tsx'
export {
  identityProvidersConfigurationKey,
  supportsScimProvisioning,
} from '../../lib/identity-provider.ts'
export type { ScimTokenManagerProps, ScimTokenManagerAction } from './scim-token-manager.props.ts'
export type { ScimTokenManagerSlot } from './scim-token-manager.slots.ts'
export type { ScimTokenManagerMessages } from './scim-token-manager.messages.ts'
export type { TokenLifetimeChoice, TokenLifetimeValues } from './token-lifetime.ts'
