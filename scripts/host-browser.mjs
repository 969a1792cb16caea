// The packed packages in a host's page, in Chromium: the host's bundler (esbuild, with code
// splitting) builds a page from the host's node_modules, the mock API answers in the page through
// the provider's `fetch`, and a user fills in the forms. Run by scripts/host-install.mjs, once
// with the newest versions our ranges allow and once with the lowest, so what react-hook-form,
// zod and React Query do at either end of the range is seen, not assumed.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { build } from 'esbuild'
import { chromium } from 'playwright-core'

import { chromiumArgs, ensureChromium } from './chromium.mjs'
import { assert } from './host-floors.mjs'
import { serveStatic } from './static-server.mjs'

const TIMEOUT = 10_000

/** The host's page: one component per URL hash, on the mock API, counting every request. */
const pageSource = `
import { createRoot } from 'react-dom/client'
import { IdpWizard, MyOrgProvider, OrgDetailsForm } from '@myorg-kit/react'
import {
  createMockAccessToken, createMyOrgHandler, permissionSets, seedOrganizationId,
} from '@myorg-kit/mock-api'
import '@myorg-kit/react/styles.css'

const handler = createMyOrgHandler()
const requests: string[] = []
Object.assign(window, { requests })
const fetchMock: typeof fetch = (input, init) => {
  const request = new Request(input, init)
  requests.push(request.method + ' ' + new URL(request.url).pathname)
  return handler(request)
}
const getAccessToken = async () =>
  createMockAccessToken({ scopes: permissionSets.admin, orgId: seedOrganizationId })

createRoot(document.getElementById('root')!).render(
  <MyOrgProvider domain="tenant.example" getAccessToken={getAccessToken} fetch={fetchMock}>
    <main>{location.hash === '#wizard' ? <IdpWizard /> : <OrgDetailsForm />}</main>
  </MyOrgProvider>,
)
`

const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host app</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="app.css"></head>
<body><div id="root"></div><script type="module" src="app.js"></script></body></html>
`

/** Requests the page has sent, as `METHOD /path`. */
const requestsOf = (page) => page.evaluate(() => [...window.requests])

/** OrgDetailsForm: bad input is refused inline with nothing sent; a good save costs one PATCH. */
async function orgDetails(page) {
  const displayName = page.getByRole('textbox', { name: 'Display name' })
  await page.waitForFunction(() =>
    [...document.querySelectorAll('input')].some((input) => input.value === 'Acme Corp'),
  )
  await displayName.fill('')
  await page.getByText('Enter a display name.').first().waitFor()
  assert(
    await page.getByRole('button', { name: 'Save' }).isDisabled(),
    'Save is enabled with an empty display name',
  )
  const before = await requestsOf(page)
  assert(!before.some((r) => r.startsWith('PATCH')), 'an empty display name was sent')

  await displayName.fill('Acme Industries')
  await page.getByRole('button', { name: 'Save' }).click()
  await page.getByRole('status').filter({ hasText: /saved/i }).waitFor()
  const after = (await requestsOf(page)).slice(before.length)
  assert(
    after.join(',') === 'PATCH /my-org/details',
    `saving sent ${after.join(', ') || 'nothing'} instead of one PATCH /my-org/details`,
  )
  assert((await displayName.inputValue()) === 'Acme Industries', 'the saved value is gone')
}

async function continueTo(page, heading) {
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.getByRole('heading', { name: heading }).waitFor()
}

/** IdpWizard: an OIDC provider, step by step, with a refused empty step on the way. */
async function wizard(page) {
  await page.getByRole('radio', { name: /^OpenID Connect/ }).click()
  await continueTo(page, 'Give these values to your IdP admin')
  await continueTo(page, 'Connection details')
  await page.getByRole('button', { name: 'Continue' }).click()
  await page.getByRole('alert').first().waitFor()
  assert(
    await page.getByRole('heading', { name: 'Connection details' }).isVisible(),
    'the wizard left a step whose fields are empty',
  )
  const field = (name) => page.getByRole('textbox', { name, exact: true })
  await field('Discovery URL').fill('https://login.acme.com/.well-known/openid-configuration')
  await field('Client ID').fill('lumen-sso')
  await field('Client secret').fill('oidc-secret-value')
  await continueTo(page, 'Name and display')
  await field('Connection name').fill('acme-oidc-host')
  await field('Display name').fill('Acme Login')
  await continueTo(page, 'Link your domains')
  await continueTo(page, 'Review and create')
  await page.getByRole('button', { name: 'Create identity provider' }).click()
  await page.getByText('Acme Login was created.').waitFor()
  const posts = (await requestsOf(page)).filter((r) => r === 'POST /my-org/identity-providers')
  assert(posts.length === 1, `creating sent ${posts.length} POST /my-org/identity-providers`)
}

/** Builds the host's page, serves it, and runs both flows in Chromium. */
export async function checkInBrowser(host) {
  const www = join(host, 'www')
  mkdirSync(www, { recursive: true })
  writeFileSync(join(host, 'page.tsx'), pageSource)
  writeFileSync(join(www, 'index.html'), html)
  await build({
    entryPoints: { app: join(host, 'page.tsx') },
    absWorkingDir: host,
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    jsx: 'automatic',
    outdir: www,
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  })
  const server = await serveStatic(www)
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs })
  try {
    for (const [hash, flow] of [
      ['#org', orgDetails],
      ['#wizard', wizard],
    ]) {
      const page = await browser.newPage()
      page.setDefaultTimeout(TIMEOUT)
      const errors = []
      page.on('pageerror', (error) => errors.push(error.message))
      // The seed's logo URL points at a host this closed network cannot resolve: a failed image
      // load is the network's, not the page's.
      page.on('console', (message) => {
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
          errors.push(message.text())
        }
      })
      await page.goto(`${server.origin}/${hash}`)
      await flow(page)
      assert(errors.length === 0, `the page logged errors: ${errors.join(' | ')}`)
      await page.close()
    }
  } finally {
    await browser.close()
    await server.close()
  }
}
