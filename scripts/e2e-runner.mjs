// The loop the end-to-end scripts share (scripts/e2e.mjs on the mocked demo, e2e-local.mjs on
// the dev tenant, e2e-next.mjs on the Next.js host): one case at a time within a time limit, a
// line per case, the failure said plainly, and the JSON report scripts/summary.mjs reads.
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'

import { AssertionError } from './e2e-page-helpers.mjs'

/** Settles like `work`, or fails with an AssertionError once `ms` have passed. */
export async function withTimeout(work, ms) {
  let timer
  try {
    return await Promise.race([
      work,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new AssertionError(`timed out after ${ms / 1000} s`)), ms)
      }),
    ])
  } finally {
    clearTimeout(timer)
  }
}

/** A case's name as a file name (lowercase words joined by `-`), at most `max` characters. */
export function slugOf(name, max = 40) {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, max)
}

/**
 * Runs one case: `run()` within `timeout` ms, then prints `✓ name (seconds)`, or `✗ name` with
 * the assertion's message (the whole stack for anything else). After a failure `onFailure`
 * runs (a screenshot, the page's errors), and `cleanup` runs in every case; neither can turn a
 * pass into a failure or hide one. Returns the case's row for the report.
 *
 * @param {string} name
 * @param {{ run: () => Promise<void>, timeout: number, onFailure?: () => Promise<void>,
 *   cleanup?: () => Promise<void> }} options
 * @returns {Promise<{ name: string, status: 'passed' | 'failed', ms: number, error?: string }>}
 */
export async function runCase(name, { run, timeout, onFailure, cleanup }) {
  const caseStarted = Date.now()
  try {
    await withTimeout(run(), timeout)
    const ms = Date.now() - caseStarted
    console.log(`  ✓ ${name} (${(ms / 1000).toFixed(1)} s)`)
    return { name, status: 'passed', ms }
  } catch (error) {
    console.log(`  ✗ ${name}`)
    console.log(
      `    ${error instanceof AssertionError ? error.message : (error?.stack ?? String(error))}`,
    )
    await onFailure?.().catch(() => undefined)
    return {
      name,
      status: 'failed',
      ms: Date.now() - caseStarted,
      error: String(error?.message ?? error),
    }
  } finally {
    await cleanup?.().catch(() => undefined)
  }
}

/**
 * Writes the report scripts/summary.mjs reads: Vitest's counters (`numPassedTests` …), the rows
 * as `flows`, and whatever `extra` a script adds. Returns the number of failed cases.
 *
 * @param {string} file
 * @param {{ status: string }[]} results
 * @param {Record<string, unknown>} [extra]
 */
export async function writeReport(file, results, extra = {}) {
  const passed = results.filter((result) => result.status === 'passed').length
  const failed = results.length - passed
  const report = {
    numPassedTests: passed,
    numFailedTests: failed,
    numPendingTests: 0,
    numTotalTests: results.length,
    ...extra,
    flows: results,
  }
  await mkdir(dirname(file), { recursive: true })
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`)
  return failed
}
