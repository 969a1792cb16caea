// Prints one plain closing line for the whole test command, e.g. "tests: 246 passed, 0 failed,
// 0 skipped", from the JSON reports the runners wrote to .artifacts/. CI reads that line.
// Every runner of the test command must have written its report: a missing one fails the run.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'

const dir = '.artifacts'
/**
 * The reports `pnpm ci` writes: Vitest (unit, stories), the install of the packed packages in a
 * host app, the layout check, the demo e2e, the dev-tenant e2e, the Next.js host e2e.
 */
const required = ['unit', 'stories', 'host-install', 'layout', 'e2e', 'e2e-local', 'e2e-next']
let passed = 0
let failed = 0
let skipped = 0
const parts = []
for (const file of existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : []) {
  const report = JSON.parse(readFileSync(join(dir, file), 'utf8'))
  if (typeof report.numPassedTests !== 'number') {
    continue
  }
  const s = report.numPendingTests + (report.numTodoTests ?? 0)
  passed += report.numPassedTests
  failed += report.numFailedTests
  skipped += s
  parts.push(`${file.replace(/\.json$/, '')} ${report.numPassedTests}/${report.numTotalTests}`)
}
if (parts.length === 0) {
  console.error('No test reports found in .artifacts/: no test ran.')
  process.exit(1)
}
const missing = required.filter((name) => !existsSync(join(dir, `${name}.json`)))
if (missing.length > 0) {
  console.error(
    `Missing test report(s) in .artifacts/: ${missing.join(', ')} (that runner did not finish).`,
  )
  failed += missing.length
}
console.log(`(${parts.join(', ')})`)
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed > 0 ? 1 : 0)
