import { useSyncExternalStore } from 'react'

/**
 * A tiny History API router: the page is the path, the demo scenario lives in the query string
 * (`?perm=readOnly&api=cors`), so every page and scenario can be linked to and bookmarked.
 */
const listeners = new Set<() => void>()
const CHANGE = 'demo:locationchange'

function emit(): void {
  window.dispatchEvent(new Event(CHANGE))
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  window.addEventListener('popstate', listener)
  window.addEventListener(CHANGE, listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('popstate', listener)
    window.removeEventListener(CHANGE, listener)
  }
}

/** Subscribe outside React (e.g. the mock API applying faults before anything refetches). */
export const subscribeToLocation = subscribe

/** `import.meta.env.BASE_URL` without its trailing slash (empty when served at `/`). */
export const basePath = import.meta.env.BASE_URL.replace(/\/$/, '')

/** The app path (without the base), e.g. `/domains`. */
export function currentPath(): string {
  const { pathname } = window.location
  const path = pathname.startsWith(basePath) ? pathname.slice(basePath.length) : pathname
  return path === '' ? '/' : path
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, currentPath)
}

export function useSearch(): string {
  return useSyncExternalStore(subscribe, () => window.location.search)
}

/** The href of an app path, keeping the current query string (the scenario). */
export function hrefFor(path: string, search: string = window.location.search): string {
  return `${basePath}${path}${search}`
}

/** Go to an app path, keeping the scenario (or with the given query string). */
export function navigate(path: string, search?: string): void {
  window.history.pushState(null, '', hrefFor(path, search))
  emit()
  window.scrollTo({ top: 0 })
}

/** Replace the query string (scenario changes do not add history entries). */
export function replaceSearch(params: URLSearchParams): void {
  const search = params.toString()
  window.history.replaceState(null, '', `${window.location.pathname}${search ? `?${search}` : ''}`)
  emit()
}
