// Prints one plain closing line for the whole test command, e.g. "tests: 246 passed, 0 failed,
// 0 skipped", from the JSON reports the runners wrote to .artifacts/. CI reads that line.
// Every runner of the test command must have written its report: a missing one fails the run.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

const dir = '.artifacts'
/**
 * The reports `pnpm ci` writes: Vitest (unit, stories), the install of the packed packages in a
 * host app, the unit suites again at the lowest supported versions, the layout check, the demo
 * e2e, the dev-tenant e2e, the Next.js host e2e.
 */
const required = [
  'unit',
  'stories',
  'host-install',
  'floors',
  'layout',
  'e2e',
  'e2e-local',
  'e2e-next',
]
/**
 * The unit tests the headline already counts, run again at the lowest supported versions: they
 * get a line of their own, so the headline stays the number of tests we have.
 */
const rerun = 'floors'

const tally = () => ({ passed: 0, failed: 0, skipped: 0, parts: [] })
const headline = tally()
const again = tally()
for (const file of existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : []) {
  const report = JSON.parse(readFileSync(join(dir, file), 'utf8'))
  if (typeof report.numPassedTests !== 'number') {
    continue
  }
  const name = file.replace(/\.json$/, '')
  const into = name === rerun ? again : headline
  into.passed += report.numPassedTests
  into.failed += report.numFailedTests
  into.skipped += report.numPendingTests + (report.numTodoTests ?? 0)
  into.parts.push(`${name} ${report.numPassedTests}/${report.numTotalTests}`)
}
if (headline.parts.length === 0) {
  console.error('No test reports found in .artifacts/: no test ran.')
  process.exit(1)
}
const missing = required.filter((name) => !existsSync(join(dir, `${name}.json`)))
if (missing.length > 0) {
  console.error(
    `Missing test report(s) in .artifacts/: ${missing.join(', ')} (that runner did not finish).`,
  )
  headline.failed += missing.length
}
const line = ({ passed, failed, skipped }) =>
  `${passed} passed, ${failed} failed, ${skipped} skipped`
console.log(`(${headline.parts.join(', ')})`)
if (again.parts.length > 0) {
  console.log(`unit tests at the lowest supported versions (${rerun}): ${line(again)}`)
}
console.log(`tests: ${line(headline)}`)
process.exit(headline.failed + again.failed > 0 ? 1 : 0)
