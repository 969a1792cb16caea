// Benchmark of DomainList with 1,000 domains, in real Chromium: how long it takes, after a click,
// for the verification panel and the delete dialog to be on screen (the click, React's render
// and the next frame), over 20 repetitions each. Prints median and p95 in ms.
//
// Uses the `Benchmark1000` story (1,000 domains, loaded page by page with "Load more"), from a
// Storybook build in node_modules/.cache/bench-storybook (rebuilt unless --no-build is passed
// and a build is already there). Not part of `pnpm test`: run `pnpm bench:domains`.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'

import { chromium } from 'playwright-core'

import { chromiumArgs, ensureChromium } from './chromium.mjs'
import { serveStatic } from './static-server.mjs'

const ROWS = 1000
const REPETITIONS = 20
const root = resolve(import.meta.dirname, '..')
const outDir = join(root, 'node_modules/.cache/bench-storybook')

if (!(process.argv.includes('--no-build') && existsSync(join(outDir, 'iframe.html')))) {
  console.log('bench: building Storybook…')
  execFileSync(join(root, 'node_modules/.bin/storybook'), ['build', '--quiet', '-o', outDir], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
}

const server = await serveStatic(outDir)

const browser = await chromium.launch({
  executablePath: ensureChromium(),
  args: ['--headless', ...chromiumArgs],
})

/** Median and 95th percentile of `samples`. */
function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN
  return { median: at(0.5), p95: at(0.95) }
}

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await page.goto(
    `${server.origin}/iframe.html?id=components-domainlist--benchmark-1000&viewMode=story`,
  )
  const rowHeaders = page.locator('tbody th[scope="row"]')
  await rowHeaders.first().waitFor({ timeout: 30_000 })
  const loadStarted = Date.now()
  let pages = 1
  while ((await rowHeaders.count()) < ROWS) {
    const before = await rowHeaders.count()
    await page.getByRole('button', { name: 'Load more' }).click()
    await page.waitForFunction(
      (count) => document.querySelectorAll('tbody th[scope="row"]').length > count,
      before,
      { timeout: 30_000 },
    )
    pages += 1
  }
  const rows = await rowHeaders.count()
  console.log(`bench: ${rows} rows on screen after ${pages} pages (${Date.now() - loadStarted} ms)`)

  // One click → element present → next frame painted, timed inside the page.
  const measure = (kind, repetitions) =>
    page.evaluate(
      async ({ kind, repetitions }) => {
        const frame = () => new Promise((done) => requestAnimationFrame(() => done(undefined)))
        const until = async (check) => {
          for (let i = 0; i < 10_000; i += 1) {
            const found = check()
            if (found) {
              return found
            }
            await new Promise((done) => setTimeout(done, 0))
          }
          throw new Error(`timed out waiting in ${kind}`)
        }
        const buttons = (prefix) =>
          [...document.querySelectorAll('button')].filter((button) =>
            (button.getAttribute('aria-label') ?? button.textContent ?? '').startsWith(prefix),
          )
        const samples = []
        for (let i = 0; i < repetitions; i += 1) {
          if (kind === 'panel') {
            const toggles = buttons('DNS record for ')
            const toggle = toggles[(i * 37) % toggles.length]
            const name = (toggle.getAttribute('aria-label') ?? '').replace('DNS record for ', '')
            const start = performance.now()
            toggle.click()
            await until(() =>
              [...document.querySelectorAll('[role="group"]')].find(
                (group) => group.textContent?.includes(`Verify ${name}`) ?? false,
              ),
            )
            await frame()
            samples.push(performance.now() - start)
            toggle.click()
            await until(() => toggle.getAttribute('aria-expanded') === 'false')
          } else {
            const deletes = buttons('Delete ')
            const trigger = deletes[(i * 53) % deletes.length]
            const start = performance.now()
            trigger.click()
            const dialog = await until(() => document.querySelector('dialog[open]'))
            await frame()
            samples.push(performance.now() - start)
            const cancel = [...dialog.querySelectorAll('button')].find(
              (button) => button.textContent === 'Cancel',
            )
            cancel.click()
            await until(() => !document.querySelector('dialog[open]'))
          }
          await frame()
        }
        return samples
      },
      { kind, repetitions },
    )

  // One warm-up each, then the measured runs.
  await measure('panel', 2)
  await measure('dialog', 2)
  const panel = stats(await measure('panel', REPETITIONS))
  const dialog = stats(await measure('dialog', REPETITIONS))
  const format = (value) => `${value.toFixed(1)} ms`
  console.log(`bench: DomainList with ${rows} rows, ${REPETITIONS} repetitions each`)
  console.log(`  open verification panel: median ${format(panel.median)}, p95 ${format(panel.p95)}`)
  console.log(
    `  open delete dialog:      median ${format(dialog.median)}, p95 ${format(dialog.p95)}`,
  )
} finally {
  await browser.close()
  await server.close()
}
