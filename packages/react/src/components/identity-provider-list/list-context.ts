'use client'

import { createPartContext } from '../../kit/part-context.ts'
import { type ComponentScope, useScope } from '../../kit/scope.tsx'

import type {
  IdentityProviderListAction,
  IdentityProviderListProps,
} from './identity-provider-list.props.ts'
import type { IdentityProviderListSlot } from './identity-provider-list.slots.ts'
import type { ProviderPanel } from './use-provider-panel.ts'

/**
 * What the list's parts share besides the kit's scope: the host's props (its callbacks,
 * `readOnly`, `emptyState`), the in-place panel and the polite announcer.
 */
export interface ListContextValue {
  host: IdentityProviderListProps
  readOnly: boolean
  openPanel: ProviderPanel['open']
  /** Says `message` in the list's live region (e.g. "Acme Okta was deleted."). */
  announce: (message: string) => void
  /** Moves focus to the list's title (after the focused row went away). */
  focusTitle: () => void
}

/**
 * `ListContextProvider` gives {@link ListContextValue} to the list's parts (rendered by the root);
 * `useListContext()` reads it, in parts of `IdentityProviderList` only.
 */
export const [ListContextProvider, useListContext] = createPartContext<ListContextValue>(
  'this part must render inside IdentityProviderList.',
)

/** The list's component scope, typed by its slots and actions. */
export function useListScope(): ComponentScope<
  IdentityProviderListSlot,
  IdentityProviderListAction
> {
  return useScope<IdentityProviderListSlot, IdentityProviderListAction>()
}
