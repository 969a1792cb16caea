'use client'

import { type ComponentType, type LazyExoticComponent, lazy, useEffect } from 'react'

/** Code loaded on first use, once: {@link loadOnce}. */
export interface Loadable<T> {
  /** What was loaded, once it is in; `undefined` until then. */
  current: () => T | undefined
  /** Loads it (once; a failed load is tried again on the next call). */
  load: () => Promise<T>
  /** Starts loading it now, so it is in when first needed; a failure waits for `load`. */
  prefetch: () => void
}

/**
 * Wraps `load` (usually an `import()`) so it runs once, on first need or on prefetch, and what it
 * loaded can then be read synchronously.
 *
 * @example
 * const readers = loadOnce(() => import('./certificate.ts'))
 * readers.current()?.parseCertificate(pem) ?? (await readers.load()).parseCertificate(pem)
 */
export function loadOnce<T>(load: () => Promise<T>): Loadable<T> {
  let loaded: T | undefined
  let loading: Promise<T> | undefined
  const start = (): Promise<T> => {
    loading ??= load().then(
      (value) => (loaded = value),
      (error: unknown) => {
        loading = undefined
        throw error
      },
    )
    return loading
  }
  return {
    current: () => loaded,
    load: start,
    prefetch: () => {
      start().catch(() => undefined)
    },
  }
}

/** A view whose code loads on first use: render {@link LazyView.View} inside `<Suspense>`. */
export interface LazyView<Props extends object> {
  /** The view. It suspends only while its code is still loading. */
  View: LazyExoticComponent<ComponentType<Props>>
  /** Starts loading the code now (once), so the view is ready when it is first shown. */
  prefetch: () => void
}

/** The part of a promise React's `lazy` uses: `then`. */
interface Thenable<T> {
  then: (resolve: (value: T) => void) => void
}

/**
 * A thenable that calls back at once: React's `lazy` reads a module handed over this way
 * without suspending (a native promise always calls back later, so it would suspend once).
 */
function settled<T>(value: T): Promise<T> {
  const thenable: Thenable<T> = {
    then: (resolve) => {
      resolve(value)
    },
  }
  // `lazy` is typed for promises but calls nothing on them besides `then`.
  return thenable as Promise<T>
}

/**
 * A view loaded by `load` (an `import()`) on first render or on {@link LazyView.prefetch},
 * whichever comes first. Once the code is in, the view renders at once, without suspending
 * (a prefetched view never shows its fallback). A failed load is retried on the next use.
 *
 * @example
 * const review = lazyView(async () => (await import('./review-step.tsx')).ReviewStep)
 * review.prefetch() // after the first render
 * <Suspense fallback={<LoadingStatus label="Loading…" />}><review.View /></Suspense>
 */
export function lazyView<Props extends object>(
  load: () => Promise<ComponentType<Props>>,
): LazyView<Props> {
  const code = loadOnce(load)
  const View = lazy<ComponentType<Props>>(() => {
    const view = code.current()
    return view ? settled({ default: view }) : code.load().then((loaded) => ({ default: loaded }))
  })
  return { View, prefetch: code.prefetch }
}

/**
 * Prefetches `loadables` (views or other code; `false` for one the user can't reach) once, right
 * after the component's first render: the code a user action will need starts loading while the
 * user reads the first screen.
 */
export function usePrefetch(
  loadables: readonly (Pick<Loadable<unknown>, 'prefetch'> | false)[],
): void {
  useEffect(() => {
    for (const loadable of loadables) {
      if (loadable) {
        loadable.prefetch()
      }
    }
    // Once on mount: the loadables are module-level constants.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
}
