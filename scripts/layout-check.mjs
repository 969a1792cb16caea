// Layout check: every component of the kit in en-US, fr-FR and the pseudo-locale (every text
// accented and ~40 % longer), at 1280 and 390 px, in real Chromium. Fails when two visible text
// runs or controls overlap, or text overflows or is cut off by its control (the rules are in
// scripts/layout-detector.mjs).
//
//   node scripts/layout-check.mjs                 (pnpm layout; after `pnpm build:storybook`)
//   node scripts/layout-check.mjs --url http://127.0.0.1:6006   (a running `pnpm storybook`)
//   node scripts/layout-check.mjs --only domain,wizard   (the states whose story id has either)
//
// First the detector must pass its canary (scripts/layout-canary.mjs): one known problem per
// rule. The states are the "Layout check" stories (packages/react/test/layout-check.stories.tsx):
// each one opens the fullest view of a component with a play function that works in every
// locale. Per state and locale, one page load at 1280 px, then the same page resized to 390 px.
// Prints one line per problem and a summary line, saves a screenshot of each case (problems
// outlined in red) to .artifacts/layout/, writes .artifacts/layout.json for scripts/summary.mjs
// and exits 1 when anything was found.
import { existsSync } from 'node:fs'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import { chromium } from 'playwright-core'

import { chromiumArgs, ensureChromium } from './chromium.mjs'
import { canaryFailure, canaryHtml } from './layout-canary.mjs'
import { serveStatic } from './static-server.mjs'

const started = Date.now()
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const artifacts = resolve(root, '.artifacts')
const screenshots = resolve(artifacts, 'layout')
const LOCALES = ['en-US', 'fr-FR', 'pseudo']
const WIDTHS = [1280, 390]
const HEIGHT = 900
const STORY_TIMEOUT = 20_000
const MAX_LINES_PER_CASE = 12
/** Each state's component: the story ids start with its name in kebab case. */
const COMPONENTS = [
  'OrgDetailsForm',
  'DomainList',
  'IdentityProviderList',
  'IdpWizard',
  'ScimTokenManager',
  'MemberList',
  'InvitationManager',
  'MyOrgErrorNotice',
]

const { values: options } = parseArgs({
  options: {
    url: { type: 'string' },
    only: { type: 'string' },
    workers: { type: 'string', default: '2' },
  },
})

const staticDir = resolve(root, 'storybook-static')
if (!options.url && !existsSync(join(staticDir, 'index.json'))) {
  console.error('layout: no storybook-static/ to check: run `pnpm build:storybook` first.')
  process.exit(1)
}
const server = options.url ? undefined : await serveStatic(staticDir)
const origin = options.url?.replace(/\/$/, '') ?? server?.origin

const states = await layoutStates()
await rm(screenshots, { recursive: true, force: true })
await mkdir(screenshots, { recursive: true })

const browser = await chromium.launch({
  executablePath: ensureChromium(),
  args: ['--headless', ...chromiumArgs],
})
const context = await browser.newContext({
  viewport: { width: WIDTHS[0], height: HEIGHT },
  reducedMotion: 'reduce',
})
context.setDefaultTimeout(STORY_TIMEOUT)
const detector = await detectorScript()
await context.addInitScript({ content: detector })
await checkCanary()

const jobs = states.flatMap((state) => LOCALES.map((locale) => ({ ...state, locale })))
console.log(
  `layout: ${states.length} states × ${LOCALES.length} locales × ${WIDTHS.length} widths = ${jobs.length * WIDTHS.length} cases, at ${origin}`,
)
const results = []
const workers = Math.max(1, Number(options.workers) || 1)
await Promise.all(
  Array.from({ length: Math.min(workers, jobs.length) }, async () => {
    const page = await context.newPage()
    for (let job = jobs.shift(); job; job = jobs.shift()) {
      results.push(...(await runJob(page, job)))
    }
    await page.close()
  }),
)
await browser.close()
await server?.close()
await report(results)

// ---------------------------------------------------------------------------------------------

/** The "Layout check" stories, each with its component, from the Storybook index. */
async function layoutStates() {
  const response = await fetch(`${origin}/index.json`)
  const index = await response.json()
  const found = Object.values(index.entries)
    .filter((entry) => entry.type === 'story' && entry.title === 'Layout check')
    .filter(
      (entry) => !options.only || options.only.split(',').some((part) => entry.id.includes(part)),
    )
    .map((entry) => {
      const slug = entry.id.split('--')[1] ?? ''
      const component = COMPONENTS.find((name) => slug.startsWith(`${kebab(name)}-`))
      const name = slug.slice(component ? kebab(component).length + 1 : 0).replaceAll('-', ' ')
      return { id: entry.id, slug, component: component ?? entry.name, name }
    })
  const missing = options.only
    ? []
    : COMPONENTS.filter((name) => !found.some((state) => state.component === name))
  if (found.length === 0 || missing.length > 0) {
    console.error(`layout: no "Layout check" story for ${missing.join(', ') || options.only}.`)
    process.exit(1)
  }
  return found
}

function kebab(name) {
  return name.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase()
}

/**
 * The detector and its helpers as one classic script that defines `window.__layoutCheck` on
 * every page: their imports and `export` keywords dropped, wrapped in a function scope.
 */
async function detectorScript() {
  const files = ['layout-geometry.mjs', 'layout-detector.mjs']
  const sources = await Promise.all(
    files.map((file) => readFile(resolve(root, 'scripts', file), 'utf8')),
  )
  const body = sources
    .map((source) =>
      source.replace(/^import [^;]*? from '[^']+'\n/gms, '').replace(/^export /gm, ''),
    )
    .join('\n')
  return `(() => {\n${body}\nwindow.__layoutCheck = { detect: detectLayoutProblems, highlight: highlightLayoutProblems }\n})()`
}

/** The detector must find every known problem of the canary page, and nothing else there. */
async function checkCanary() {
  const page = await context.newPage()
  await page.setViewportSize({ width: WIDTHS.at(-1), height: HEIGHT })
  await page.setContent(canaryHtml)
  await page.evaluate(detector)
  const failure = canaryFailure(await page.evaluate(() => window.__layoutCheck.detect()))
  await page.close()
  if (failure) {
    console.error(`layout: the detector fails its canary (scripts/layout-canary.mjs): ${failure}`)
    process.exit(1)
  }
}

/** One state in one locale: load and play it once, then check it at each width. */
async function runJob(page, job) {
  const cases = WIDTHS.map((width) => ({
    component: job.component,
    state: job.name,
    locale: job.locale,
    width,
    problems: [],
    error: undefined,
  }))
  try {
    await page.setViewportSize({ width: WIDTHS[0], height: HEIGHT })
    await page.goto(
      `${origin}/iframe.html?id=${job.id}&viewMode=story&globals=locale:${job.locale}`,
    )
    const phase = await storyPhase(page, job.id)
    if (phase !== 'completed' && phase !== 'finished') {
      const message = await page.locator('#error-message').textContent({ timeout: 1000 })
      throw new Error(`the story's play function ${phase}: ${message?.trim() ?? ''}`)
    }
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    for (const entry of cases) {
      await page.setViewportSize({ width: entry.width, height: HEIGHT })
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      )
      entry.problems = await page.evaluate(() => window.__layoutCheck.detect())
      await page.evaluate((problems) => window.__layoutCheck.highlight(problems), entry.problems)
      await page.screenshot({
        path: screenshotPath(entry, job),
        fullPage: true,
        animations: 'disabled',
      })
      await page.evaluate(() => window.__layoutCheck.highlight([]))
    }
  } catch (error) {
    for (const entry of cases.filter((c) => c.problems.length === 0)) {
      entry.error = error instanceof Error ? error.message.split('\n')[0] : String(error)
    }
    await page
      .screenshot({ path: screenshotPath(cases[0], job, 'failed-'), fullPage: true })
      .catch(() => undefined)
  }
  for (const entry of cases) {
    print(entry)
  }
  return cases
}

/** Waits until the story has rendered and played: `completed`, `errored` or `aborted`. */
async function storyPhase(page, id) {
  const handle = await page.waitForFunction(
    (storyId) => {
      const render = window.__STORYBOOK_PREVIEW__?.currentRender
      const done = ['completed', 'finished', 'errored', 'aborted']
      return render?.id === storyId && done.includes(render.phase) ? render.phase : undefined
    },
    id,
    { timeout: STORY_TIMEOUT },
  )
  return handle.jsonValue()
}

function screenshotPath(entry, job, prefix = '') {
  return join(screenshots, `${prefix}${job.slug}-${entry.locale}-${entry.width}.png`)
}

function caseName(entry) {
  return `${entry.component} (${entry.state}) ${entry.locale} ${entry.width}px`
}

function print(entry) {
  if (entry.error) {
    console.log(`  ✗ ${caseName(entry)}: ${entry.error}`)
    return
  }
  if (entry.problems.length === 0) {
    console.log(`  ✓ ${caseName(entry)}`)
    return
  }
  for (const problem of entry.problems.slice(0, MAX_LINES_PER_CASE)) {
    console.log(`  ✗ ${caseName(entry)} ${problem.rule}: ${problem.message}`)
  }
  if (entry.problems.length > MAX_LINES_PER_CASE) {
    console.log(`  ✗ ${caseName(entry)}: … and ${entry.problems.length - MAX_LINES_PER_CASE} more`)
  }
}

/** The summary line, and .artifacts/layout.json in the e2e reports' format. */
async function report(cases) {
  const failed = cases.filter((entry) => entry.error || entry.problems.length > 0)
  const problems = cases.reduce((sum, entry) => sum + entry.problems.length, 0)
  const byRule = {}
  for (const problem of cases.flatMap((entry) => entry.problems)) {
    byRule[problem.rule] = (byRule[problem.rule] ?? 0) + 1
  }
  await mkdir(artifacts, { recursive: true })
  const json = {
    numPassedTests: cases.length - failed.length,
    numFailedTests: failed.length,
    numPendingTests: 0,
    numTotalTests: cases.length,
    problems: failed.map((entry) => ({
      case: caseName(entry),
      error: entry.error,
      problems: entry.problems.map(({ rule, message }) => ({ rule, message })),
    })),
  }
  await writeFile(resolve(artifacts, 'layout.json'), `${JSON.stringify(json, null, 2)}\n`)
  const rules = Object.entries(byRule).map(([rule, count]) => `${count} ${rule}`)
  console.log(
    `layout: ${cases.length - failed.length} passed, ${failed.length} failed, ${problems} problem(s)${rules.length ? ` (${rules.join(', ')})` : ''} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  )
  console.log(`layout: screenshots in ${relative(process.cwd(), screenshots) || '.'}`)
  process.exit(failed.length > 0 ? 1 : 0)
}
