export { IdentityProviderList } from './identity-provider-list.tsx'
export type {
  IdentityProviderListProps,
  IdentityProviderListAction,
} from './identity-provider-list.props.ts'
export type { IdentityProviderListSlot } from './identity-provider-list.slots.ts'
export type { IdentityProviderListMessages } from './identity-provider-list.messages.ts'
export type { IdentityProviderListPanel } from './panel-content.tsx'
export type { AttributeMappingDiff } from './attribute-diff.ts'
export type { DomainChangeSummary } from './domains-editor.tsx'
