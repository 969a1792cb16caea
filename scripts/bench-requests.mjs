// Request benchmark of the demo in local mode (a script, not a timed test): the dev tenant, the
// demo built against it, real Chromium, the real auth0-spa-js. Logs in once as the admin, then
// walks every page (a full page load each, as when a person opens a link) and the main flows,
// and counts per page and per flow:
//   - token requests: `/authorize` (interactive or prompt=none) and `/oauth/token`;
//   - API requests, against the minimum: one GET per resource shown; one request per write plus
//     one narrow refetch;
//   - for flows, also against the per-write minimum: one request per write (its answer carries
//     the new state, so nothing is refetched); bulk flows one per item plus at most one refetch
//     for the batch. `perWrite` gives the flow's reads (resources it newly shows), its writes and
//     whether it is a bulk flow.
// Prints a table and writes .artifacts/bench-requests.json and .artifacts/bench-requests.md.
//
//   node scripts/bench-requests.mjs     (pnpm bench:requests; not part of `npm test`)
//
// To add a page or a flow, append to `pages` or `flows` below (`path` may be a function of the
// reset tenant data, for seeded ids; a flow's `prepare()` shapes that data before the page loads).
// The members and invitations rows are in bench-requests-members.mjs. An entry that costs more
// than its minimum carries a `note` saying why; the script warns about any row above its minimum
// without one.
import { mkdir, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'

import { memberFlows, memberPages } from './bench-requests-members.mjs'
import {
  createScimToken,
  domainRow,
  enableProvisioning,
  fillOidcWizard,
  linkProviderDomain,
  providerItem,
  revokeFirstScimToken,
} from './e2e-page-helpers.mjs'
import { countRequests, login, openSession, root, startLocalStack } from './local-harness.mjs'

const stack = await startLocalStack({
  outDir: resolve(root, 'node_modules/.cache/demo-bench-requests'),
  tier: 'privatePerformance', // the benchmark counts requests, not rate limiting
})
const { tenant, appOrigin } = stack
const admin = tenant.users.find((user) => user.username.startsWith('admin@'))

/** A seeded identity provider's id, by display name (the seed's ids are deterministic). */
function idpId(displayName) {
  const idp = tenant.store.state.identityProviders.find(
    (candidate) => candidate.display_name === displayName,
  )
  if (!idp) {
    throw new Error(`the seed has no provider named ${displayName}`)
  }
  return idp.id
}

/**
 * The provisioning page's minimum: the provider list (picker), GET /config/identity-providers
 * (which strategies can provision), and for the one provider shown its provisioning and, when it
 * is set up, its SCIM tokens.
 */
function provisioningMinimum(state, displayName) {
  const shown = state.identityProviders.find((idp) => idp.display_name === displayName)
  return 2 + 1 + (shown && state.provisioning.has(shown.id) ? 1 : 0)
}

const providerReadNote =
  'ScimTokenManager takes only an id and reads the provider (`GET /identity-providers/{id}`). That query starts from the copy in a loaded `GET /identity-providers`, so with the picker’s list loaded first this row is +0; a +1 means the list was not loaded yet when the manager mounted.'

/** ScimTokenManager's region for the identity provider `name`. */
function scimRegion(page, name) {
  return page.getByRole('region', { name: `SCIM provisioning for ${name}` })
}

/** The SCIM token table of the identity provider `name`. */
function scimTokenTable(page, name) {
  return scimRegion(page, name).getByRole('table', { name: `SCIM tokens for ${name}` })
}

/** Waits until no kit spinner is left and the network has been quiet for a moment. */
async function settle(page) {
  await page.waitForFunction(
    () =>
      document.querySelectorAll('[role="status"][aria-busy="true"], .state-loading').length === 0,
    null,
    { timeout: 15_000 },
  )
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(500)
}

/**
 * Pages, opened with a full page load. `minimum` is one GET per resource the page shows, from
 * the API's data (the seed), so it does not trust what the page happened to request.
 */
const pages = [
  {
    name: 'Overview /',
    path: '/',
    ready: (page) =>
      page.getByRole('heading', { name: 'Organization settings', level: 1 }).waitFor(),
    // organization details, the domains (one page of 100), the identity providers
    minimum: () => 3,
  },
  {
    name: 'General /general',
    path: '/general',
    ready: (page) => page.getByRole('textbox', { name: 'Display name' }).waitFor(),
    minimum: () => 1, // organization details
  },
  {
    name: 'Domains /domains',
    path: '/domains',
    ready: (page) => domainRow(page, 'acme.com').waitFor(),
    minimum: () => 1, // the first page of domains
  },
  {
    name: 'Single sign-on /single-sign-on',
    path: '/single-sign-on',
    ready: (page) => page.getByRole('heading', { name: 'Single sign-on', level: 1 }).waitFor(),
    minimum: () => 1, // the identity providers
  },
  {
    name: 'Provisioning /provisioning',
    path: '/provisioning',
    ready: (page) => page.getByRole('heading', { name: 'Provisioning', level: 1 }).waitFor(),
    // the identity providers (the picker), the strategies' SCIM support (the picker's labels), and
    // for the one provider shown (the first that can provision): its provisioning and, when set
    // up, its SCIM tokens
    minimum: (state) => provisioningMinimum(state, 'Acme Okta'),
    note: providerReadNote,
  },
  {
    name: 'New identity provider /single-sign-on/new',
    path: '/single-sign-on/new',
    ready: (page) => page.getByRole('radio', { name: /^OpenID Connect/ }).waitFor(),
    // GET /config (the allowed strategies) and GET /config/identity-providers (the enabled
    // strategies and which profile flags the admin may set); the domains load on their own step
    minimum: () => 2,
  },
  {
    name: 'Edit identity provider /single-sign-on/edit?id=…',
    path: () => `/single-sign-on/edit?id=${idpId('Acme Okta')}`,
    ready: (page) => page.getByLabel('Okta domain', { exact: true }).waitFor(),
    minimum: () => 2, // the provider and GET /config/identity-providers (the profile flags)
  },
  {
    name: 'Provisioning of one provider /provisioning?idp=…',
    path: () => `/provisioning?idp=${idpId('Acme PingFederate')}`,
    ready: (page) => scimTokenTable(page, 'Acme PingFederate').waitFor(),
    minimum: (state) => provisioningMinimum(state, 'Acme PingFederate'),
    note: providerReadNote,
  },
]

pages.push(...memberPages(tenant))

/** Main flows, in the page already open (no reload). `minimum`: writes + one narrow refetch. */
const flows = [
  {
    name: 'Save organization details',
    path: '/general',
    ready: (page) => page.getByRole('textbox', { name: 'Display name' }).waitFor(),
    async run(page) {
      await page.getByRole('textbox', { name: 'Display name' }).fill('Acme Bench')
      await page.getByRole('button', { name: 'Save' }).click()
      await page.getByRole('status').filter({ hasText: /saved/i }).waitFor()
    },
    minimum: 2, // PATCH /details + GET /details
    perWrite: { reads: 0, writes: 1 }, // PATCH /details (the answer is the saved details)
  },
  {
    name: 'Add a domain',
    path: '/domains',
    ready: (page) => domainRow(page, 'acme.com').waitFor(),
    async run(page) {
      await page.getByRole('textbox', { name: 'Domain', exact: true }).fill('bench-added.io')
      await page.getByRole('button', { name: 'Add domain' }).click()
      await domainRow(page, 'bench-added.io').waitFor()
    },
    minimum: 2, // POST /domains + GET /domains
    // POST /domains. The kit refetches the list: where a new domain sorts is the API's to say.
    perWrite: { reads: 0, writes: 1 },
  },
  {
    name: 'Verify a domain',
    path: '/domains',
    ready: (page) => domainRow(page, 'acme-labs.io').waitFor(),
    async run(page) {
      await domainRow(page, 'acme-labs.io')
        .getByRole('button', { name: 'Verify acme-labs.io' })
        .click()
      await domainRow(page, 'acme-labs.io').getByText('Verified', { exact: true }).waitFor()
    },
    minimum: 2, // POST /domains/{id}/verify + GET /domains
    perWrite: { reads: 0, writes: 1 }, // POST /domains/{id}/verify (the answer is the domain)
  },
  {
    name: 'Delete a domain',
    path: '/domains',
    ready: (page) => domainRow(page, 'acmecorp.dev').waitFor(),
    async run(page) {
      await domainRow(page, 'acmecorp.dev')
        .getByRole('button', { name: 'Delete acmecorp.dev' })
        .click()
      const dialog = page.getByRole('alertdialog', { name: 'Delete acmecorp.dev?' })
      await dialog.waitFor()
      await dialog.getByRole('button', { name: /^Delete/ }).click()
      await domainRow(page, 'acmecorp.dev').waitFor({ state: 'detached' })
    },
    minimum: 3, // GET /domains/{id}/identity-providers (the warning) + DELETE + GET /domains
    perWrite: { reads: 1, writes: 1 }, // the warning's GET + DELETE; the row leaves the cache
  },
  {
    name: 'Toggle a provider',
    path: '/single-sign-on',
    ready: (page) => providerItem(page, 'Acme Okta').getByRole('switch').waitFor(),
    async run(page) {
      await providerItem(page, 'Acme Okta').getByRole('switch').click()
      await page.getByText('Acme Okta is disabled.').waitFor({ state: 'attached' })
    },
    minimum: 2, // PATCH /identity-providers/{id} + GET /identity-providers
    perWrite: { reads: 0, writes: 1 }, // PATCH (the answer is the provider)
  },
  {
    name: 'Link a domain',
    path: '/single-sign-on',
    ready: (page) => providerItem(page, 'Acme ADFS').waitFor(),
    async run(page) {
      await linkProviderDomain(page, 'Acme ADFS', 'acme.co.uk')
    },
    // GET /config/identity-providers when Details open (whether the strategy can provision),
    // GET /domains when Manage domains opens (the checkboxes), POST …/domains, GET the list
    minimum: 4,
    // the same two reads, one POST per domain, at most one refetch for the batch
    perWrite: { reads: 2, writes: 1, bulk: true },
  },
  {
    name: 'Create a provider (wizard)',
    path: '/single-sign-on/new',
    ready: (page) => page.getByRole('radio', { name: /^OpenID Connect/ }).waitFor(),
    async run(page) {
      await fillOidcWizard(page, {
        discoveryUrl: 'https://login.bench.example/.well-known/openid-configuration',
        clientId: 'bench-client',
        clientSecret: 'bench-secret',
        name: 'bench-oidc',
        displayName: 'Bench OIDC',
        domains: ['acme.com'],
      })
      await page.getByRole('button', { name: 'Create identity provider' }).click()
      await page.waitForURL((url) => url.pathname === '/single-sign-on')
      await providerItem(page, 'Bench OIDC').waitFor()
    },
    // GET /domains (the domain step), POST /identity-providers with the linked domain in its
    // `domains` field (the create body allows it), GET /identity-providers back on the list
    minimum: 3,
    // GET /domains and GET /identity-providers (the list page, new on screen); POST the provider
    // and one POST per linked domain (a bulk flow: at most one refetch for the batch)
    perWrite: { reads: 2, writes: 2, bulk: true },
    note: 'IdpWizard creates the provider, then links each chosen domain with its own `POST /identity-providers/{id}/domains` (the create body never sends `domains`, as Auth0’s own UI), so each domain is one more write; it reports which link failed while the provider stays created. Not a repeated request; sending `domains` in the create body would save one write per domain (follow-up).',
  },
  {
    name: 'Enable provisioning',
    path: () => `/provisioning?idp=${idpId('Acme Login (OIDC)')}`,
    ready: (page) =>
      scimRegion(page, 'Acme Login (OIDC)')
        .getByRole('button', { name: 'Enable SCIM provisioning' })
        .waitFor(),
    async run(page) {
      await enableProvisioning(page, 'Acme Login (OIDC)')
    },
    // POST …/provisioning, GET …/provisioning (the narrow refetch), and GET …/scim-tokens: the
    // token list appears only once provisioning is on (a new resource on screen)
    minimum: 3,
    perWrite: { reads: 1, writes: 1 }, // GET …/scim-tokens (new on screen) + POST …/provisioning
  },
  {
    name: 'Create a SCIM token',
    path: () => `/provisioning?idp=${idpId('Acme Okta')}`,
    ready: (page) => scimTokenTable(page, 'Acme Okta').waitFor(),
    async run(page) {
      await createScimToken(page, scimRegion(page, 'Acme Okta'))
      await scimTokenTable(page, 'Acme Okta').getByRole('row').nth(2).waitFor()
    },
    minimum: 2, // POST /scim-tokens + GET /scim-tokens
    perWrite: { reads: 0, writes: 1 }, // POST (the metadata joins the cached list)
  },
  {
    name: 'Revoke a SCIM token',
    path: () => `/provisioning?idp=${idpId('Acme Okta')}`,
    ready: (page) => scimTokenTable(page, 'Acme Okta').waitFor(),
    async run(page) {
      await revokeFirstScimToken(page, scimTokenTable(page, 'Acme Okta'))
      await scimRegion(page, 'Acme Okta').getByText('No token yet', { exact: false }).waitFor()
    },
    minimum: 2, // DELETE /scim-tokens/{id} + GET /scim-tokens
    perWrite: { reads: 0, writes: 1 }, // DELETE (the token leaves the cached list)
  },
]

flows.push(...memberFlows(tenant))

/**
 * The per-write minimum of a flow: its reads, one request per write, and for a bulk flow at most
 * one refetch for the whole batch.
 */
function perWriteMinimum({ reads, writes, bulk = false }) {
  return reads + writes + (bulk ? 1 : 0)
}

/** `+n` / `-n` / `+0`. */
function signed(value) {
  return `${value >= 0 ? '+' : ''}${value}`
}

/** An entry's path: a string, or a function of the (reset) tenant data. */
function pathOf(entry) {
  return typeof entry.path === 'function' ? entry.path() : entry.path
}

const results = []
const session = await openSession(stack)
try {
  await login(session, stack, admin, '/')
  await settle(session.page)
  const loginCounts = countRequests(session.seen)
  results.push({
    kind: 'login',
    name: 'Login (interactive, then Overview)',
    ...loginCounts,
    minimumTokens: '1 + 1',
    minimumApi: 3,
  })

  for (const entry of pages) {
    tenant.control.reset()
    const from = session.seen.length
    await session.page.goto(`${appOrigin}${pathOf(entry)}`)
    await entry.ready(session.page)
    await settle(session.page)
    results.push({
      kind: 'page',
      name: `Page load ${entry.name}`,
      ...countRequests(session.since(from)),
      minimumTokens: '1 + 1',
      minimumApi: entry.minimum(tenant.store.state),
      note: entry.note,
    })
  }

  for (const entry of flows) {
    tenant.control.reset()
    entry.prepare?.() // shapes the reset data before the page loads
    await session.page.goto(`${appOrigin}${pathOf(entry)}`)
    await entry.ready(session.page)
    await settle(session.page)
    const from = session.seen.length
    await entry.run(session.page)
    await settle(session.page).catch((error) => {
      throw new Error(`flow “${entry.name}” did not settle: ${error.message}`)
    })
    results.push({
      kind: 'flow',
      name: entry.name,
      ...countRequests(session.since(from)),
      minimumTokens: '0 + 0',
      minimumApi: entry.minimum,
      minimumPerWrite: perWriteMinimum(entry.perWrite),
      note: entry.note,
    })
  }

  // The other seeded users: a partial grant (member) or none must not cost extra token requests.
  for (const user of tenant.users.filter((candidate) => candidate !== admin)) {
    tenant.control.reset()
    const other = await openSession(stack)
    try {
      await login(other, stack, user, '/domains')
      await settle(other.page)
      const from = other.seen.length
      await other.page.reload()
      await other.page.getByRole('heading', { name: 'Domains', level: 1 }).waitFor()
      await settle(other.page)
      const scopes = user.scopes.length
      results.push({
        kind: 'page',
        name: `Page load Domains /domains as ${user.username} (${scopes ? 'read scopes' : 'no scope'})`,
        ...countRequests(other.since(from)),
        minimumTokens: '1 + 1',
        minimumApi: scopes ? 1 : 0, // without read:my_org:domains the page says so, no request
      })
    } finally {
      await other.context.close()
    }
  }
} finally {
  await session.context.close()
  await stack.close()
}

const lines = [
  '| Page / flow | /authorize | /oauth/token | API requests | minimum | difference | per-write minimum | vs per-write |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...results.map((result) => {
    const perWrite =
      result.minimumPerWrite === undefined
        ? '– | –'
        : `${result.minimumPerWrite} | ${signed(result.api - result.minimumPerWrite)}`
    return `| ${result.name} | ${result.authorize} | ${result.token} | ${result.api} | ${result.minimumApi} | ${signed(result.api - result.minimumApi)} | ${perWrite} |`
  }),
]
const notes = results
  .filter((result) => result.note && result.api !== result.minimumApi)
  .map(
    (result) =>
      `- ${result.name} (${result.api - result.minimumApi > 0 ? '+' : ''}${result.api - result.minimumApi}): ${result.note}`,
  )
const unexplained = results.filter((result) => result.api > result.minimumApi && !result.note)
const details = results.map(
  (result) => `- ${result.name}: ${result.apiList.join(', ') || '(none)'}`,
)
const markdown = [
  '# Request benchmark (demo in local mode, real auth0-spa-js)',
  '',
  'Token minimum: one `/authorize` + one `/oauth/token` per full page load (the memory cache starts empty; `prompt=none` in a hidden iframe), none within the page. API minimum: one GET per resource shown; one request per write plus one narrow refetch. Per-write minimum (flows): the reads of what the flow newly shows, one request per write (its answer carries the new state), and for bulk flows one request per item plus at most one refetch for the batch.',
  '',
  ...lines,
  '',
  '## Why a count differs from the minimum',
  '',
  ...(notes.length > 0 ? notes : ['- (none)']),
  '',
  '## API requests seen',
  '',
  ...details,
  '',
].join('\n')

const artifacts = resolve(root, '.artifacts')
await mkdir(artifacts, { recursive: true })
await writeFile(resolve(artifacts, 'bench-requests.md'), markdown)
await writeFile(
  resolve(artifacts, 'bench-requests.json'),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), results }, null, 2)}\n`,
)
console.log(lines.join('\n'))
console.log('')
console.log(notes.join('\n'))
console.log('')
console.log(details.join('\n'))
if (unexplained.length > 0) {
  console.log(
    `\n⚠ above the minimum with no explanation: ${unexplained.map((r) => r.name).join(', ')}`,
  )
}
const abovePerWrite = results.filter(
  (result) => result.minimumPerWrite !== undefined && result.api > result.minimumPerWrite,
)
if (abovePerWrite.length > 0) {
  console.log(
    `\nabove the per-write minimum: ${abovePerWrite.map((r) => `${r.name} (${signed(r.api - r.minimumPerWrite)})`).join(', ')}`,
  )
}
const tooManyTokens = results.filter((result) => result.kind !== 'flow' && result.token > 1)
if (tooManyTokens.length > 0) {
  console.log(
    `\n⚠ more than one token request per page load: ${tooManyTokens.map((r) => r.name).join(', ')}`,
  )
}
console.log('\nbench:requests: .artifacts/bench-requests.md and .json')
