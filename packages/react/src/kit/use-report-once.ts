'use client'

import { useEffect, useRef } from 'react'

/**
 * Reports `error` once through `report` when it appears (a new error object reports again).
 * Replaces the per-component "reported" refs: a query error is reported when it is first seen,
 * not on every render that shows it.
 */
export function useReportOnce<Action extends string>(
  report: (error: unknown, action: Action) => void,
  error: unknown,
  action: Action,
): void {
  const reported = useRef<unknown>(null)
  useEffect(() => {
    if (error && reported.current !== error) {
      reported.current = error
      report(error, action)
    }
  }, [report, error, action])
}
