'use client'

import {
  type ComponentType,
  type LazyExoticComponent,
  type ReactNode,
  createContext,
  createElement,
  lazy,
  use,
  useEffect,
} from 'react'

import { loadOnce } from '../lib/load-once.ts'

/**
 * Which attempt the parts below are rendered in: `LazyBoundary` starts a new one on "Try again",
 * so a part whose code failed to download loads it again.
 */
export const PartAttempt = createContext(0)

let attempts = 0

/** A new attempt number, unique across boundaries. */
export function nextPartAttempt(): number {
  attempts += 1
  return attempts
}

/** A view loaded on first use (see {@link lazyPart}). */
export interface LazyPart<Props extends object> {
  /**
   * Render it inside `<LazyBoundary>`: it loads on first render unless preloaded. Should its code
   * fail to download, it throws `MyOrgCodeLoadError` to the boundary, whose "Try again"
   * downloads it anew.
   */
  Part: ComponentType<Props>
  /** Starts the load (once); safe to call again. */
  preload: () => Promise<unknown>
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
 * A part of a component needed only after a user action (a dialog, an expanded panel, the next
 * step): host bundlers split it into its own chunk, so the page loads without it. `load` is the
 * module's `import()`, `name` the component it exports. Call {@link usePreloadParts} in the
 * component that can open it, so the chunk is usually there before the click: a preloaded part
 * renders at once, without its Suspense fallback. Free of side effects: unused parts are dropped.
 *
 * @example
 * const revealDialog = lazyPart(() => import('./reveal-dialog.tsx'), 'RevealDialog')
 */
/* @__NO_SIDE_EFFECTS__ */
export function lazyPart<Module extends Record<Name, unknown>, Name extends keyof Module & string>(
  load: () => Promise<Module>,
  name: Name,
): LazyPart<PropsOf<Module[Name]>> {
  type Props = PropsOf<Module[Name]>
  const code = loadOnce(async () => (await load())[name] as ComponentType<Props>)
  const fresh = (): LazyExoticComponent<ComponentType<Props>> =>
    lazy<ComponentType<Props>>(() => {
      const component = code.current()
      return component
        ? settled({ default: component })
        : code.preload().then(
            (loaded) => ({ default: loaded }),
            (error: unknown) => {
              failedOn = renderedOn
              throw error
            },
          )
    })
  // React's `lazy` keeps a failed load for good. Once the boundary's "Try again" starts a new
  // attempt, a fresh one takes its place and downloads again; within the failed attempt (React
  // renders once more before giving up) the failure stands, so it reaches the boundary.
  let current = fresh()
  let renderedOn = 0
  let failedOn: number | undefined
  function Part(props: Props): ReactNode {
    const attempt = use(PartAttempt)
    if (failedOn !== undefined && failedOn !== attempt) {
      current = fresh()
      failedOn = undefined
    }
    renderedOn = attempt
    return createElement(current, props)
  }
  return { Part, preload: code.preload }
}

/** The props a component takes (`object` for one that takes none). */
type PropsOf<C> =
  C extends ComponentType<infer Props>
    ? unknown extends Props
      ? object
      : Props extends object
        ? Props
        : never
    : never

/**
 * Preloads parts (or other {@link loadOnce} code) after the first render, never during it;
 * `false` for one the user can't reach. A failed preload is ignored: the part's own load
 * retries on render, and a failure there reaches the component's error boundary.
 */
export function usePreloadParts(
  ...parts: readonly (Pick<LazyPart<object>, 'preload'> | false)[]
): void {
  useEffect(() => {
    for (const part of parts) {
      if (part) {
        part.preload().catch(() => undefined)
      }
    }
    // Parts are module constants: preload once, on mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
}
