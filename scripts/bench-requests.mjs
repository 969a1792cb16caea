// Request benchmark of the demo in local mode (a script, not a timed test): the dev tenant, the
// demo built against it, real Chromium, the real auth0-spa-js. Logs in once as the admin, then
// walks every page (a full page load each, as when a person opens a link) and the main flows,
// and counts per page and per flow:
//   - token requests: `/authorize` (interactive or prompt=none) and `/oauth/token`;
//   - API requests, against the minimum: one GET per resource shown; one request per write plus
//     one narrow refetch.
// Prints a table and writes .artifacts/bench-requests.json and .artifacts/bench-requests.md.
//
//   node scripts/bench-requests.mjs     (pnpm bench:requests; not part of `npm test`)
//
// To add a page or a flow, append to `pages` or `flows` below.
import { mkdir, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'

import { countRequests, login, openSession, root, startLocalStack } from './local-harness.mjs'

const stack = await startLocalStack({
  outDir: resolve(root, 'node_modules/.cache/demo-bench-requests'),
  tier: 'privatePerformance', // the benchmark counts requests, not rate limiting
})
const { tenant, appOrigin } = stack
const admin = tenant.users.find((user) => user.username.startsWith('admin@'))

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

function row(page, name) {
  return page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) })
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
    ready: (page) => row(page, 'acme.com').waitFor(),
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
    // the identity providers, the provisioning of each one the organization fully manages
    // (the ones the page lists), the SCIM tokens of each provisioned one
    minimum: (state) => {
      const managed = state.identityProviders.filter((idp) => idp.access_level === 'full')
      const provisioned = managed.filter((idp) => state.provisioning.has(idp.id))
      return 1 + managed.length + provisioned.length
    },
  },
]

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
  },
  {
    name: 'Add a domain',
    path: '/domains',
    ready: (page) => row(page, 'acme.com').waitFor(),
    async run(page) {
      await page.getByRole('textbox', { name: 'Domain', exact: true }).fill('bench-added.io')
      await page.getByRole('button', { name: 'Add domain' }).click()
      await row(page, 'bench-added.io').waitFor()
    },
    minimum: 2, // POST /domains + GET /domains
  },
  {
    name: 'Verify a domain',
    path: '/domains',
    ready: (page) => row(page, 'acme-labs.io').waitFor(),
    async run(page) {
      await row(page, 'acme-labs.io').getByRole('button', { name: 'Verify acme-labs.io' }).click()
      await row(page, 'acme-labs.io').getByText('Verified', { exact: true }).waitFor()
    },
    minimum: 2, // POST /domains/{id}/verify + GET /domains
  },
  {
    name: 'Delete a domain',
    path: '/domains',
    ready: (page) => row(page, 'acmecorp.dev').waitFor(),
    async run(page) {
      await row(page, 'acmecorp.dev').getByRole('button', { name: 'Delete acmecorp.dev' }).click()
      const dialog = page.getByRole('dialog', { name: 'Delete acmecorp.dev?' })
      await dialog.waitFor()
      await dialog.getByRole('button', { name: /^Delete/ }).click()
      await row(page, 'acmecorp.dev').waitFor({ state: 'detached' })
    },
    minimum: 3, // GET /domains/{id}/identity-providers (the warning) + DELETE + GET /domains
  },
]

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
    await session.page.goto(`${appOrigin}${entry.path}`)
    await entry.ready(session.page)
    await settle(session.page)
    results.push({
      kind: 'page',
      name: `Page load ${entry.name}`,
      ...countRequests(session.since(from)),
      minimumTokens: '1 + 1',
      minimumApi: entry.minimum(tenant.store.state),
    })
  }

  for (const entry of flows) {
    tenant.control.reset()
    await session.page.goto(`${appOrigin}${entry.path}`)
    await entry.ready(session.page)
    await settle(session.page)
    const from = session.seen.length
    await entry.run(session.page)
    await settle(session.page)
    results.push({
      kind: 'flow',
      name: entry.name,
      ...countRequests(session.since(from)),
      minimumTokens: '0 + 0',
      minimumApi: entry.minimum,
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
  '| Page / flow | /authorize | /oauth/token | API requests | minimum | difference |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...results.map(
    (result) =>
      `| ${result.name} | ${result.authorize} | ${result.token} | ${result.api} | ${result.minimumApi} | ${result.api - result.minimumApi >= 0 ? '+' : ''}${result.api - result.minimumApi} |`,
  ),
]
const details = results.map(
  (result) => `- ${result.name}: ${result.apiList.join(', ') || '(none)'}`,
)
const markdown = [
  '# Request benchmark (demo in local mode, real auth0-spa-js)',
  '',
  'Token minimum: one `/authorize` + one `/oauth/token` per full page load (the memory cache starts empty; `prompt=none` in a hidden iframe), none within the page. API minimum: one GET per resource shown; one request per write plus one narrow refetch.',
  '',
  ...lines,
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
console.log(details.join('\n'))
const tooManyTokens = results.filter((result) => result.kind !== 'flow' && result.token > 1)
if (tooManyTokens.length > 0) {
  console.log(
    `\n⚠ more than one token request per page load: ${tooManyTokens.map((r) => r.name).join(', ')}`,
  )
}
console.log('\nbench:requests: .artifacts/bench-requests.md and .json')
