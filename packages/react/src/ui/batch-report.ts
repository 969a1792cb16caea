import type { BatchResult } from '../api/batch-results.ts'

/** What a batch left undone, shown once it has run. */
export interface BatchReport {
  /** "Some members were not removed". */
  title: string
  /** "10 members were removed; 2 were not:". */
  summary: string
  /** One line per item that failed, with why. */
  failures: readonly string[]
}

/** One item of a batch by ids that failed, and why. */
export interface BatchFailure {
  item: string
  error: Error
}

/** What a batch dialog does with the failures, and how it words them. */
export interface BatchReportOptions {
  /** Each failure, e.g. to the host's `onError`. */
  onFailure: (failure: BatchFailure) => void
  /** "Some members were not removed". */
  title: string
  /** "10 members were removed; 2 were not:". */
  summary: string
  /** The line of one failure, with why. */
  line: (failure: BatchFailure) => string
}

/**
 * After a batch by ids has answered: reports each failure, then gives the report the dialog
 * lists, or `undefined` when nothing failed (the dialog closes).
 */
export function reportBatch(
  result: BatchResult<string>,
  options: BatchReportOptions,
): BatchReport | undefined {
  for (const failure of result.failed) {
    options.onFailure(failure)
  }
  if (result.failed.length === 0) {
    return undefined
  }
  return {
    title: options.title,
    summary: options.summary,
    failures: result.failed.map(options.line),
  }
}
