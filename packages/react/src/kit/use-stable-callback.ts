'use client'

import { useCallback, useInsertionEffect, useRef } from 'react'

/**
 * A function with a stable identity that always calls the latest `callback`: for host callbacks
 * (`onError`, `onSaved`, …) called from effects and event handlers alike. This is the one place
 * that mirrors a callback into a ref; components use this instead of writing their own.
 */
export function useStableCallback<Args extends unknown[], Result>(
  callback: ((...args: Args) => Result) | undefined,
): (...args: Args) => Result | undefined {
  const latest = useRef(callback)
  useInsertionEffect(() => {
    latest.current = callback
  })
  return useCallback((...args: Args) => latest.current?.(...args), [])
}
