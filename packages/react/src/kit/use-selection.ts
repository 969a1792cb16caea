'use client'

import { useCallback, useMemo, useState } from 'react'

/** The rows a list has selected, by id. */
export interface Selection<T> {
  /** The selected ids. */
  ids: ReadonlySet<string>
  /** The given items that are selected, in order. */
  chosen: T[]
  /** Whether this item is selected. */
  isChosen: (item: T) => boolean
  /** Selects or unselects one row (a stable function, for memoised rows). */
  toggle: (id: string, on: boolean) => void
  /** Selects exactly these items (none with `[]`). */
  replace: (items: readonly T[]) => void
  /** Forgets these ids, e.g. the rows that were removed. */
  drop: (ids: readonly string[]) => void
}

/** Which of `items` are selected; `idOf` must be stable (a module-level function). */
export function useSelection<T>(
  items: readonly T[],
  idOf: (item: T) => string | undefined,
): Selection<T> {
  const [ids, setIds] = useState<ReadonlySet<string>>(new Set())
  const toggle = useCallback((id: string, on: boolean) => {
    setIds((previous) => {
      const next = new Set(previous)
      if (on) {
        next.add(id)
      } else {
        next.delete(id)
      }
      return next
    })
  }, [])
  const replace = useCallback(
    (chosen: readonly T[]) => {
      setIds(new Set(chosen.flatMap((item) => idOf(item) || [])))
    },
    [idOf],
  )
  const drop = useCallback((gone: readonly string[]) => {
    setIds((previous) => new Set([...previous].filter((id) => !gone.includes(id))))
  }, [])
  const isChosen = useCallback(
    (item: T) => {
      const id = idOf(item)
      return id ? ids.has(id) : false
    },
    [idOf, ids],
  )
  const chosen = useMemo(() => items.filter(isChosen), [items, isChosen])
  return { ids, chosen, isChosen, toggle, replace, drop }
}
