import { myOrgKitScopes } from '@myorg-kit/react'
import { useMemo } from 'react'

import { replaceSearch, useSearch } from './location.ts'

export const permissionPresets = ['admin', 'readOnly', 'none', 'custom'] as const
export type PermissionPreset = (typeof permissionPresets)[number]

export const apiModes = [
  'normal',
  'slow',
  'rate-limited',
  'server-error',
  'cors',
  'offline',
] as const
export type ApiMode = (typeof apiModes)[number]

export const themes = ['light', 'dark'] as const
export type Theme = (typeof themes)[number]

export const locales = ['en-US', 'fr-FR'] as const
export type Locale = (typeof locales)[number]

/** What the demo simulates, read from (and written to) the URL's query string. */
export interface Scenario {
  perm: PermissionPreset
  /** The scopes ticked for `perm=custom` (`scopes=a,b`). */
  scopes: readonly string[]
  api: ApiMode
  theme: Theme
  locale: Locale
}

function pick<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.find((candidate) => candidate === value) ?? fallback
}

export function parseScenario(search: string): Scenario {
  const params = new URLSearchParams(search)
  const scopes = (params.get('scopes') ?? '')
    .split(',')
    .map((scope) => scope.trim())
    .filter((scope) => (myOrgKitScopes as readonly string[]).includes(scope))
  return {
    perm: pick(params.get('perm'), permissionPresets, 'admin'),
    scopes,
    api: pick(params.get('api'), apiModes, 'normal'),
    theme: pick(params.get('theme'), themes, 'light'),
    locale: pick(params.get('locale'), locales, 'en-US'),
  }
}

const defaults: Scenario = parseScenario('')

/** Writes a change to the URL; default values are left out to keep links short. */
export function updateScenario(change: Partial<Scenario>): void {
  const next = { ...parseScenario(window.location.search), ...change }
  const params = new URLSearchParams(window.location.search)
  for (const key of ['perm', 'api', 'theme', 'locale'] as const) {
    if (next[key] === defaults[key]) {
      params.delete(key)
    } else {
      params.set(key, next[key])
    }
  }
  if (next.perm === 'custom') {
    params.set('scopes', next.scopes.join(','))
  } else {
    params.delete('scopes')
  }
  replaceSearch(params)
}

export function useScenario(): Scenario {
  const search = useSearch()
  return useMemo(() => parseScenario(search), [search])
}
