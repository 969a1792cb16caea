import type { IdpStrategy } from '@myorg-kit/client'

import { type ComponentScope, useScope } from '../../kit/scope.tsx'
import type { ScimTokenManagerAction } from './scim-token-manager.props.ts'
import type { ScimTokenManagerSlot } from './scim-token-manager.slots.ts'

/** The scope of a `ScimTokenManager` part: its texts, slots and error reporter. */
export function useScimScope(): ComponentScope<ScimTokenManagerSlot, ScimTokenManagerAction> {
  return useScope<ScimTokenManagerSlot, ScimTokenManagerAction>()
}

/** The identity provider the manager shows, as its views need it. */
export interface ScimTarget {
  /** The provider's id, `con_…`. */
  id: string
  /** What every screen calls it. */
  name: string
  strategy: IdpStrategy | undefined
  /** The SCIM endpoint URL to paste into the provider. */
  endpointUrl: string
  /** No write action at all: the `readOnly` prop, or a provider the organization can't change. */
  readOnly: boolean
  /** Why actions are hidden when the organization doesn't fully manage the provider. */
  accessNote: string | null
  /** Announces `text` and moves focus to the title (the view under it was replaced). */
  announceAndFocus: (text: string) => void
}
