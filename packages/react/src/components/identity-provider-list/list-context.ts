'use client'

import { createContext, use } from 'react'

import type { IdentityProviderListProps } from './identity-provider-list.props.ts'
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

const ListContext = createContext<ListContextValue | null>(null)

/** Provides {@link ListContextValue} to the list's parts (rendered by the root). */
export const ListContextProvider = ListContext.Provider

/** The list's shared values; parts of `IdentityProviderList` only. */
export function useListContext(): ListContextValue {
  const value = use(ListContext)
  if (!value) {
    throw new Error('myorg-kit: this part must render inside IdentityProviderList.')
  }
  return value
}
