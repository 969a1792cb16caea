'use client'

import { type RefObject, useCallback, useEffect, useRef, useState } from 'react'

import type { IdentityProviderListPanel } from './panel-content.tsx'

interface PanelState {
  panel: IdentityProviderListPanel
  /** `data-mk-focus-key` of the button that opened it, to give focus back. */
  returnFocusTo: string
}

/** The in-place panel of the list: what it shows, and where focus goes. */
export interface ProviderPanel {
  /** What the panel shows, or `null` while the list shows. */
  current: IdentityProviderListPanel | null
  /** Opens `panel`; `returnFocusTo` is the `data-mk-focus-key` of the button that opened it. */
  open: (panel: IdentityProviderListPanel, returnFocusTo: string) => void
  close: () => void
  /** The list's body (hidden while the panel shows): where the focus keys are looked up. */
  bodyRef: RefObject<HTMLDivElement | null>
  /** The panel's heading, focused when it opens. */
  headingRef: RefObject<HTMLHeadingElement | null>
}

/**
 * The panel that replaces the list in place (the wizard or the SCIM manager). Opening it focuses
 * its heading; closing it gives focus back to the button that opened it, found again by its
 * `data-mk-focus-key` (the button element may have re-rendered while the list was hidden).
 */
export function useProviderPanel(): ProviderPanel {
  const [state, setState] = useState<PanelState | null>(null)
  const bodyRef = useRef<HTMLDivElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const shown = useRef<PanelState | null>(null)

  useEffect(() => {
    const previous = shown.current
    shown.current = state
    if (state) {
      headingRef.current?.focus()
    } else if (previous) {
      bodyRef.current
        ?.querySelector<HTMLElement>(`[data-mk-focus-key="${CSS.escape(previous.returnFocusTo)}"]`)
        ?.focus()
    }
  }, [state])

  const open = useCallback((panel: IdentityProviderListPanel, returnFocusTo: string) => {
    setState({ panel, returnFocusTo })
  }, [])
  const close = useCallback(() => {
    setState(null)
  }, [])
  return { current: state?.panel ?? null, open, close, bodyRef, headingRef }
}
