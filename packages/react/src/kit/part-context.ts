'use client'

import { type Context, createContext, use } from 'react'

/**
 * What a component gives its parts besides the scope (its host props, its state), without
 * drilling them: the provider the root renders, and the hook a part reads it with, which throws
 * `myorg-kit: ${outside}` when the part renders outside its component.
 */
export function createPartContext<T>(
  outside: string,
): readonly [provider: Context<T | null>['Provider'], usePart: () => T] {
  const PartContext = createContext<T | null>(null)
  const usePart = (): T => {
    const value = use(PartContext)
    if (!value) {
      throw new Error(`myorg-kit: ${outside}`)
    }
    return value
  }
  return [PartContext.Provider, usePart]
}
