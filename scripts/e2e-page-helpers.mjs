// Page helpers shared by the end-to-end scripts that drive the kit's components in Chromium
// (scripts/e2e-local.mjs on the demo, scripts/e2e-next.mjs on the Next.js host): assertions,
// and the kit's rows, lists and dialogs found by role and name as a person finds them.

export class AssertionError extends Error {}
export function assert(condition, message) {
  if (!condition) {
    throw new AssertionError(message)
  }
}

export async function textOf(locator) {
  return (await locator.innerText()).replace(/\s+/g, ' ').trim()
}

export function domainRow(page, domain) {
  return page
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
