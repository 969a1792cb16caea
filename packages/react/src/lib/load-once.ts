import { MyOrgCodeLoadError } from '@myorg-kit/client'

/** Code loaded on first use, once (see {@link loadOnce}). */
export interface Loadable<T> {
  /** What was loaded, once it is in; `undefined` until then. */
  current: () => T | undefined
  /** Starts the load (once; safe to call again) and resolves with what it loaded. */
  preload: () => Promise<T>
}

/**
 * Runs `load` (an `import()`, and what is built from the module) once, on first need or on
 * preload, and keeps what it loaded for synchronous reads. A failed load (offline, a new deploy)
 * rejects with `MyOrgCodeLoadError` (the browser's error as its `cause`) and may be tried again.
 *
 * @example
 * const readers = loadOnce(() => import('./certificate.ts'))
 * const parse = readers.current()?.parseCertificate ?? (await readers.preload()).parseCertificate
 */
export function loadOnce<T>(load: () => Promise<T>): Loadable<T> {
  let loaded: T | undefined
  let loading: Promise<T> | undefined
  return {
    current: () => loaded,
    preload: () =>
      (loading ??= load().then(
        (value) => (loaded = value),
        (cause: unknown) => {
          loading = undefined
          throw new MyOrgCodeLoadError({ cause })
        },
      )),
  }
}
