// End-to-end tests of the demo app (apps/demo) in real Chromium, on the mocked API.
//
//   node scripts/e2e.mjs        (pnpm e2e)
//
// Builds the demo in mock mode, serves the build with `vite preview` in this process, drives
// system Chromium with playwright-core, checks every page by role and name, runs axe on each
// (any violation fails the case), and saves full-page screenshots to .artifacts/screenshots/.
// Writes .artifacts/e2e.json for scripts/summary.mjs. Exits 1 when a case failed.
import { mkdir, rm } from 'node:fs/promises'
import { dirname, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

import { AxeBuilder } from '@axe-core/playwright'
import { chromium } from 'playwright-core'
import { build, preview } from 'vite'

import { chromiumArgs, ensureChromium } from './chromium.mjs'
import {
  AssertionError,
  assert,
  domainRow,
  enableProvisioning,
  fillOidcWizard,
  linkProviderDomain,
  providerItem,
  revokeFirstScimToken,
  textOf,
} from './e2e-page-helpers.mjs'
import { runCase, slugOf, writeReport } from './e2e-runner.mjs'

const started = Date.now()
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const demoRoot = resolve(root, 'apps/demo')
const configFile = resolve(demoRoot, 'vite.config.ts')
const outDir = resolve(root, 'node_modules/.cache/demo-e2e')
const artifacts = resolve(root, '.artifacts')
const screenshots = resolve(artifacts, 'screenshots')

const ACTION_TIMEOUT = 10_000
const CASE_TIMEOUT = 45_000
const DESKTOP = { width: 1280, height: 800 }

// Mock mode, whatever apps/demo/.env.local says: variables from the environment win over .env files.
process.env.VITE_AUTH0_DOMAIN = ''
process.env.VITE_AUTH0_CLIENT_ID = ''
process.env.VITE_AUTH0_ORGANIZATION = ''

await rm(screenshots, { recursive: true, force: true })
await mkdir(screenshots, { recursive: true })

const executablePath = ensureChromium()

console.log('e2e: building the demo (mock mode)…')
await build({
  root: demoRoot,
  configFile,
  logLevel: 'warn',
  build: { outDir, emptyOutDir: true },
})
const server = await preview({
  root: demoRoot,
  configFile,
  logLevel: 'warn',
  build: { outDir },
  preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
})
const address = server.httpServer.address()
const port = typeof address === 'object' && address ? address.port : 4173
const origin = `http://127.0.0.1:${port}`
console.log(`e2e: serving the build at ${origin}, Chromium at ${executablePath}`)

const browser = await chromium.launch({ executablePath, args: ['--headless', ...chromiumArgs] })

// ---------------------------------------------------------------------------------------------
// Helpers

/**
 * Opens a fresh browser context (own service worker, own mock data) on an app URL.
 * `chunksDown` names code chunks (`review-step` for `assets/review-step-<hash>.js`) that fail to
 * download, as when the connection drops or a redeploy removed them, until the case takes them
 * out of `network.down`.
 */
async function open(path, { viewport = DESKTOP, chunksDown = [] } = {}) {
  const context = await browser.newContext({ viewport })
  context.setDefaultTimeout(ACTION_TIMEOUT)
  const network = { down: new Set(chunksDown) }
  if (network.down.size > 0) {
    await context.route(/\/assets\/[^/]+\.js$/, (route) => {
      const file = new URL(route.request().url()).pathname.split('/').at(-1) ?? ''
      const chunk = file.replace(/-[\w-]{8}\.js$/, '')
      return network.down.has(chunk) ? route.abort('internetdisconnected') : route.continue()
    })
  }
  const page = await context.newPage()
  const console_ = []
  const pageErrors = []
  const apiRequests = []
  // Each console message with its arguments serialized: a logged object (MSW logs response
  // bodies as objects) must not hide a secret from the checks below.
  page.on('console', (message) => {
    void Promise.all(
      message.args().map((arg) =>
        arg.jsonValue().then(
          (value) => JSON.stringify(value) ?? '',
          () => '',
        ),
      ),
    ).then((args) => console_.push([message.text(), ...args].join(' ')))
  })
  page.on('pageerror', (error) => pageErrors.push(error))
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/my-org/')) {
      apiRequests.push(`${request.method()} ${request.url()}`)
    }
  })
  await page.goto(`${origin}${path}`)
  // The demo renders only once its mock worker has started, or a page saying it could not.
  await page.getByRole('main').waitFor()
  assert(
    (await page.getByRole('heading', { name: 'The mocked API could not start' }).count()) === 0,
    'the MSW worker did not start',
  )
  return { context, page, console: console_, pageErrors, apiRequests, network }
}

async function heading(page, name, level = 1) {
  await page.getByRole('heading', { name, level }).waitFor()
}

async function axe(page, label) {
  const results = await new AxeBuilder({ page }).analyze()
  if (results.violations.length > 0) {
    const lines = results.violations.flatMap((violation) => [
      `axe ${violation.id} (${violation.impact}): ${violation.help}`,
      ...violation.nodes
        .slice(0, 4)
        .map(
          (node) =>
            `      ${node.target.join(' ')} — ${node.failureSummary?.split('\n').slice(1).join(' ').trim()}`,
        ),
    ])
    throw new AssertionError(
      `${label}: ${results.violations.length} accessibility violation(s)\n    ${lines.join('\n    ')}`,
    )
  }
}

async function screenshot(page, name) {
  // A full-page capture taken while scrolled draws the sticky top bar mid-page.
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({
    path: resolve(screenshots, `${name}.png`),
    fullPage: true,
    animations: 'disabled',
  })
}

/** No spinner left (role=status "Loading…"). */
async function noSpinner(page) {
  await page.waitForFunction(() => document.querySelectorAll('.state-loading').length === 0, null, {
    timeout: ACTION_TIMEOUT,
  })
}

// ---------------------------------------------------------------------------------------------
// Cases

const cases = []
/** A named case; `options.path` is the URL it opens (default: from its name), `viewport`, `timeout`. */
function test(name, fn, options = {}) {
  cases.push({ name, fn, options })
}

test('Overview: counts, the user’s permissions, MSW started, axe', async ({ page }) => {
  await heading(page, 'Organization settings')
  const org = page.getByRole('region', { name: 'Organization' })
  await org.getByText('Acme Corp', { exact: true }).waitFor()
  const domains = page.getByRole('region', { name: 'Domains' })
  await domains.getByText('12', { exact: true }).waitFor()
  assert((await textOf(domains)).includes('7 verified'), 'the Domains card should say 7 verified')
  const sso = page.getByRole('region', { name: 'Single sign-on' })
  await sso.getByText('8', { exact: true }).waitFor()
  const can = page.getByRole('list', { name: 'Domains permissions' })
  assert(
    ((await can.textContent()) ?? '').includes('Add a domain: allowed'),
    'an admin may add a domain',
  )
  await page.getByRole('button', { name: /Dana Reyes/ }).waitFor()
  await noSpinner(page)
  await axe(page, 'overview')
  await screenshot(page, 'overview')
})

test('General: OrgDetailsForm edits the display name and saves it, axe', async ({ page }) => {
  await heading(page, 'General')
  const name = page.getByRole('textbox', { name: 'Name', exact: true })
  await name.waitFor()
  assert((await name.inputValue()) === 'acme-corp', 'the Name field shows acme-corp')
  const displayName = page.getByRole('textbox', { name: 'Display name' })
  assert((await displayName.inputValue()) === 'Acme Corp', 'the Display name field shows Acme Corp')
  await page.waitForFunction(() =>
    [...document.querySelectorAll('img')].some((img) => img.complete && img.naturalWidth > 0),
  )
  await axe(page, 'general')
  await screenshot(page, 'general')

  const save = page.getByRole('button', { name: 'Save' })
  assert(await save.isDisabled(), 'Save is disabled while the form is pristine')
  await displayName.fill('Acme Industries')
  // The login preview follows the typing.
  await page.getByText('Acme Industries to continue', { exact: false }).waitFor()
  await save.click()
  await page.getByRole('status').filter({ hasText: /saved/i }).waitFor()
  assert(await save.isDisabled(), 'Save is disabled again once saved')
  await screenshot(page, 'general-saved')
  // What was saved is what the API now returns (the mock lives in the page: navigate, not reload).
  const nav = page.getByRole('navigation', { name: 'Organization settings' })
  await nav.getByRole('link', { name: 'Overview' }).click()
  await nav.getByRole('link', { name: 'General' }).click()
  await page.getByRole('textbox', { name: 'Display name' }).waitFor()
  await page.waitForFunction(() =>
    [...document.querySelectorAll('input')].some((input) => input.value === 'Acme Industries'),
  )
})

test('Domains: DomainList table with status badges, Load more, axe', async ({ page }) => {
  await heading(page, 'Domains')
  const table = page.getByRole('table', { name: 'Your organization’s domains' })
  const acme = domainRow(table, 'acme.com')
  await acme.waitFor()
  assert((await textOf(acme)).includes('Verified'), 'acme.com should be Verified')
  const legacy = domainRow(table, 'acme-legacy.net')
  assert((await textOf(legacy)).includes('Failed'), 'acme-legacy.net should be Failed')
  assert((await table.getByRole('row').count()) === 11, 'the first page should hold 10 domains')
  await axe(page, 'domains')
  await screenshot(page, 'domains')
  await page.getByRole('button', { name: 'Load more' }).click()
  await table.getByRole('rowheader', { name: 'getacme.app' }).waitFor()
  assert((await table.getByRole('row').count()) === 13, 'after Load more all 12 domains show')
  await page.getByText('Showing 12 domains · All domains are shown.').waitFor()
  assert(
    (await page.getByRole('button', { name: 'Load more' }).count()) === 0,
    'Load more goes away on the last page',
  )
})

test('Domains: an admin verifies a pending domain, sees the record and the delete warning', async ({
  page,
}) => {
  await heading(page, 'Domains')
  const row = domainRow(page, 'acme-labs.io')
  assert((await textOf(row)).includes('Pending'), 'acme-labs.io starts Pending')
  await row.getByRole('button', { name: 'Verify acme-labs.io' }).click()
  await row.getByText('Verified', { exact: true }).waitFor()
  await page.getByText('acme-labs.io is verified', { exact: false }).waitFor()
  // acmecorp.dev has no TXT record: the panel shows it and keeps checking.
  const other = domainRow(page, 'acmecorp.dev')
  await other.getByRole('button', { name: 'Verify acmecorp.dev' }).click()
  const panel = page.getByRole('group', { name: 'Verify acmecorp.dev' })
  await panel.getByText('Checking the DNS of acmecorp.dev', { exact: false }).waitFor()
  await panel.getByText('IN TXT "auth0-domain-verification=', { exact: false }).waitFor()
  await axe(page, 'domains-verification-panel')
  await screenshot(page, 'domains-verification-panel')
  // Deleting acme.com warns that Acme Okta uses it.
  await domainRow(page, 'acme.com').getByRole('button', { name: 'Delete acme.com' }).click()
  const dialog = page.getByRole('alertdialog', { name: 'Delete acme.com?' })
  await dialog.getByText('Acme Okta', { exact: false }).waitFor()
  await axe(page, 'domains-delete-dialog')
  await screenshot(page, 'domains-delete-dialog')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  assert((await page.getByRole('alertdialog').count()) === 0, 'Cancel closes the dialog')
})

test(
  'Domains: a dialog whose code fails to download says so in place, and opens on Try again',
  async ({ page, network }) => {
    await heading(page, 'Domains')
    await domainRow(page, 'acme.com').getByRole('button', { name: 'Delete acme.com' }).click()
    const failure = page.getByRole('alert').filter({ hasText: 'This part of the page didn’t load' })
    await failure.waitFor()
    assert(
      (await textOf(failure)).includes('Check your connection and try again'),
      'the notice says what to do',
    )
    assert(await domainRow(page, 'acme.com').isVisible(), 'the list stays on screen')
    assert((await page.getByRole('alertdialog').count()) === 0, 'no dialog without its code')
    await axe(page, 'domains-part-failed')
    await screenshot(page, 'domains-part-failed')
    network.down.clear()
    await failure.getByRole('button', { name: 'Try again' }).click()
    const dialog = page.getByRole('alertdialog', { name: 'Delete acme.com?' })
    await dialog.waitFor()
    assert((await failure.count()) === 0, 'the notice goes once the dialog is in')
    await dialog.getByRole('button', { name: 'Cancel' }).click()
  },
  { path: '/domains', chunksDown: ['delete-domain-dialog'] },
)

test(
  'Domains at 390 px: fits the screen, axe',
  async ({ page }) => {
    await heading(page, 'Domains')
    await page.getByRole('rowheader', { name: 'acme.com', exact: true }).waitFor()
    await domainRow(page, 'acmecorp.dev')
      .getByRole('button', { name: 'DNS record for acmecorp.dev' })
      .click()
    await page.getByRole('group', { name: 'Verify acmecorp.dev' }).waitFor()
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    )
    assert(overflow <= 0, `the page scrolls sideways by ${overflow}px at 390px`)
    await axe(page, 'domains-mobile')
    await screenshot(page, 'domains-mobile')
  },
  { path: '/domains', viewport: { width: 390, height: 844 } },
)

// --- Single sign-on (IdentityProviderList) ---------------------------------------------------

test('Single sign-on: providers with strategy, state, access and domains, axe', async ({
  page,
  apiRequests,
}) => {
  await heading(page, 'Single sign-on')
  const okta = providerItem(page, 'Acme Okta')
  await okta.waitFor()
  const text = await textOf(okta)
  for (const part of ['Okta', 'Full control', 'acme.com']) {
    assert(text.includes(part), `the Okta provider should show "${part}" (got: ${text})`)
  }
  assert(
    (await okta.getByRole('switch', { name: 'Acme Okta enabled' }).getAttribute('aria-checked')) ===
      'true',
    'Acme Okta is enabled',
  )
  const oidc = providerItem(page, 'Acme Login (OIDC)')
  assert(
    (await oidc.getByRole('switch').getAttribute('aria-checked')) === 'false',
    'the OIDC provider is disabled',
  )
  await providerItem(page, 'Contractors (managed by Acme IT)').waitFor()
  assert(
    (await page
      .getByRole('list', { name: 'Identity providers' })
      .getByRole('heading', { level: 3 })
      .count()) === 8,
    'eight providers are listed',
  )
  assert(
    !apiRequests.some((request) => request.includes('/provisioning')),
    'no provisioning request before a row is opened',
  )
  await okta.getByRole('button', { name: 'Details of Acme Okta' }).click()
  await okta.getByText('On', { exact: true }).waitFor()
  await axe(page, 'sso')
  await screenshot(page, 'sso')
})

test('Single sign-on: an admin switches a provider on; the server keeps it', async ({ page }) => {
  await heading(page, 'Single sign-on')
  const toggle = providerItem(page, 'Acme Login (OIDC)').getByRole('switch', {
    name: 'Acme Login (OIDC) enabled',
  })
  await toggle.click()
  await page.getByText('Acme Login (OIDC) is enabled.').waitFor({ state: 'attached' })
  assert((await toggle.getAttribute('aria-checked')) === 'true', 'the switch is on')
  // Leave and come back: the list is read again and the provider is still on.
  const nav = page.getByRole('navigation', { name: 'Organization settings' })
  await nav.getByRole('link', { name: 'Domains' }).click()
  await heading(page, 'Domains')
  await nav.getByRole('link', { name: 'Single sign-on' }).click()
  await heading(page, 'Single sign-on')
  await page.waitForFunction(
    () =>
      document
        .querySelector('[aria-label="Acme Login (OIDC) enabled"]')
        ?.getAttribute('aria-checked') === 'true',
  )
})

test('Single sign-on: delete needs the provider’s name typed, then removes it', async ({
  page,
}) => {
  await heading(page, 'Single sign-on')
  const oidc = providerItem(page, 'Acme Login (OIDC)')
  await oidc.getByRole('button', { name: 'Details of Acme Login (OIDC)' }).click()
  await oidc.getByRole('button', { name: 'Delete Acme Login (OIDC)' }).click()
  const dialog = page.getByRole('alertdialog', { name: 'Delete Acme Login (OIDC)?' })
  await dialog
    .getByText('only allows deleting a provider that has no users', { exact: false })
    .waitFor()
  const input = dialog.getByRole('textbox', { name: 'Type acme-oidc to confirm' })
  await input.fill('acme-oid')
  await dialog.getByRole('button', { name: 'Delete provider' }).click()
  await dialog.getByText('Type the provider’s name exactly: acme-oidc').waitFor()
  await axe(page, 'sso-delete-dialog')
  await screenshot(page, 'sso-delete-dialog')
  await input.fill('acme-oidc')
  await dialog.getByRole('button', { name: 'Delete provider' }).click()
  await dialog.waitFor({ state: 'detached' })
  await page.getByText('Acme Login (OIDC) was deleted.').waitFor({ state: 'attached' })
  assert((await oidc.count()) === 0, 'the deleted provider is gone from the list')
})

test('Single sign-on: an admin links a verified domain to a provider', async ({ page }) => {
  await heading(page, 'Single sign-on')
  const adfs = providerItem(page, 'Acme ADFS')
  const editor = await linkProviderDomain(page, 'Acme ADFS', 'acme.de')
  await editor.getByText('Linked acme.de').waitFor()
  await adfs.locator('code', { hasText: 'acme.de' }).first().waitFor()
  await axe(page, 'sso-domains')
  await screenshot(page, 'sso-domains')
})

test(
  'Single sign-on at 390 px: fits the screen, axe',
  async ({ page }) => {
    await heading(page, 'Single sign-on')
    const okta = providerItem(page, 'Acme Okta')
    await okta.getByRole('button', { name: 'Details of Acme Okta' }).click()
    await okta.getByText('On', { exact: true }).waitFor()
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    )
    assert(overflow <= 0, `the page scrolls sideways by ${overflow}px at 390px`)
    await axe(page, 'sso-mobile')
    await screenshot(page, 'sso-mobile')
  },
  { path: '/single-sign-on', viewport: { width: 390, height: 844 } },
)

// --- end Single sign-on -----------------------------------------------------------------------

// ---- Provisioning (ScimTokenManager) -------------------------------------------------------

/** The provider picker on /provisioning. */
function providerPicker(page) {
  return page.getByRole('combobox', { name: 'Identity provider' })
}

test('Provisioning: picker, set-up view with expiry badges, ?idp= deep link, axe', async ({
  page,
}) => {
  await heading(page, 'Provisioning')
  const okta = page.getByRole('region', { name: 'SCIM provisioning for Acme Okta' })
  await okta.getByRole('table', { name: 'SCIM tokens for Acme Okta' }).waitFor()
  await okta.getByText('No expiry', { exact: true }).waitFor()
  await okta.getByText('SCIM endpoint URL', { exact: true }).waitFor()
  await okta.getByRole('button', { name: 'Copy the SCIM endpoint URL' }).waitFor()
  await axe(page, 'provisioning')
  await screenshot(page, 'provisioning')

  // Choosing a provider writes ?idp=con_… (the scenario stays); the URL can be reopened.
  await providerPicker(page).selectOption({ label: 'Acme PingFederate — PingFederate' })
  const ping = page.getByRole('region', { name: 'SCIM provisioning for Acme PingFederate' })
  await ping.getByRole('group', { name: /has expired/ }).waitFor()
  await ping.getByText('Expired', { exact: true }).waitFor()
  const linked = new URL(page.url())
  const idp = linked.searchParams.get('idp') ?? ''
  assert(/^con_[A-Za-z0-9]{16}$/.test(idp), `?idp= holds the provider id (got ${page.url()})`)
  await page.goto(`${origin}/provisioning?idp=${idp}`)
  await page
    .getByRole('region', { name: 'SCIM provisioning for Acme PingFederate' })
    .getByRole('group', { name: /has expired/ })
    .waitFor()
  assert(
    (await providerPicker(page).inputValue()) === idp,
    'a deep link selects its provider in the picker',
  )

  // Entra's token expires in 3 days: the rotation guide is inline.
  await providerPicker(page).selectOption({ label: 'Acme Microsoft Entra ID — Microsoft Entra ID' })
  await page.getByRole('group', { name: /before sync stops/ }).waitFor()
  await page.getByText('Expires in 3 days').waitFor()
  await axe(page, 'provisioning-rotation')
})

test('Provisioning: a provider whose strategy cannot provision says so', async ({ page }) => {
  await heading(page, 'Provisioning')
  await providerPicker(page).selectOption({
    label: 'Acme ADFS — Active Directory FS (can’t provision with SCIM)',
  })
  await page.getByText('ADFS connections can’t provision users with SCIM').waitFor()
  await page.getByText('which can’t provision users with SCIM in Lumen').waitFor()
  assert(
    (await page.getByRole('button', { name: 'Enable SCIM provisioning' }).count()) === 0,
    'no Enable button for a strategy without SCIM',
  )
  // Google Workspace is listed under `googleapps` in the configuration: not called unsupported.
  const google = await providerPicker(page)
    .locator('option', { hasText: 'Acme Google Workspace' })
    .innerText()
  assert(!google.includes('can’t provision'), `Google Workspace can provision (got "${google}")`)
  await axe(page, 'provisioning-unsupported')
})

test(
  'Provisioning: enable SCIM, create a token through the show-once dialog, revoke it',
  async ({ page, console: logs, apiRequests }) => {
    await heading(page, 'Provisioning')
    await providerPicker(page).selectOption({ label: 'Acme Login (OIDC) — OpenID Connect' })
    const region = await enableProvisioning(page, 'Acme Login (OIDC)')

    await region.getByRole('radio', { name: '30 days' }).check()
    await region.getByRole('button', { name: 'Create token' }).click()
    const dialog = page.getByRole('dialog', { name: 'Copy your new SCIM token' })
    await dialog.waitFor()
    const secret = (await dialog.getByTestId('scim-token-secret').innerText()).trim()
    assert(/^[A-Za-z0-9]{64}$/.test(secret), 'the dialog shows the plaintext token')
    // Escape (twice: Chromium force-closes on the second) and a click outside do nothing.
    await page.keyboard.press('Escape')
    await page.keyboard.press('Escape')
    await page.mouse.click(5, 5)
    await page.waitForTimeout(200)
    assert(await dialog.isVisible(), 'the show-once dialog survives Escape and a click outside')
    const done = dialog.getByRole('button', { name: 'Done' })
    assert((await done.getAttribute('aria-disabled')) === 'true', 'Done waits for the checkbox')
    await axe(page, 'provisioning-show-once')
    await screenshot(page, 'provisioning-show-once')
    await dialog
      .getByRole('checkbox', { name: 'I have copied this token and stored it safely' })
      .check()
    await done.click()
    await dialog.waitFor({ state: 'detached' })

    const table = region.getByRole('table', { name: 'SCIM tokens for Acme Login (OIDC)' })
    await table.waitFor()
    assert((await table.getByRole('row').count()) === 2, 'one token is listed')
    assert(!(await page.content()).includes(secret), 'the plaintext is gone from the page')
    assert(!page.url().includes(secret), 'the plaintext never reaches the URL')
    assert(!logs.some((line) => line.includes(secret)), 'the plaintext is never logged')
    assert(!apiRequests.some((line) => line.includes(secret)), 'the plaintext is in no request URL')

    await revokeFirstScimToken(page, table)
    await region.getByText('No token yet', { exact: false }).waitFor()
    await axe(page, 'provisioning-after-revoke')
  },
  { path: '/provisioning' },
)

test(
  'Provisioning: set-up view at 390 px and the show-once dialog in dark, axe',
  async ({ page }) => {
    await heading(page, 'Provisioning')
    const region = page.getByRole('region', { name: 'SCIM provisioning for Acme Okta' })
    await region.getByRole('table', { name: 'SCIM tokens for Acme Okta' }).waitFor()
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    assert(overflow <= 0, `no horizontal scroll at 390 px (overflow ${overflow}px)`)
    await axe(page, 'provisioning-390-dark')
    await screenshot(page, 'provisioning-390-dark')
    await region.getByRole('button', { name: 'Create token' }).click()
    await page.getByRole('dialog', { name: 'Copy your new SCIM token' }).waitFor()
    await axe(page, 'provisioning-show-once-390-dark')
    await screenshot(page, 'provisioning-show-once-390-dark')
  },
  { path: '/provisioning?theme=dark', viewport: { width: 390, height: 844 } },
)

// ---- end of Provisioning (ScimTokenManager) -------------------------------------------------

test('Navigation: side nav links, deep links and the current page', async ({ page }) => {
  await heading(page, 'Organization settings')
  const nav = page.getByRole('navigation', { name: 'Organization settings' })
  await nav.getByRole('link', { name: 'Single sign-on' }).click()
  await heading(page, 'Single sign-on')
  assert(
    new URL(page.url()).pathname === '/single-sign-on',
    `URL should be /single-sign-on, is ${page.url()}`,
  )
  const current = nav.locator('[aria-current="page"]')
  assert((await textOf(current)) === 'Single sign-on', 'the current page is marked in the nav')
  await page.goBack()
  await heading(page, 'Organization settings')
  await page.goto(`${origin}/provisioning?theme=dark`)
  await heading(page, 'Provisioning')
  await nav.getByRole('link', { name: 'General' }).click()
  await heading(page, 'General')
  assert(
    page.url().endsWith('/general?theme=dark'),
    `navigation keeps the scenario (${page.url()})`,
  )
  await page.goto(`${origin}/no-such-page`)
  await heading(page, 'Page not found')
})

test(
  'perm=readOnly: data shows, no write action is offered',
  async ({ page }) => {
    await heading(page, 'Domains')
    await page.getByRole('rowheader', { name: 'acme.com', exact: true }).waitFor()
    await page.getByText('Not available with your access', { exact: false }).waitFor()
    assert(
      (await page.getByRole('button', { name: /^(verify|delete|add domain)/i }).count()) === 0,
      'no Add, Verify or Delete button for a read-only user',
    )
    assert(
      (await page.getByRole('textbox', { name: 'Domain' }).count()) === 0,
      'no Add a domain field for a read-only user',
    )
    await axe(page, 'domains-readonly')
    await screenshot(page, 'domains-readonly')
    await page
      .getByRole('navigation', { name: 'Organization settings' })
      .getByRole('link', { name: 'Overview' })
      .click()
    const can = page.getByRole('list', { name: 'Domains permissions' })
    await can.waitFor()
    const text = (await can.textContent()) ?? ''
    assert(
      text.includes('View domains: allowed') && text.includes('Add a domain: not allowed'),
      `read-only permissions (got: ${text})`,
    )
    await page
      .getByRole('navigation', { name: 'Organization settings' })
      .getByRole('link', { name: 'General' })
      .click()
    await heading(page, 'General')
    await page
      .getByText('You can view these settings but not change them', { exact: false })
      .waitFor()
    assert(
      (await page.getByRole('button', { name: 'Save' }).count()) === 0,
      'no Save button on the read-only General page',
    )
    // Read-only fields stay focusable and readable (readonly, not disabled).
    assert(
      !(await page.getByRole('textbox', { name: 'Display name' }).isEditable()),
      'the Display name field is not editable for a read-only user',
    )
  },
  { path: '/domains?perm=readOnly' },
)

test(
  'perm=none: a clear no-access state on every page, no endless spinner',
  async ({ page }) => {
    await heading(page, 'Domains')
    await page.getByText('You don’t have access to your organization’s domains').waitFor()
    await page.getByText('read:my_org:domains').waitFor()
    await noSpinner(page)
    await axe(page, 'domains-none')
    await screenshot(page, 'domains-none')
    const nav = page.getByRole('navigation', { name: 'Organization settings' })
    for (const [link, text] of [
      ['General', 'You can’t view these settings'],
      ['Single sign-on', 'You don’t have access to your organization’s identity providers'],
      ['Provisioning', 'You don’t have access to provisioning settings'],
    ]) {
      await nav.getByRole('link', { name: link }).click()
      await page.getByText(text).waitFor()
      await noSpinner(page)
    }
    await nav.getByRole('link', { name: 'Overview' }).click()
    await page
      .getByText('Your role doesn’t include any organization permission yet', { exact: false })
      .waitFor()
    await noSpinner(page)
    await axe(page, 'overview-none')
    await screenshot(page, 'overview-none')
  },
  { path: '/domains?perm=none' },
)

test(
  'api=cors: names the page origin and “Allowed Origins (CORS)”',
  async ({ page }) => {
    await heading(page, 'Domains')
    const alert = page.getByRole('alert').filter({ hasText: 'The browser blocked the request' })
    await alert.waitFor()
    const text = await textOf(alert)
    assert(text.includes(origin), `the CORS notice should name ${origin} (got: ${text})`)
    assert(
      text.includes('Allowed Origins (CORS)'),
      'the CORS notice should name “Allowed Origins (CORS)”',
    )
    await alert.getByRole('button', { name: 'Copy the origin' }).waitFor()
    await axe(page, 'domains-cors')
    await screenshot(page, 'domains-cors')
  },
  { path: '/domains?api=cors' },
)

test(
  'api=rate-limited: a rate-limit message with its countdown',
  async ({ page }) => {
    await heading(page, 'Domains')
    // The client first retries twice, honouring Retry-After (5 s), before it gives up.
    const alert = page.getByRole('alert').filter({ hasText: 'Too many requests' })
    await alert.waitFor({ timeout: 25_000 })
    await alert.getByText(/Retrying in \d+ seconds?…/).waitFor()
    await axe(page, 'domains-rate-limited')
    await screenshot(page, 'domains-rate-limited')
  },
  { path: '/domains?api=rate-limited', timeout: 40_000 },
)

test(
  'api=offline: says the API cannot be reached, offers Try again',
  async ({ page }) => {
    await heading(page, 'Single sign-on')
    const alert = page.getByRole('alert').filter({ hasText: 'You seem to be offline' })
    await alert.waitFor()
    await alert.getByRole('button', { name: 'Try again' }).waitFor()
    await axe(page, 'sso-offline')
    await screenshot(page, 'sso-offline')
    await page.goto(`${origin}/domains?api=offline`)
    const domainsAlert = page.getByRole('alert').filter({ hasText: 'You seem to be offline' })
    await domainsAlert.waitFor()
    await domainsAlert.getByRole('button', { name: 'Try again' }).waitFor()
    await axe(page, 'domains-offline')
  },
  { path: '/single-sign-on?api=offline' },
)

test(
  'api=server-error: explains the server error',
  async ({ page }) => {
    await heading(page, 'General')
    await page
      .getByRole('alert')
      .filter({ hasText: 'Something went wrong on the server' })
      .waitFor()
    await axe(page, 'general-server-error')
    await screenshot(page, 'general-server-error')
  },
  { path: '/general?api=server-error' },
)

test(
  'api=slow: loading state first, then the data',
  async ({ page }) => {
    await heading(page, 'Domains')
    await page.getByRole('status', { name: 'Loading domains…' }).waitFor()
    await page.getByRole('rowheader', { name: 'acme.com', exact: true }).waitFor()
  },
  { path: '/domains?api=slow' },
)

test(
  'theme=dark: host shell and kit in dark, axe',
  async ({ page }) => {
    await heading(page, 'Organization settings')
    await page.getByRole('region', { name: 'Domains' }).getByText('12', { exact: true }).waitFor()
    assert(
      (await page.evaluate(() => document.documentElement.dataset.theme)) === 'dark',
      'html[data-theme=dark]',
    )
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    assert(
      background !== 'rgb(245, 246, 248)',
      `the page background should be dark (got ${background})`,
    )
    await noSpinner(page)
    await axe(page, 'overview-dark')
    await screenshot(page, 'overview-dark')
    await page.goto(`${origin}/domains?theme=dark&api=cors`)
    const alert = page.getByRole('alert').filter({ hasText: 'The browser blocked the request' })
    await alert.waitFor()
    assert(
      (await alert.getAttribute('data-mk-theme')) === 'dark',
      'the kit’s notice follows the dark theme',
    )
    await axe(page, 'domains-dark-cors')
    await screenshot(page, 'domains-dark-cors')
  },
  { path: '/?theme=dark' },
)

test(
  'locale=fr-FR: the kit’s texts are French',
  async ({ page }) => {
    await heading(page, 'Domains')
    await page.getByRole('button', { name: 'Afficher plus' }).waitFor()
    await page.goto(`${origin}/domains?locale=fr-FR&api=offline`)
    const alert = page.getByRole('alert')
    await alert.waitFor()
    const title = await textOf(alert.getByRole('heading'))
    assert(
      title !== 'You seem to be offline' && title.length > 0,
      `the notice title should be French (got: ${title})`,
    )
    await alert.getByRole('button', { name: 'Réessayer' }).waitFor()
    await axe(page, 'domains-fr-offline')
    await screenshot(page, 'domains-fr-offline')
  },
  { path: '/domains?locale=fr-FR' },
)

test(
  'Scenario panel: switches permissions through the URL and resets the data',
  async ({ page }) => {
    await heading(page, 'Domains')
    const row = domainRow(page, 'acme-labs.io')
    await row.getByRole('button', { name: 'Verify acme-labs.io' }).click()
    await row.getByText('Verified', { exact: true }).waitFor()

    const toggle = page.getByRole('button', { name: 'Demo scenario' })
    await toggle.click()
    const panel = page.getByRole('complementary', { name: 'Demo scenario' })
    await panel.getByRole('heading', { name: 'Demo scenario' }).waitFor()
    await axe(page, 'scenario-panel')
    await screenshot(page, 'domains-scenario-panel')

    await panel.getByRole('radio', { name: /Read-only/ }).check()
    await page.getByText('Not available with your access', { exact: false }).waitFor()
    assert(
      new URL(page.url()).searchParams.get('perm') === 'readOnly',
      `perm=readOnly in the URL (${page.url()})`,
    )
    assert(
      (await page.getByRole('button', { name: /^verify/i }).count()) === 0,
      'no Verify after switching to read-only',
    )

    await panel.getByRole('radio', { name: /Custom/ }).check()
    await panel.getByRole('checkbox', { name: 'read:my_org:domains' }).check()
    await page.getByRole('rowheader', { name: 'acme.com', exact: true }).waitFor()
    assert(
      new URL(page.url()).searchParams.get('scopes') === 'read:my_org:domains',
      'custom scopes in the URL',
    )

    await panel.getByRole('radio', { name: /Admin/ }).check()
    await panel.getByRole('button', { name: 'Reset demo data' }).click()
    await panel.getByText('Demo data restored.').waitFor()
    const reset = domainRow(page, 'acme-labs.io')
    await reset.getByRole('button', { name: 'Verify acme-labs.io' }).waitFor()
    assert(
      (await textOf(reset)).includes('Pending'),
      'after the reset acme-labs.io is Pending again',
    )

    await panel.getByLabel('API behaviour').selectOption('server-error')
    await page
      .getByRole('alert')
      .filter({ hasText: 'Something went wrong on the server' })
      .waitFor()
    assert(
      new URL(page.url()).searchParams.get('api') === 'server-error',
      'api=server-error in the URL',
    )
  },
  { path: '/domains' },
)

test(
  'SSO setup: IdpWizard creates an OIDC provider, then returns to /single-sign-on, axe',
  async ({ page }) => {
    await heading(page, 'New identity provider')
    const nav = page.getByRole('navigation', { name: 'Organization settings' })
    assert(
      (await textOf(nav.locator('[aria-current="page"]'))) === 'Single sign-on',
      'the side nav marks Single sign-on while setting one up',
    )
    const provider = {
      discoveryUrl: 'https://login.acme.com/.well-known/openid-configuration',
      clientId: 'lumen-e2e',
      clientSecret: 'e2e-secret',
      name: 'lumen-e2e-oidc',
      displayName: 'Lumen e2e',
      domains: ['acme.com'],
    }
    await fillOidcWizard(page, provider, async (step) => {
      if (step === 'details') return
      await axe(page, `sso-new-${step === 'sp-values' ? 'values' : step}`)
      if (step === 'provider' || step === 'review') await screenshot(page, `sso-new-${step}`)
    })
    await page.getByRole('button', { name: 'Create identity provider' }).click()
    await page.waitForURL((url) => url.pathname === '/single-sign-on')
    await heading(page, 'Single sign-on')
    assert(
      new URL(page.url()).pathname === '/single-sign-on',
      `created: back on /single-sign-on, is ${page.url()}`,
    )
  },
  { path: '/single-sign-on/new' },
)

test(
  'SSO setup: a step or saving code that fails to download loses nothing typed and sends nothing',
  async ({ page, network, apiRequests }) => {
    await heading(page, 'New identity provider')
    const provider = {
      discoveryUrl: 'https://login.acme.com/.well-known/openid-configuration',
      clientId: 'lumen-e2e',
      clientSecret: 'e2e-secret',
      name: 'lumen-e2e-offline',
      displayName: 'Lumen offline',
    }
    const failure = page.getByRole('alert').filter({ hasText: 'This part of the page didn’t load' })
    await fillOidcWizard(page, provider, async (step) => (step === 'domains' ? 'stop' : undefined))
    // The review step's code is down: its heading shows, the notice in place of its content.
    await page.getByRole('button', { name: 'Continue' }).click()
    await failure.waitFor()
    await page.getByRole('heading', { name: /^Review/ }).waitFor()
    await axe(page, 'sso-new-step-failed')
    await screenshot(page, 'sso-new-step-failed')
    await page.getByRole('button', { name: 'Back' }).click()
    await page.getByRole('button', { name: 'Back' }).click()
    const name = page.getByLabel('Connection name', { exact: true })
    assert((await name.inputValue()) === provider.name, 'the typed name is kept')
    assert((await failure.count()) === 0, 'the notice stays with the step that failed')
    network.down.delete('review-step')
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.getByRole('button', { name: 'Continue' }).click()
    await page.getByText('•••••••• (hidden)').waitFor()
    // The saving code is down too: Create explains it and sends nothing.
    await page.getByRole('button', { name: 'Create identity provider' }).click()
    await failure.waitFor()
    const writes = () => apiRequests.filter((request) => !request.startsWith('GET '))
    assert(writes().length === 0, `nothing sent: ${writes().join(', ')}`)
    network.down.clear()
    await page.getByRole('button', { name: 'Create identity provider' }).click()
    await page.waitForURL((url) => url.pathname === '/single-sign-on')
    await providerItem(page, provider.displayName).waitFor()
  },
  { path: '/single-sign-on/new', chunksDown: ['review-step', 'server-errors'] },
)

test(
  'SSO edit: IdpWizard loads a provider from ?id=, keeps its secret, axe',
  async ({ page }) => {
    await heading(page, 'Edit identity provider')
    await page.getByText('You can change everything except the connection name and type.').waitFor()
    const secret = page.getByLabel('Client secret', { exact: true })
    assert(
      (await secret.inputValue()) === '',
      'the secret field starts blank (kept unless re-entered)',
    )
    assert(
      (await page.getByLabel('Okta domain', { exact: true }).inputValue()) === 'acme.okta.com',
      'the Okta domain is loaded',
    )
    await noSpinner(page)
    await axe(page, 'sso-edit')
    await screenshot(page, 'sso-edit')
    await page.getByRole('button', { name: 'Cancel' }).click()
    await page.waitForURL((url) => url.pathname === '/single-sign-on')
    await heading(page, 'Single sign-on')
    assert(
      !new URL(page.url()).searchParams.has('id'),
      `back on the list without the edit page's id: ${page.url()}`,
    )
  },
  {
    path: `/single-sign-on/edit?id=${(
      await import(resolve(root, 'packages/mock-api/dist/index.js'))
    ).seedId('con', 'acme-okta')}`,
  },
)

test(
  'Request budget: each page loads its data with no duplicate API call',
  async () => {
    const budget = []
    for (const [path, title] of [
      ['/', 'Organization settings'],
      ['/general', 'General'],
      ['/members', 'Members'],
      ['/invitations', 'Invitations'],
      ['/domains', 'Domains'],
      ['/single-sign-on', 'Single sign-on'],
      ['/provisioning', 'Provisioning'],
    ]) {
      const opened = await open(path)
      try {
        await heading(opened.page, title)
        await noSpinner(opened.page)
        // Let any late or repeated fetch show itself before counting.
        await opened.page.waitForTimeout(750)
        const seen = new Map()
        for (const request of opened.apiRequests) {
          seen.set(request, (seen.get(request) ?? 0) + 1)
        }
        const duplicates = [...seen].filter(([, count]) => count > 1)
        assert(
          duplicates.length === 0,
          `${path} sent the same request more than once: ${duplicates
            .map(([request, count]) => `${count}× ${request}`)
            .join(', ')}`,
        )
        budget.push(`${path} ${opened.apiRequests.length}`)
      } finally {
        await opened.context.close()
      }
    }
    console.log(`    API requests per page load: ${budget.join(', ')}`)
  },
  { path: '/' },
)

// ---------------------------------------------------------------------------------------------
// Runner

const results = []
for (const { name, fn, options } of cases) {
  let opened
  results.push(
    await runCase(name, {
      timeout: options.timeout ?? CASE_TIMEOUT,
      async run() {
        opened = await open(options.path ?? pathFor(name), options)
        await fn(opened)
        await opened.page.waitForTimeout(50)
        assert(
          opened.pageErrors.length === 0,
          `uncaught page error(s): ${opened.pageErrors.map((error) => error.message).join(' | ')}`,
        )
      },
      onFailure: async () => opened && screenshot(opened.page, `failed-${slugOf(name)}`),
      cleanup: async () => opened?.context.close(),
    }),
  )
}

function pathFor(name) {
  if (name.startsWith('General')) return '/general'
  if (name.startsWith('Domains')) return '/domains'
  if (name.startsWith('Members')) return '/members'
  if (name.startsWith('Invitations')) return '/invitations'
  if (name.startsWith('Single sign-on')) return '/single-sign-on'
  if (name.startsWith('Provisioning')) return '/provisioning'
  return '/'
}

await browser.close()
await server.close()

const failed = await writeReport(resolve(artifacts, 'e2e.json'), results)
const passed = results.length - failed
console.log(
  `e2e: ${passed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`,
)
console.log(`e2e: screenshots in ${relative(process.cwd(), screenshots) || '.'}`)
process.exit(failed > 0 ? 1 : 0)
