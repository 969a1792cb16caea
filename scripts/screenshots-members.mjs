// Refreshes docs/screenshots/members/: the demo's /members and /invitations pages, light, dark
// and fr-FR, at 1280 px (full page) and 390 px (one screen, from the top of the table).
//
//   node scripts/demo.mjs &   (mock mode, http://127.0.0.1:5173)
//   node scripts/screenshots-members.mjs [--url http://127.0.0.1:5173]
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import { chromium } from 'playwright-core'

import { chromiumArgs, ensureChromium } from './chromium.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const out = resolve(root, 'docs/screenshots/members')
const { values: options } = parseArgs({
  options: { url: { type: 'string', default: 'http://127.0.0.1:5173' } },
})
const PAGES = { members: '/members', invitations: '/invitations' }
const VARIANTS = { light: '', dark: '?theme=dark', 'fr-FR': '?locale=fr-FR' }
const WIDTHS = [1280, 390]

const browser = await chromium.launch({
  executablePath: ensureChromium(),
  args: ['--headless', ...chromiumArgs],
})
try {
  for (const [name, path] of Object.entries(PAGES)) {
    for (const [variant, query] of Object.entries(VARIANTS)) {
      for (const width of WIDTHS) {
        const page = await browser.newPage({
          viewport: { width, height: 900 },
          reducedMotion: 'reduce',
        })
        await page.goto(`${options.url}${path}${query}`)
        const table = page.locator('table').first()
        await table.locator('tbody tr').first().waitFor()
        await page.evaluate(() => document.fonts.ready)
        const narrow = width < 600
        if (narrow) {
          // One screen that starts at the table: the rows as cards.
          await table.evaluate((element) => {
            const covered = Math.max(
              0,
              ...[...document.querySelectorAll('.topbar, .sidenav')].map(
                (bar) => bar.getBoundingClientRect().bottom,
              ),
            )
            const top = element.getBoundingClientRect().top + window.scrollY
            window.scrollTo(0, top - covered - 16)
          })
        }
        const file = resolve(out, `${name}-${variant}-${width}.png`)
        await page.screenshot({ path: file, fullPage: !narrow })
        console.log(`screenshots: ${file}`)
        await page.close()
      }
    }
  }
} finally {
  await browser.close()
}
