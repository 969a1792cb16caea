// End-to-end tests of the demo against the dev tenant (apps/dev-tenant) in real Chromium:
// a real PKCE login through @auth0/auth0-react, real JWT access tokens, the My Organization API
// over real HTTP with CORS enforced by the browser and rate limits enforced by the server.
//
//   node scripts/e2e-local.mjs        (pnpm e2e:local; part of `npm test`)
//   E2E_LOCAL_ONLY=Invitation node scripts/e2e-local.mjs   (only the flows whose name has it)
//
// Nothing is routed through Playwright's request interception (it would answer CORS preflights
// itself); the browser resolves only localhost. Writes .artifacts/e2e-local.json for
// scripts/summary.mjs and screenshots to .artifacts/screenshots-local/. Exits 1 when a flow fails.
//
// To add a flow: `flow('Name', async ({ stack, tenant, session, page, as }) => { … })`. `as(user)`
// logs in (a fresh context per flow); the tenant is reset (seed data, tier, allow-list) before
// each flow. Bulk flows for a low tier are one entry each in `bulkActions`.
import { mkdir, rm } from 'node:fs/promises'
import { resolve } from 'node:path'

import { registerInvitationFlows } from './e2e-local-invitations.mjs'
import { memberBulkActions, registerMemberFlows } from './e2e-local-members.mjs'
import { countRequests, login, openSession, root, startLocalStack } from './local-harness.mjs'
import {
  addDomain,
  assert,
  assertNoAlert,
  createScimToken,
  domainRow,
  enableProvisioning,
  fillOidcWizard,
  nav,
  providerItem,
  revokeFirstScimToken,
  textOf,
} from './e2e-page-helpers.mjs'
import { runCase, slugOf, writeReport } from './e2e-runner.mjs'

const { createDomainFixture } = await import(resolve(root, 'packages/mock-api/dist/index.js'))

const started = Date.now()
const artifacts = resolve(root, '.artifacts')
const screenshots = resolve(artifacts, 'screenshots-local')
const FLOW_TIMEOUT = 45_000

await rm(screenshots, { recursive: true, force: true })
await mkdir(screenshots, { recursive: true })

const stack = await startLocalStack({ outDir: resolve(root, 'node_modules/.cache/demo-e2e-local') })
const { tenant, appOrigin } = stack
console.log(`e2e:local: tenant ${tenant.origin}, demo ${appOrigin}`)

const users = {
  admin: tenant.users.find((user) => user.username.startsWith('admin@')),
  member: tenant.users.find((user) => user.username.startsWith('member@')),
  none: tenant.users.find((user) => user.username.startsWith('none@')),
}

/** A JWT's header or payload (no verification: the API verifies; the test reads). */
function decodePart(jwt, index) {
  try {
    return JSON.parse(
      Buffer.from(String(jwt).split('.')[index] ?? '', 'base64url').toString('utf8'),
    )
  } catch {
    return { opaque: `not a JWT (${String(jwt).length} characters)` } // e.g. a userinfo-only token
  }
}
const decodeJwt = (jwt) => decodePart(jwt, 1)
const decodeProtectedHeader = (jwt) => decodePart(jwt, 0)

/** The decoded access token of the last /oauth/token response seen in this session. */
async function lastAccessToken(session) {
  await session.settled()
  const token = [...session.seen]
    .reverse()
    .find((request) => request.kind === 'token' && request.body)
  assert(token, 'no /oauth/token response was observed')
  const raw = /** @type {{ access_token: string, scope?: string }} */ (token.body).access_token
  return { raw, header: decodeProtectedHeader(raw), claims: decodeJwt(raw), body: token.body }
}

/** An identity provider of the seed, by display name (its id is needed for deep links). */
function seededIdp(displayName) {
  const idp = tenant.store.state.identityProviders.find(
    (candidate) => candidate.display_name === displayName,
  )
  assert(idp, `the seed has a provider named ${displayName}`)
  return idp
}

/** Adds verified domains to the tenant's store, as if their TXT records had been checked. */
function seedVerifiedDomains(names) {
  for (const name of names) {
    tenant.store.state.domains.push(createDomainFixture(name, { status: 'verified' }))
  }
}

/** SCIM tokens of a provider on the server. */
function scimTokensOf(idpId) {
  return tenant.store.state.scimTokens.filter((token) => token.identity_provider_id === idpId)
}

// ---------------------------------------------------------------------------------------------
// Flows

const flows = []
/**
 * @param {string} name
 * @param {(ctx: object) => Promise<void>} run
 * @param {{ timeout?: number }} [options]
 */
function flow(name, run, options = {}) {
  flows.push({ name, run, options })
}

flow('Login: real PKCE code flow; the access token is a JWT for the API audience', async (ctx) => {
  const { session, page } = await ctx.as(users.admin, '/domains')
  const authorize = session.seen.find((request) => request.kind === 'authorize')
  assert(authorize, 'the login went through /authorize')
  const query = authorize.query
  assert(query.get('response_type') === 'code', 'response_type=code')
  assert(query.get('code_challenge_method') === 'S256', 'PKCE with S256')
  assert((query.get('code_challenge') ?? '').length >= 43, 'a code_challenge is sent')
  assert(
    query.get('audience') === tenant.audience,
    `audience ${query.get('audience')} at /authorize`,
  )

  const token = await lastAccessToken(session)
  assert(
    token.claims.aud === tenant.audience,
    `the access token's aud is ${tenant.audience} (got ${JSON.stringify(token.claims.aud ?? token.claims.opaque)}) — an opaque or wrong-audience token still "logs in"`,
  )
  assert(token.header.alg === 'RS256', `alg RS256 (got ${token.header.alg})`)
  assert(token.header.typ === 'at+jwt', `typ at+jwt (got ${token.header.typ})`)
  assert(token.claims.iss === tenant.issuer, `iss ${tenant.issuer} (got ${token.claims.iss})`)
  assert(token.claims.org_id === tenant.organization.id, 'the token carries org_id')
  const scopes = String(token.claims.scope).split(' ')
  for (const scope of ['read:my_org:domains', 'create:my_org:domains', 'update:my_org:details']) {
    assert(scopes.includes(scope), `the admin's token grants ${scope}`)
  }

  // The profile comes from the ID token (spa-js makes no /userinfo call).
  await page.getByRole('button', { name: /Dana Reyes/ }).waitFor()

  // The API request carries that very token (observed, not intercepted).
  await domainRow(page, 'acme.com').waitFor()
  const apiCall = session.seen.find((request) => request.kind === 'api' && request.authorization)
  assert(apiCall, 'an API request with an Authorization header was observed')
  const sent = decodeJwt(String(apiCall.authorization).replace(/^Bearer\s+/i, ''))
  assert(
    sent.aud === tenant.audience,
    `the API request's token has aud ${JSON.stringify(sent.aud)}`,
  )
  assert(apiCall.status === 200, `GET ${apiCall.path} answered ${apiCall.status}`)
  // The admin's scopes allow every domain action.
  await domainRow(page, 'acme.com').getByRole('button', { name: 'Delete acme.com' }).waitFor()
  await page.getByRole('button', { name: 'Add domain' }).waitFor()
  await page.screenshot({ path: resolve(screenshots, 'domains-admin.png'), fullPage: true })
})

flow('Reload: the session comes back silently (one /authorize, one /oauth/token)', async (ctx) => {
  const { session, page } = await ctx.as(users.admin, '/domains')
  await domainRow(page, 'acme.com').waitFor()
  const from = session.seen.length
  await page.reload()
  await domainRow(page, 'acme.com').waitFor()
  await page.waitForTimeout(300)
  const counts = countRequests(session.since(from))
  assert(
    counts.authorize === 1 && counts.token === 1,
    `a reload costs one /authorize (prompt=none) and one /oauth/token, got ${counts.authorize} + ${counts.token}`,
  )
  const silent = session.since(from).find((request) => request.kind === 'authorize')
  assert(silent?.query.get('prompt') === 'none', 'the reload re-authenticates with prompt=none')
  assert((await page.locator('#username').count()) === 0, 'no login form is shown after a reload')
})

flow('OrgDetailsForm: the admin edits the display name and saves it to the API', async (ctx) => {
  const { page } = await ctx.as(users.admin, '/general')
  const displayName = page.getByRole('textbox', { name: 'Display name' })
  await page.waitForFunction(() =>
    [...document.querySelectorAll('input')].some((input) => input.value === 'Acme Corp'),
  )
  await displayName.fill('Acme Local')
  await page.getByRole('button', { name: 'Save' }).click()
  await page.getByRole('status').filter({ hasText: /saved/i }).waitFor()
  assert(
    tenant.store.state.organization.display_name === 'Acme Local',
    `the API stored the new display name (has ${tenant.store.state.organization.display_name})`,
  )
  await page.reload()
  await page.waitForFunction(() =>
    [...document.querySelectorAll('input')].some((input) => input.value === 'Acme Local'),
  )
  await assertNoAlert(page, 'general')
})

flow('DomainList: the admin adds a domain and verifies it over DNS', async (ctx) => {
  const { page } = await ctx.as(users.admin, '/domains')
  const domain = 'lumen-local-e2e.io'
  await addDomain(page, domain)
  const created = tenant.store.findDomainByName(domain)
  assert(created?.status === 'pending', 'the API created the domain, pending')
  // The customer publishes the TXT record at their DNS host.
  tenant.store.publishTxtRecord(created.verification_host, created.verification_txt)
  await domainRow(page, domain)
    .getByRole('button', { name: `Verify ${domain}` })
    .click()
  await domainRow(page, domain).getByText('Verified', { exact: true }).waitFor({ timeout: 20_000 })
  assert(tenant.store.findDomainByName(domain)?.status === 'verified', 'verified on the API')
  await assertNoAlert(page, 'domains')
  await page.screenshot({
    path: resolve(screenshots, 'domains-added-verified.png'),
    fullPage: true,
  })
})

flow('Permissions: a member sees data but no write action', async (ctx) => {
  const { session, page } = await ctx.as(users.member, '/domains')
  const token = await lastAccessToken(session)
  const scopes = String(token.claims.scope ?? '')
    .split(' ')
    .filter(Boolean)
  assert(
    scopes.length > 0 && scopes.every((scope) => scope.startsWith('read:')),
    `the member's token holds read scopes only (got ${scopes.join(' ')})`,
  )
  await domainRow(page, 'acme.com').waitFor()
  await page.getByText('Not available with your access', { exact: false }).waitFor()
  assert(
    (await page.getByRole('button', { name: /^(verify|delete|add domain)/i }).count()) === 0,
    'no Add, Verify or Delete for a member',
  )
  await nav(page).getByRole('link', { name: 'General' }).click()
  await page
    .getByText('You can view these settings but not change them', { exact: false })
    .waitFor()
  assert((await page.getByRole('button', { name: 'Save' }).count()) === 0, 'no Save for a member')
  const writes = session.seen.filter(
    (request) => request.kind === 'api' && request.method !== 'GET',
  )
  assert(writes.length === 0, `a member sent no write (${writes.map((w) => w.path).join(', ')})`)
  await page.screenshot({ path: resolve(screenshots, 'general-member.png'), fullPage: true })
})

flow(
  'Permissions: a user without scopes gets a clear no-access state, no API call',
  async (ctx) => {
    const { session, page } = await ctx.as(users.none, '/domains')
    const token = await lastAccessToken(session)
    assert(
      token.claims.aud === tenant.audience,
      `even without scopes the token is for the API (aud ${JSON.stringify(token.claims.aud)})`,
    )
    assert(!token.claims.scope, `no API scope granted (got ${token.claims.scope})`)
    await page.getByText('You don’t have access to your organization’s domains').waitFor()
    await nav(page).getByRole('link', { name: 'General' }).click()
    await page.getByText('You can’t view these settings').waitFor()
    const calls = session.seen.filter((request) => request.kind === 'api')
    assert(
      calls.length === 0,
      `no API request without scopes (sent ${calls.map((c) => c.path).join(', ')})`,
    )
  },
)

flow('IdentityProviderList: the admin switches a provider off and on again', async (ctx) => {
  const { session, page } = await ctx.as(users.admin, '/single-sign-on')
  const okta = seededIdp('Acme Okta')
  assert(okta.is_enabled, 'Acme Okta starts enabled')
  const toggle = providerItem(page, 'Acme Okta').getByRole('switch', { name: 'Acme Okta enabled' })
  await toggle.waitFor()
  const from = session.seen.length
  await toggle.click()
  await page.getByText('Acme Okta is disabled.').waitFor({ state: 'attached', timeout: 20_000 })
  assert((await toggle.getAttribute('aria-checked')) === 'false', 'the switch shows off')
  assert(!tenant.store.findIdentityProvider(okta.id)?.is_enabled, 'the API stored is_enabled off')
  await toggle.click()
  await page.getByText('Acme Okta is enabled.').waitFor({ state: 'attached', timeout: 20_000 })
  assert((await toggle.getAttribute('aria-checked')) === 'true', 'the switch shows on')
  assert(tenant.store.findIdentityProvider(okta.id)?.is_enabled, 'the API stored is_enabled on')
  const patches = session
    .since(from)
    .filter((request) => request.kind === 'api' && request.method === 'PATCH')
  assert(
    patches.length === 2 && patches.every((request) => request.status === 200),
    `one PATCH per switch (${patches.map((p) => `${p.path} ${p.status}`).join(', ')})`,
  )
  // A full reload reads the list again from the server: still on.
  await page.reload()
  await toggle.waitFor()
  assert((await toggle.getAttribute('aria-checked')) === 'true', 'on after a reload')
  await assertNoAlert(page, 'sso toggle')
})

flow('IdentityProviderList: the admin links a verified domain to a provider', async (ctx) => {
  const { page } = await ctx.as(users.admin, '/single-sign-on')
  const adfs = seededIdp('Acme ADFS')
  assert(adfs.domains.length === 0, 'Acme ADFS starts with no domain')
  const item = providerItem(page, 'Acme ADFS')
  await item.getByRole('button', { name: 'Details of Acme ADFS' }).click()
  await item.getByRole('button', { name: 'Manage domains of Acme ADFS' }).click()
  const editor = item.getByRole('group', { name: 'Domains of Acme ADFS' })
  await editor.getByRole('checkbox', { name: 'acme.co.uk' }).check()
  await editor.getByRole('button', { name: 'Apply changes' }).click()
  await editor.getByText('All changes applied.').waitFor({ timeout: 20_000 })
  await item.locator('code', { hasText: 'acme.co.uk' }).first().waitFor()
  const linked = tenant.store.findIdentityProvider(adfs.id)?.domains ?? []
  assert(
    linked.length === 1 && linked[0] === 'acme.co.uk',
    `the API linked acme.co.uk to Acme ADFS (has ${JSON.stringify(linked)})`,
  )
  await assertNoAlert(page, 'sso link domain')
  await page.screenshot({ path: resolve(screenshots, 'sso-domain-linked.png'), fullPage: true })
})

flow('IdpWizard: the admin creates an OIDC provider through every step', async (ctx) => {
  const { session, page } = await ctx.as(users.admin, '/single-sign-on/new')
  await page.getByRole('heading', { name: 'New identity provider', level: 1 }).waitFor()
  const discoveryUrl = 'https://login.lumen-e2e.example/.well-known/openid-configuration'
  await fillOidcWizard(page, {
    discoveryUrl,
    clientId: 'lumen-local-e2e',
    clientSecret: 'local-e2e-secret',
    name: 'lumen-local-oidc',
    displayName: 'Lumen local OIDC',
    domains: ['acme.com'],
  })
  await page.getByRole('button', { name: 'Create identity provider' }).click()
  await page.waitForURL((url) => url.pathname === '/single-sign-on', { timeout: 20_000 })
  await providerItem(page, 'Lumen local OIDC').waitFor({ timeout: 20_000 })
  await assertNoAlert(page, 'wizard')

  const created = tenant.store.state.identityProviders.find(
    (idp) => idp.name === 'lumen-local-oidc',
  )
  assert(created, 'the API has the new provider')
  assert(created.strategy === 'oidc', `strategy oidc (got ${created.strategy})`)
  assert(created.display_name === 'Lumen local OIDC', `display name (${created.display_name})`)
  const expected = {
    client_id: 'lumen-local-e2e',
    discovery_url: discoveryUrl,
    type: 'back_channel',
  }
  const options = Object.fromEntries(Object.entries(created.options).sort())
  assert(
    JSON.stringify(options) === JSON.stringify(expected),
    `options ${JSON.stringify(options)}, expected ${JSON.stringify(expected)} (the secret is never returned)`,
  )
  assert(
    JSON.stringify(created.domains) === '["acme.com"]',
    `linked domains ${JSON.stringify(created.domains)}`,
  )
  const posts = session.seen.filter(
    (request) =>
      request.kind === 'api' &&
      request.method === 'POST' &&
      request.path === '/my-org/identity-providers',
  )
  assert(posts.length === 1, `one create request (${posts.length})`)
  const secretInUrl = session.seen.some((request) =>
    `${request.path}?${request.query}`.includes('local-e2e-secret'),
  )
  assert(!secretInUrl, 'the client secret is in no request URL')
  await page.screenshot({ path: resolve(screenshots, 'sso-wizard-created.png'), fullPage: true })
})

flow(
  'ScimTokenManager: enable provisioning, create a token (show once), revoke it',
  async (ctx) => {
    const oidc = seededIdp('Acme Login (OIDC)')
    assert(!tenant.store.state.provisioning.has(oidc.id), 'no provisioning at first')
    const { session, page } = await ctx.as(users.admin, `/provisioning?idp=${oidc.id}`)
    const region = await enableProvisioning(page, 'Acme Login (OIDC)')
    assert(tenant.store.state.provisioning.has(oidc.id), 'the API has the provisioning config')

    await region.getByRole('radio', { name: '30 days' }).check()
    const secret = await createScimToken(page, region)
    const table = region.getByRole('table', { name: 'SCIM tokens for Acme Login (OIDC)' })
    await table.waitFor()
    assert((await table.getByRole('row').count()) === 2, 'one token is listed')
    const onServer = scimTokensOf(oidc.id)
    assert(onServer.length === 1, `the API has one token (${onServer.length})`)
    assert(!(await page.content()).includes(secret), 'the plaintext is gone from the DOM')
    assert(!page.url().includes(secret), 'the plaintext never reaches the URL')
    assert(
      !session.consoleMessages.some((line) => line.includes(secret)),
      'the plaintext is never logged',
    )
    const tokenId = (await table.getByRole('rowheader').innerText()).trim()
    assert(tokenId === onServer[0].token_id, `the row is the server's token (${tokenId})`)

    await revokeFirstScimToken(page, table)
    await region.getByText('No token yet', { exact: false }).waitFor({ timeout: 20_000 })
    assert(scimTokensOf(oidc.id).length === 0, 'the API revoked the token')
    await assertNoAlert(page, 'provisioning')
  },
)

flow('Permissions: a member sees SSO and provisioning read-only', async (ctx) => {
  const okta = seededIdp('Acme Okta')
  const { session, page } = await ctx.as(users.member, '/single-sign-on')
  const item = providerItem(page, 'Acme Okta')
  await item.waitFor()
  await item.getByRole('button', { name: 'Details of Acme Okta' }).click()
  await item.getByText('acme.com', { exact: false }).first().waitFor()
  assert(
    (await page.getByRole('button', { name: 'Add identity provider' }).count()) === 0,
    'no Add identity provider for a member',
  )
  assert((await page.getByRole('switch').count()) === 0, 'no enable switch for a member')
  assert(
    (await page.getByRole('button', { name: /^(delete|manage domains|edit)/i }).count()) === 0,
    'no Delete, Edit or Manage domains for a member',
  )
  await page.goto(`${appOrigin}/provisioning?idp=${okta.id}`)
  const region = page.getByRole('region', { name: 'SCIM provisioning for Acme Okta' })
  await region.getByRole('table', { name: 'SCIM tokens for Acme Okta' }).waitFor()
  assert(
    (await page
      .getByRole('button', { name: /^(create token|revoke|enable scim|disable)/i })
      .count()) === 0,
    'no Create token, Revoke, Enable or Disable for a member',
  )
  const writes = session.seen.filter(
    (request) => request.kind === 'api' && request.method !== 'GET',
  )
  assert(writes.length === 0, `a member sent no write (${writes.map((w) => w.path).join(', ')})`)
  await page.screenshot({ path: resolve(screenshots, 'provisioning-member.png'), fullPage: true })
})

flow(
  'Permissions: without scopes, SSO and provisioning explain the missing access',
  async (ctx) => {
    const { session, page } = await ctx.as(users.none, '/single-sign-on')
    await page
      .getByText('You don’t have access to your organization’s identity providers')
      .waitFor()
    await nav(page).getByRole('link', { name: 'Provisioning' }).click()
    await page.getByText('You don’t have access to provisioning settings').waitFor()
    const calls = session.seen.filter((request) => request.kind === 'api')
    assert(
      calls.length === 0,
      `no API request without scopes (sent ${calls.map((c) => c.path).join(', ')})`,
    )
  },
)

flow(
  'CORS: with the demo origin off the allow-list, the page names the origin to add',
  async (ctx) => {
    tenant.control.setAllowedOrigins([])
    const { session, page } = await ctx.as(users.admin, '/domains')
    const alert = page.getByRole('alert').filter({ hasText: 'The browser blocked the request' })
    await alert.waitFor({ timeout: 20_000 })
    const text = await textOf(alert)
    assert(text.includes(appOrigin), `the notice names ${appOrigin} (got: ${text})`)
    assert(text.includes('Allowed Origins (CORS)'), 'the notice names “Allowed Origins (CORS)”')
    // The browser enforced it: the preflight was refused, so no authenticated request ran.
    const reached = tenant.log.filter(
      (entry) =>
        entry.path.startsWith('/my-org/') &&
        entry.method !== 'OPTIONS' &&
        entry.at >= ctx.flowStarted,
    )
    assert(
      reached.every((entry) => entry.status !== 200),
      'no authenticated API request succeeded on the server',
    )
    assert(
      session.seen.some((request) => request.kind === 'token'),
      'the login itself worked',
    )
    await page.screenshot({ path: resolve(screenshots, 'domains-cors.png'), fullPage: true })
  },
)

/**
 * Bulk actions for the low-tier flow: each one acts several times in a row through the UI.
 * `prepare()` (optional) shapes the tenant's data after the reset, before the login; `path` is a
 * string or a function of that data.
 */
const bulkActions = [
  {
    name: 'add several domains',
    path: '/domains',
    async run({ page }) {
      await domainRow(page, 'acme.com').waitFor()
      const names = ['bulk-one.io', 'bulk-two.io', 'bulk-three.io', 'bulk-four.io', 'bulk-five.io']
      for (const name of names) {
        await addDomain(page, name)
      }
      for (const name of names) {
        assert(tenant.store.findDomainByName(name), `${name} was created on the API`)
      }
    },
  },
  {
    name: 'link several domains',
    path: '/single-sign-on',
    prepare() {
      seedVerifiedDomains(['acme.de', 'acme.fr', 'acme.it'])
    },
    async run({ page }) {
      const adfs = seededIdp('Acme ADFS')
      const names = ['acme.com', 'acme.co.uk', 'acme.de', 'acme.fr', 'acme.it']
      const item = providerItem(page, 'Acme ADFS')
      await item.getByRole('button', { name: 'Details of Acme ADFS' }).click()
      await item.getByRole('button', { name: 'Manage domains of Acme ADFS' }).click()
      const editor = item.getByRole('group', { name: 'Domains of Acme ADFS' })
      for (const name of names) {
        await editor.getByRole('checkbox', { name, exact: true }).check()
      }
      await editor.getByRole('button', { name: 'Apply changes' }).click()
      await editor.getByText('All changes applied.').waitFor({ timeout: 30_000 })
      const linked = [...(tenant.store.findIdentityProvider(adfs.id)?.domains ?? [])].sort()
      assert(
        JSON.stringify(linked) === JSON.stringify([...names].sort()),
        `the API linked every domain (has ${JSON.stringify(linked)})`,
      )
    },
  },
  {
    name: 'create several tokens',
    prepare() {
      // Acme Okta starts with one token; the mock allows this many per provider.
      const okta = seededIdp('Acme Okta')
      tenant.store.state.scimTokens = tenant.store.state.scimTokens.filter(
        (token) => token.identity_provider_id !== okta.id,
      )
    },
    path: () => `/provisioning?idp=${seededIdp('Acme Okta').id}`,
    async run({ page }) {
      const okta = seededIdp('Acme Okta')
      const cap = tenant.store.state.maxScimTokensPerIdentityProvider ?? 3
      const region = page.getByRole('region', { name: 'SCIM provisioning for Acme Okta' })
      await region.getByText('No token yet', { exact: false }).waitFor()
      const table = region.getByRole('table', { name: 'SCIM tokens for Acme Okta' })
      // Two creates with the show-once dialog in between can take longer than the tier's
      // one-second window, so an organic 429 is not certain. The first create is refused with
      // the real 429 body and headers (Retry-After: 1): the client must wait and send it again,
      // and the admin sees no error. The other bulk flows hit the tier's limit organically.
      tenant.faults.rateLimit = { retryAfterSeconds: 1, operations: ['createScimToken'], times: 1 }
      for (let index = 1; index <= cap; index += 1) {
        await createScimToken(page, region)
        await table.waitFor()
        // The header row plus one row per token so far.
        await table.getByRole('row').nth(index).waitFor({ timeout: 20_000 })
      }
      assert(
        scimTokensOf(okta.id).length === cap,
        `the API holds ${cap} tokens (has ${scimTokensOf(okta.id).length})`,
      )
      assert((await table.getByRole('row').count()) === cap + 1, `the table lists ${cap} tokens`)
    },
  },
]

bulkActions.push(...memberBulkActions({ tenant, assert }))

for (const action of bulkActions) {
  flow(
    `Low tier (1 write/s, 2 reads/s): ${action.name} completes with no error shown`,
    async (ctx) => {
      action.prepare?.()
      const path = typeof action.path === 'function' ? action.path() : action.path
      const { session, page } = await ctx.as(users.admin, path)
      tenant.control.setTier({ read: 2, write: 1 })
      const from = session.seen.length
      await action.run({ page, session })
      await page.waitForTimeout(300)
      await assertNoAlert(page, action.name)
      const limited = session.since(from).filter((request) => request.status === 429)
      assert(
        limited.length > 0,
        'the server never answered 429, so this flow did not exercise Retry-After',
      )
      console.log(
        `    ${limited.length} × 429 absorbed (pacing + Retry-After) over ${countRequests(session.since(from)).api} API requests: ${limited.map((request) => `${request.method} ${request.path.replace(/^\/my-org/, '')}`).join(', ')}`,
      )
    },
    { timeout: 90_000 },
  )
}

flow('Expired access token: renewed silently, the action succeeds', async (ctx) => {
  const { session, page } = await ctx.as(users.admin, '/domains')
  await domainRow(page, 'acme.com').waitFor()
  tenant.control.expireAccessTokens()
  await page.waitForTimeout(1100) // a new token's iat must be past the cut-off second
  const from = session.seen.length
  await addDomain(page, 'after-expiry.io')
  await assertNoAlert(page, 'after expiry')
  const after = session.since(from)
  const refused = after.filter((request) => request.kind === 'api' && request.status === 401)
  assert(refused.length >= 1, 'the API refused the expired token (401) first')
  const counts = countRequests(after)
  assert(
    counts.authorize === 1 && counts.token === 1,
    `one silent renewal (/authorize prompt=none + /oauth/token), got ${counts.authorize} + ${counts.token}`,
  )
  assert(tenant.store.findDomainByName('after-expiry.io'), 'the domain was created')
  const posts = after.filter((request) => request.kind === 'api' && request.method === 'POST')
  assert(
    posts.filter((request) => request.status === 201).length === 1,
    `the write succeeded exactly once (${posts.map((p) => p.status).join(', ')})`,
  )
})

flow('Sign out: /v2/logout ends the session and returns to the app', async (ctx) => {
  const { page } = await ctx.as(users.admin, '/')
  await page.getByRole('button', { name: /Dana Reyes/ }).click()
  await page.getByRole('button', { name: 'Sign out' }).click()
  await page.getByRole('button', { name: 'Sign in' }).waitFor()
  assert(new URL(page.url()).origin === appOrigin, `back on the app (${page.url()})`)
  await page.reload()
  await page.getByRole('button', { name: 'Sign in' }).waitFor()
})

registerInvitationFlows({ flow, assert, stack, openSession, screenshots })
registerMemberFlows({ flow, assert, assertNoAlert, stack, openSession, screenshots })

// ---------------------------------------------------------------------------------------------
// Runner

const results = []
// E2E_LOCAL_ONLY=<text> runs only the flows whose name contains it (while working on one).
const only = process.env.E2E_LOCAL_ONLY
for (const { name, run, options } of flows.filter((entry) => !only || entry.name.includes(only))) {
  const flowStarted = Date.now()
  tenant.control.reset()
  /** @type {import('./local-harness.mjs').Session | undefined} */
  let session
  const ctx = {
    stack,
    tenant,
    flowStarted,
    /** Hands a session opened by the flow itself to the runner (page errors, clean-up). */
    keep(opened) {
      session = opened
    },
    /** Logs `user` in on a fresh context, starting at `path`. */
    async as(user, path = '/') {
      session = await openSession(stack)
      await login(session, stack, user, path)
      return { session, page: session.page }
    },
  }
  results.push(
    await runCase(name, {
      timeout: options.timeout ?? FLOW_TIMEOUT,
      async run() {
        await run(ctx)
        if (session) {
          assert(
            session.pageErrors.length === 0,
            `uncaught page error(s): ${session.pageErrors.map((error) => error.message).join(' | ')}`,
          )
        }
      },
      onFailure: async () =>
        session?.page.screenshot({
          path: resolve(screenshots, `failed-${slugOf(name)}.png`),
          fullPage: true,
        }),
      cleanup: async () => session?.context.close(),
    }),
  )
}

await stack.close()
const failed = await writeReport(resolve(artifacts, 'e2e-local.json'), results)
const passed = results.length - failed
console.log(
  `e2e:local: ${passed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`,
)
process.exit(failed > 0 ? 1 : 0)
