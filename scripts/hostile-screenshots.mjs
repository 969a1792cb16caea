// Screenshots of the hostile-seed states (issue 14): ScimTokenManager and OrgDetailsForm with
// `hostileSeed()`, at 1280 and 390 px, from a built Storybook, into .artifacts/screenshots/.
//
//   node scripts/hostile-screenshots.mjs        (after `pnpm build:storybook`)
import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

import { chromium } from 'playwright-core'

import { chromiumArgs, ensureChromium } from './chromium.mjs'
import { serveStatic } from './static-server.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const staticDir = resolve(root, 'storybook-static')
const out = resolve(root, '.artifacts', 'screenshots')
const WIDTHS = [1280, 390]
/** Screenshot name → the "Layout check" story that renders the state without acting on it. */
const STATES = {
  'scim-token-manager': 'layout-check--scim-token-manager-hostile',
  'org-details-form': 'layout-check--org-details-form-hostile',
}

if (!existsSync(join(staticDir, 'index.json'))) {
  console.error('hostile-screenshots: run `pnpm build:storybook` first.')
  process.exit(1)
}
const server = await serveStatic(staticDir)
await mkdir(out, { recursive: true })
const browser = await chromium.launch({
  executablePath: ensureChromium(),
  args: ['--headless', ...chromiumArgs],
})
try {
  for (const [name, id] of Object.entries(STATES)) {
    for (const width of WIDTHS) {
      const page = await browser.newPage({ viewport: { width, height: 900 } })
      await page.goto(`${server.origin}/iframe.html?id=${id}&viewMode=story`)
      await page.waitForFunction(
        () => {
          const phase = window.__STORYBOOK_PREVIEW__?.currentRender?.phase
          return ['completed', 'finished', 'errored', 'aborted'].includes(phase)
        },
        undefined,
        { timeout: 30_000 },
      )
      await page.evaluate(() => document.fonts.ready.then(() => undefined))
      const path = join(out, `hostile-${name}-${width}.png`)
      await page.screenshot({ path, fullPage: true, animations: 'disabled' })
      console.log(`hostile-screenshots: ${path}`)
      await page.close()
    }
  }
} finally {
  await browser.close()
  await server.close()
}
