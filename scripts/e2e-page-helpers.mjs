// Page helpers shared by the scripts that drive the kit's components in Chromium (e2e.mjs on the
// mocked demo, e2e-local.mjs and bench-requests.mjs on the dev tenant, e2e-next.mjs on the
// Next.js host): assertions; the kit's rows, lists and dialogs found by role and name as a
// person finds them; and the flows more than one script walks (the wizard, SCIM tokens), so a
// change of label is made once.

export class AssertionError extends Error {}
export function assert(condition, message) {
  if (!condition) {
    throw new AssertionError(message)
  }
}

export async function textOf(locator) {
  return (await locator.innerText()).replace(/\s+/g, ' ').trim()
}

/** The table row whose row header is exactly `domain`, in a page or in a part of one. */
export function domainRow(scope, domain) {
  const page = typeof scope.page === 'function' ? scope.page() : scope
  return scope
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: domain, exact: true }) })
}

export function nav(page) {
  return page.getByRole('navigation', { name: 'Organization settings' })
}

/** No kit alert on the page (errors, rate limits, CORS). */
export async function assertNoAlert(page, label) {
  const alerts = page.getByRole('alert')
  const count = await alerts.count()
  const texts = []
  for (let index = 0; index < count; index += 1) {
    // Next.js announces route changes in a role=alert live region of its own.
    if ((await alerts.nth(index).getAttribute('id')) === '__next-route-announcer__') {
      continue
    }
    const text = await textOf(alerts.nth(index))
    if (text) {
      texts.push(text)
    }
  }
  assert(texts.length === 0, `${label}: an error is shown to the user: ${texts.join(' | ')}`)
}

/** Adds a domain through DomainList's form and waits for its row. */
export async function addDomain(page, domain) {
  const input = page.getByRole('textbox', { name: 'Domain', exact: true })
  await input.fill(domain)
  await page.getByRole('button', { name: 'Add domain' }).click()
  await domainRow(page, domain).waitFor({ timeout: 20_000 })
}

/** The list item of an identity provider on /single-sign-on, by its display name. */
export function providerItem(page, name) {
  return page
    .getByRole('list', { name: 'Identity providers' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name, exact: true, level: 3 }) })
}

/**
 * Creates a SCIM token through ScimTokenManager's show-once dialog: reads the plaintext, ticks
 * the copy confirmation, Done. Returns the plaintext (to check it left the page).
 */
export async function createScimToken(page, region) {
  await region.getByRole('button', { name: 'Create token' }).click()
  const dialog = page.getByRole('dialog', { name: 'Copy your new SCIM token' })
  await dialog.waitFor({ timeout: 20_000 })
  const secret = (await dialog.getByTestId('scim-token-secret').innerText()).trim()
  assert(/^[A-Za-z0-9]{64}$/.test(secret), 'the dialog shows the plaintext token')
  await dialog
    .getByRole('checkbox', { name: 'I have copied this token and stored it safely' })
    .check()
  await dialog.getByRole('button', { name: 'Done' }).click()
  await dialog.waitFor({ state: 'detached' })
  return secret
}

/**
 * Links `domain` to the identity provider `name` on /single-sign-on, through the provider's
 * details and its domain editor, and waits until the editor says every change applied. Returns
 * the editor.
 */
export async function linkProviderDomain(page, name, domain) {
  const item = providerItem(page, name)
  await item.getByRole('button', { name: `Details of ${name}` }).click()
  await item.getByRole('button', { name: `Manage domains of ${name}` }).click()
  const editor = item.getByRole('group', { name: `Domains of ${name}` })
  await editor.getByRole('checkbox', { name: domain }).check()
  await editor.getByRole('button', { name: 'Apply changes' }).click()
  await editor.getByText('All changes applied.').waitFor()
  return editor
}

/**
 * Walks IdpWizard's create flow for an OpenID Connect provider, from the strategy picker to the
 * review step (left for the caller to submit): the values for the IdP admin, the connection,
 * the names, and the `domains` to link. `at(step)` runs once each step is on screen ('provider'
 * with OpenID Connect picked, 'sp-values', 'connection' and 'details' filled in, 'domains'
 * ticked, 'review'), for the caller's axe checks and screenshots; it returns 'stop' to stop there.
 *
 * @param {import('playwright-core').Page} page
 * @param {{ discoveryUrl: string, clientId: string, clientSecret: string, name: string,
 *   displayName: string, domains?: string[] }} provider
 * @param {(step: string) => Promise<unknown>} [at]
 */
export async function fillOidcWizard(page, provider, at = async () => undefined) {
  const next = () => page.getByRole('button', { name: 'Continue' }).click()
  await page.getByRole('radio', { name: /^OpenID Connect/ }).check()
  if ((await at('provider')) === 'stop') return
  await next()
  await page
    .getByText(/\/login\/callback$/)
    .first()
    .waitFor()
  if ((await at('sp-values')) === 'stop') return
  await next()
  await page.getByLabel('Discovery URL', { exact: true }).fill(provider.discoveryUrl)
  await page.getByLabel('Client ID', { exact: true }).fill(provider.clientId)
  await page.getByLabel('Client secret', { exact: true }).fill(provider.clientSecret)
  if ((await at('connection')) === 'stop') return
  await next()
  await page.getByLabel('Connection name', { exact: true }).fill(provider.name)
  await page.getByLabel('Display name', { exact: true }).fill(provider.displayName)
  if ((await at('details')) === 'stop') return
  await next()
  for (const domain of provider.domains ?? []) {
    await page.getByRole('checkbox', { name: domain, exact: true }).check()
  }
  if ((await at('domains')) === 'stop') return
  await next()
  // The review shows the secret that will be sent, hidden.
  await page.getByText('•••••••• (hidden)').waitFor()
  if ((await at('review')) === 'stop') return
}

/**
 * Turns SCIM provisioning on for the identity provider `name` through ScimTokenManager's
 * confirmation, and waits for its empty token list. Returns the manager's region.
 */
export async function enableProvisioning(page, name) {
  const region = page.getByRole('region', { name: `SCIM provisioning for ${name}` })
  await region.getByRole('button', { name: 'Enable SCIM provisioning' }).click()
  await page
    .getByRole('alertdialog', { name: `Enable SCIM provisioning for ${name}?` })
    .getByRole('button', { name: 'Enable provisioning' })
    .click()
  await region.getByText('No token yet', { exact: false }).waitFor({ timeout: 20_000 })
  return region
}

/** Revokes the first token of a SCIM token `table` through its confirmation; returns its id. */
export async function revokeFirstScimToken(page, table) {
  const tokenId = (await table.getByRole('rowheader').first().innerText()).trim()
  await table.getByRole('button', { name: `Revoke token ${tokenId}` }).click()
  await page
    .getByRole('alertdialog', { name: `Revoke token ${tokenId}?` })
    .getByRole('button', { name: 'Revoke token' })
    .click()
  return tokenId
}
