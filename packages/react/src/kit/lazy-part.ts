'use client'

import { type ComponentType, type LazyExoticComponent, lazy, useEffect } from 'react'

/** A view loaded on first use (see {@link lazyPart}). */
export interface LazyPart<Props extends object> {
  /** Render it inside `<Suspense>`; it loads on first render unless preloaded. */
  Part: LazyExoticComponent<ComponentType<Props>>
  /** Starts the load (once); safe to call again. */
  preload: () => Promise<unknown>
}

/**
 * A part of a component needed only after a user action (a dialog, an expanded panel, the next
 * step): host bundlers split it into its own chunk, so the page loads without it. Call
 * {@link usePreloadParts} in the component that can open it, so the chunk is usually there
 * before the click. Mark the call `/* @__PURE__ *\/` so unused parts are dropped.
 */
export function lazyPart<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): LazyPart<Props> {
  let loading: Promise<{ default: ComponentType<Props> }> | undefined
  const preload = () =>
    (loading ??= load().then(
      (component) => ({ default: component }),
      (error: unknown) => {
        // A failed load (offline, a new deploy) may be tried again on the next render.
        loading = undefined
        throw error
      },
    ))
  return { Part: lazy(preload), preload }
}

/**
 * Preloads parts after the first render (never during it). A failed preload is ignored: the
 * part's own load retries on render, and a failure there reaches the component's error
 * boundary.
 */
export function usePreloadParts(...parts: readonly Pick<LazyPart<object>, 'preload'>[]): void {
  useEffect(() => {
    for (const part of parts) {
      part.preload().catch(() => undefined)
    }
    // Parts are module constants: preload once, on mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
}
