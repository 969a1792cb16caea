// The flows of scripts/e2e-next.mjs. Each gets `ctx`: `as(user)` signs in on a fresh context,
// `tenant` (reset before each flow), `appOrigin`, `mode` (`kit`: myorg-kit's proxy at
// /api/my-org; `sdk`: nextjs-auth0's at /my-org), `refusals` (the refusal table) and `screenshot`.
import {
  addDomain,
  assert,
  assertNoAlert,
  createScimToken,
  domainRow,
  enableProvisioning,
  fillOidcWizard,
  providerItem,
  revokeFirstScimToken,
} from './e2e-page-helpers.mjs'
import {
  pageVisibleState,
  rawRequest,
  signedJwtsIn,
  startCrossOriginPage,
} from './e2e-next-checks.mjs'

const basePathOf = (mode) => (mode === 'kit' ? '/api/my-org' : '/my-org')
const userOf = (tenant, prefix) => tenant.users.find((user) => user.username.startsWith(prefix))
const admin = (ctx) => userOf(ctx.tenant, 'admin@')
const member = (ctx) => userOf(ctx.tenant, 'member@')

function seededIdp(tenant, displayName) {
  const idp = tenant.store.state.identityProviders.find((c) => c.display_name === displayName)
  assert(idp, `the seed has a provider named ${displayName}`)
  return idp
}

/** The API requests the tenant received from index `from` on. */
const tenantApiCalls = (tenant, from = 0) =>
  tenant.log.slice(from).filter((entry) => entry.path.startsWith('/my-org'))

/** The page's own proxy calls (what the browser sent to the host's API path). */
const proxyCalls = (session, ctx) =>
  session.responses.filter((response) => {
    const url = new URL(response.url)
    return url.origin === ctx.appOrigin && url.pathname.startsWith(`${basePathOf(ctx.mode)}/`)
  })

const waitForValue = (page, value) =>
  page.waitForFunction(
    (expected) => [...document.querySelectorAll('input')].some((input) => input.value === expected),
    value,
  )

async function signIn(ctx) {
  const session = await ctx.as(admin(ctx))
  const seen = session.responses.map((response) => new URL(response.url))
  for (const [origin, path] of [
    [ctx.appOrigin, '/auth/login'],
    [ctx.tenant.origin, '/authorize'],
    [ctx.appOrigin, '/auth/callback'],
  ]) {
    assert(
      seen.some((url) => url.origin === origin && url.pathname === path),
      `the sign-in went through ${origin}${path}`,
    )
  }
  const [client] = ctx.tenant.webClients
  const codeGrant = ctx.tenant.grants.find((grant) => grant.grantType === 'authorization_code')
  assert(codeGrant?.clientId === client.clientId, 'the server redeemed the code with its secret')
  await session.page.getByRole('heading', { name: 'General', level: 1 }).waitFor()
  await waitForValue(session.page, 'Acme Corp')
  await assertNoAlert(session.page, 'general')
  if (ctx.mode === 'kit') await ctx.screenshot(session.page, 'general')
  return session
}

async function editDetails(ctx) {
  const session = await signIn(ctx)
  const { page } = session
  const from = ctx.tenant.log.length
  const name = `Acme via ${ctx.mode}`
  await page.getByRole('textbox', { name: 'Display name' }).fill(name)
  await page.getByRole('button', { name: 'Save' }).click()
  await page.getByRole('status').filter({ hasText: /saved/i }).waitFor()
  const stored = ctx.tenant.store.state.organization.display_name
  assert(stored === name, `the tenant stored the display name (has ${stored})`)
  const patch = proxyCalls(session, ctx).find((call) => call.method === 'PATCH')
  assert(patch?.status === 200, `PATCH ${basePathOf(ctx.mode)}/details answered ${patch?.status}`)
  const upstream = tenantApiCalls(ctx.tenant, from).filter((entry) => entry.method === 'PATCH')
  assert(upstream.length === 1 && upstream[0].path === '/my-org/details', 'one PATCH upstream')
  await page.reload()
  await waitForValue(page, name)
  return session
}

/** The browser never holds a signed JWT: responses, cookies, storage, window state. */
async function assertNoTokenInBrowser(ctx, session) {
  const { page, context } = session
  const profile = await page.evaluate(async () => {
    const token = await fetch('/auth/access-token')
    const me = await fetch('/auth/profile')
    return { tokenStatus: token.status, profile: await me.text() }
  })
  assert(profile.tokenStatus === 404, `/auth/access-token is off (answered ${profile.tokenStatus})`)
  await session.settled()
  const leaks = []
  for (const response of session.responses) {
    const found = signedJwtsIn(`${JSON.stringify(response.headers)}\n${response.body}`)
    if (found.length > 0) leaks.push(`${response.method} ${response.url}: ${JSON.stringify(found)}`)
  }
  const cookies = await context.cookies()
  for (const cookie of cookies) {
    if (signedJwtsIn(cookie.value).length > 0) leaks.push(`cookie ${cookie.name}`)
  }
  const sessionCookie = cookies.find((cookie) => cookie.name.startsWith('__session'))
  assert(sessionCookie?.httpOnly, 'the session cookie exists and scripts cannot read it')
  const visible = await pageVisibleState(page)
  if (signedJwtsIn(visible).length > 0) leaks.push('window state / storage / document.cookie')
  if (signedJwtsIn(profile.profile).length > 0) leaks.push('/auth/profile')
  assert(visible.includes('self.__next_f'), 'the RSC payload was part of the scan')
  assert(leaks.length === 0, `an access token reached the browser: ${leaks.join(' | ')}`)
  assert(
    session.responses.length > 20,
    `the scan covered the session (${session.responses.length} responses)`,
  )
}

/** Paths outside the API and a cross-origin write, sent with a valid session cookie. */
async function assertRefusals(ctx, session) {
  const base = basePathOf(ctx.mode)
  const cookies = await session.context.cookies(ctx.appOrigin)
  const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ')
  const before = { log: ctx.tenant.log.length, domains: ctx.tenant.store.state.domains.length }
  const body = JSON.stringify({ domain: 'refused-e2e.io' })
  const json = { 'content-type': 'application/json' }
  const attempts = [
    { tried: `GET ${base}/../..`, path: `${base}/../..` },
    { tried: `GET ${base}/foo`, path: `${base}/foo` },
    { tried: `GET ${base}/%2e%2e/x`, path: `${base}/%2e%2e/x` },
    { tried: `GET ${base}/domains%2F..%2F..%2Fx`, path: `${base}/domains%2F..%2F..%2Fx` },
    { tried: `GET ${base}//details`, path: `${base}//details` },
    { tried: `DELETE ${base}/details`, method: 'DELETE', path: `${base}/details` },
    {
      tried: `POST ${base}/domains, Origin: http://localhost:1`,
      method: 'POST',
      path: `${base}/domains`,
      headers: { ...json, origin: 'http://localhost:1', 'sec-fetch-site': 'same-site' },
      body,
    },
    {
      tried: `GET ${base}/details without the session cookie`,
      path: `${base}/details`,
      headers: { cookie: '' },
    },
    {
      tried: `POST ${base}/domains with a 2 MiB body`,
      method: 'POST',
      path: `${base}/domains`,
      headers: { ...json, origin: ctx.appOrigin },
      body: JSON.stringify({ domain: 'x'.repeat(2 * 1024 * 1024) }),
    },
    {
      tried: `POST ${base}/domains as text/plain`,
      method: 'POST',
      path: `${base}/domains`,
      headers: { 'content-type': 'text/plain', origin: ctx.appOrigin },
      body,
    },
  ]
  for (const attempt of attempts) {
    const response = await rawRequest(ctx.appOrigin, {
      ...attempt,
      headers: { cookie, ...attempt.headers },
    })
    let code
    try {
      code = String(JSON.parse(response.body).error) // the kit proxy's refusal code
    } catch {
      code = response.headers.location
        ? `Next.js redirects to ${response.headers.location}`
        : `Next.js ${response.status} page`
    }
    ctx.refusals.push({ mode: ctx.mode, tried: attempt.tried, status: response.status, code })
    const apiAnswer = response.status < 300 && /json/.test(String(response.headers['content-type']))
    assert(!apiAnswer, `${attempt.tried} got an API answer (${response.status})`)
  }
  const reached = tenantApiCalls(ctx.tenant, before.log)
  assert(reached.length === 0, `refused requests reached the tenant: ${JSON.stringify(reached)}`)
  assert(ctx.tenant.store.state.domains.length === before.domains, 'no domain was added')
}

/**
 * A page on another localhost origin posts to the proxy with the person's cookie. The browser
 * hides the answer from that page (no CORS headers), and Playwright drops the headers of a
 * CORS-failed request, so the wire is read through the DevTools protocol.
 */
async function assertCrossOriginRefused(ctx, session) {
  const target = `${ctx.appOrigin}${basePathOf(ctx.mode)}/domains`
  const other = await startCrossOriginPage(target, 'cross-origin-e2e.io')
  try {
    const from = ctx.tenant.log.length
    const page = await session.context.newPage()
    const wire = await watchWire(session.context, page)
    await page.goto(other.origin)
    const outcomes = await page.evaluate(() => window.attempts)
    await page.waitForTimeout(300)
    // The JSON POST stops at its preflight (no CORS answer): only the simple one hits the wire.
    const posts = wire
      .exchanges()
      .filter((x) => x.url === target && x.method === 'POST' && x.status !== undefined)
    assert(posts.length >= 1, `the browser sent a POST (${outcomes.join(', ')})`)
    for (const post of posts) {
      assert(post.headers.origin === other.origin, `sent with Origin ${post.headers.origin}`)
      assert(/__session/.test(post.headers.cookie ?? ''), 'sent with the session cookie')
      assert(post.status === 403, `the host refused it with 403 (got ${post.status})`)
    }
    assert(tenantApiCalls(ctx.tenant, from).length === 0, 'nothing reached the tenant')
    assert(!ctx.tenant.store.findDomainByName('cross-origin-e2e.io'), 'no domain was added')
    const preflights = wire.exchanges().filter((x) => x.url === target && x.method === 'OPTIONS')
    ctx.refusals.push({
      mode: ctx.mode,
      tried: `POST ${basePathOf(ctx.mode)}/domains from a page on ${other.origin}, cookie sent (text/plain; JSON)`,
      status: posts.map((post) => post.status).join(', '),
      code: `JSON: preflight ${preflights.map((x) => x.status).join(', ') || 'none'}, no POST; the page saw: ${outcomes.join('; ')}`,
    })
    await page.close()
  } finally {
    await other.close()
  }
}

/** Requests as they went over the wire (headers with cookies, raw status), by DevTools events. */
async function watchWire(context, page) {
  const cdp = await context.newCDPSession(page)
  const byId = new Map()
  const entry = (id) => byId.get(id) ?? byId.set(id, { headers: {} }).get(id)
  cdp.on('Network.requestWillBeSent', (event) => {
    Object.assign(entry(event.requestId), { url: event.request.url, method: event.request.method })
  })
  cdp.on('Network.requestWillBeSentExtraInfo', (event) => {
    const lower = Object.entries(event.headers).map(([k, v]) => [k.toLowerCase(), v])
    Object.assign(entry(event.requestId).headers, Object.fromEntries(lower))
  })
  cdp.on('Network.responseReceivedExtraInfo', (event) => {
    entry(event.requestId).status = event.statusCode
  })
  await cdp.send('Network.enable')
  return { exchanges: () => [...byId.values()] }
}

/** Short-lived tokens: after expiry an action still works, renewed by the SDK's refresh grant. */
async function renewal(ctx) {
  ctx.tenant.control.setAccessTokenTtl(2)
  const session = await signIn(ctx)
  const { page } = session
  const signedInAt = session.navigations.length
  const fromGrant = ctx.tenant.grants.length
  const fromLog = ctx.tenant.log.length
  await page.waitForTimeout(8_000) // past the 2 s lifetime and the API's 5 s clock tolerance
  const name = `Acme renewed (${ctx.mode})`
  await page.getByRole('textbox', { name: 'Display name' }).fill(name)
  await page.getByRole('button', { name: 'Save' }).click()
  await page.getByRole('status').filter({ hasText: /saved/i }).waitFor()
  assert(ctx.tenant.store.state.organization.display_name === name, 'the save reached the API')
  const refreshes = ctx.tenant.grants
    .slice(fromGrant)
    .filter((g) => g.grantType === 'refresh_token')
  assert(refreshes.length >= 1, 'the server renewed the token with its refresh token')
  const refused = tenantApiCalls(ctx.tenant, fromLog).filter((entry) => entry.status === 401)
  assert(refused.length === 0, `no expired token reached the API (${refused.length} × 401)`)
  const later = session.navigations.slice(signedInAt)
  assert(
    !later.some((url) => url.startsWith(ctx.tenant.origin)),
    `no login page after sign-in (${later.join(', ')})`,
  )
  await assertNoAlert(page, 'after renewal')
}

/** The proxy refuses a cross-origin POST and paths outside the API; the tenant sees neither. */
async function refusedRequests(ctx) {
  const session = await signIn(ctx)
  await assertCrossOriginRefused(ctx, session)
  await assertRefusals(ctx, session)
}

export const kitFlows = [
  { name: 'Sign-in through the Next.js app at the tenant, onto the settings', run: signIn },
  { name: 'OrgDetailsForm: edit the display name through the proxy', run: editDetails },
  {
    name: 'DomainList: add, verify over DNS and delete a domain through the proxy',
    async run(ctx) {
      const { page } = await ctx.as(admin(ctx))
      await page
        .getByRole('navigation', { name: 'Organization settings' })
        .getByRole('link', { name: 'Domains' })
        .click()
      await domainRow(page, 'acme.com').waitFor()
      await ctx.screenshot(page, 'domains')
      const domain = 'next-e2e.io'
      await addDomain(page, domain)
      const created = ctx.tenant.store.findDomainByName(domain)
      assert(created?.status === 'pending', 'the tenant created the domain, pending')
      ctx.tenant.store.publishTxtRecord(created.verification_host, created.verification_txt)
      await domainRow(page, domain)
        .getByRole('button', { name: `Verify ${domain}` })
        .click()
      await domainRow(page, domain)
        .getByText('Verified', { exact: true })
        .waitFor({ timeout: 20_000 })
      assert(
        ctx.tenant.store.findDomainByName(domain)?.status === 'verified',
        'verified on the tenant',
      )
      await domainRow(page, domain)
        .getByRole('button', { name: `Delete ${domain}` })
        .click()
      await page
        .getByRole('alertdialog', { name: `Delete ${domain}?` })
        .getByRole('button', { name: /^Delete/ })
        .click()
      await domainRow(page, domain).waitFor({ state: 'detached', timeout: 20_000 })
      assert(!ctx.tenant.store.findDomainByName(domain), 'deleted on the tenant')
      await assertNoAlert(page, 'domains')
    },
  },
  {
    name: 'IdentityProviderList + IdpWizard: toggle a provider, create an OIDC provider',
    async run(ctx) {
      const { page } = await ctx.as(admin(ctx))
      await page.goto(`${ctx.appOrigin}/settings/sso`)
      const okta = seededIdp(ctx.tenant, 'Acme Okta')
      const toggle = providerItem(page, 'Acme Okta').getByRole('switch', {
        name: 'Acme Okta enabled',
      })
      await toggle.click()
      await page.getByText('Acme Okta is disabled.').waitFor({ state: 'attached', timeout: 20_000 })
      assert(!ctx.tenant.store.findIdentityProvider(okta.id)?.is_enabled, 'disabled on the tenant')
      await ctx.screenshot(page, 'sso')
      await page.getByRole('button', { name: 'Add identity provider' }).click()
      await page.waitForURL((url) => url.pathname === '/settings/sso/new')
      await fillOidcWizard(
        page,
        {
          discoveryUrl: 'https://login.next-e2e.example/.well-known/openid-configuration',
          clientId: 'next-e2e',
          clientSecret: 'next-e2e-secret',
          name: 'next-e2e-oidc',
          displayName: 'Next e2e OIDC',
        },
        async (step) => step === 'review' && ctx.screenshot(page, 'sso-new'),
      )
      await page.getByRole('button', { name: 'Create identity provider' }).click()
      await page.waitForURL((url) => url.pathname === '/settings/sso', { timeout: 20_000 })
      await providerItem(page, 'Next e2e OIDC').waitFor({ timeout: 20_000 })
      const created = ctx.tenant.store.state.identityProviders.find(
        (idp) => idp.name === 'next-e2e-oidc',
      )
      assert(created?.strategy === 'oidc', 'the tenant has the new OIDC provider')
      await assertNoAlert(page, 'sso')
    },
  },
  {
    name: 'ScimTokenManager: enable provisioning, create a token, revoke it',
    async run(ctx) {
      const oidc = seededIdp(ctx.tenant, 'Acme Login (OIDC)')
      const { page } = await ctx.as(admin(ctx))
      await page.goto(`${ctx.appOrigin}/settings/provisioning?idp=${oidc.id}`)
      const region = await enableProvisioning(page, 'Acme Login (OIDC)')
      const secret = await createScimToken(page, region)
      const table = region.getByRole('table', { name: 'SCIM tokens for Acme Login (OIDC)' })
      await table.waitFor()
      const onServer = ctx.tenant.store.state.scimTokens.filter(
        (t) => t.identity_provider_id === oidc.id,
      )
      assert(onServer.length === 1, `the tenant has one token (${onServer.length})`)
      assert(!(await page.content()).includes(secret), 'the plaintext is gone from the page')
      await ctx.screenshot(page, 'provisioning')
      await revokeFirstScimToken(page, table)
      await region.getByText('No token yet', { exact: false }).waitFor({ timeout: 20_000 })
      assert(
        ctx.tenant.store.state.scimTokens.every((t) => t.identity_provider_id !== oidc.id),
        'revoked on the tenant',
      )
    },
  },
  {
    name: 'MemberList + InvitationManager: members load, an invitation is sent through the proxy',
    async run(ctx) {
      const { page } = await ctx.as(admin(ctx))
      await page.goto(`${ctx.appOrigin}/settings/members`)
      await page.getByRole('table', { name: 'Your organization’s members' }).waitFor()
      await ctx.screenshot(page, 'members')
      await assertNoAlert(page, 'members')
      await page.goto(`${ctx.appOrigin}/settings/invitations`)
      const email = 'next-e2e-invitee@acme.test'
      await page.getByRole('textbox', { name: 'Email addresses' }).fill(email)
      await page.getByRole('button', { name: 'Send 1 invitation' }).click()
      await page.getByText('1 invitation was sent.').waitFor({ timeout: 20_000 })
      const sent = ctx.tenant.store.state.invitations.find((one) => one.invitee.email === email)
      assert(sent, 'the tenant holds the invitation')
      assert(
        sent.inviter?.name === admin(ctx).name,
        `sent in the admin's name (has ${sent.inviter?.name})`,
      )
      await ctx.screenshot(page, 'invitations')
      await assertNoAlert(page, 'invitations')
    },
  },
  {
    name: 'No access token in the browser: responses, cookies, storage, window, RSC payload',
    async run(ctx) {
      const session = await editDetails(ctx)
      for (const path of [
        '/settings/domains',
        '/settings/members',
        '/settings/invitations',
        '/settings/sso',
        '/settings/provisioning',
      ]) {
        await session.page.goto(`${ctx.appOrigin}${path}`)
        await session.page.getByRole('heading', { level: 1 }).waitFor()
        await session.page.getByRole('main').getByRole('button').first().waitFor()
      }
      await assertNoTokenInBrowser(ctx, session)
    },
  },
  {
    name: 'Refused: a cross-origin POST, and paths outside the API (tenant unchanged)',
    run: refusedRequests,
  },
  {
    name: 'A member without write scopes sees the read-only views',
    async run(ctx) {
      const session = await ctx.as(member(ctx))
      const { page } = session
      await page
        .getByText('You can view these settings but not change them', { exact: false })
        .waitFor()
      assert(
        (await page.getByRole('button', { name: 'Save' }).count()) === 0,
        'no Save for a member',
      )
      await ctx.screenshot(page, 'general-member')
      await page.goto(`${ctx.appOrigin}/settings/domains`)
      await domainRow(page, 'acme.com').waitFor()
      assert(
        (await page.getByRole('button', { name: /^(verify|delete|add domain)/i }).count()) === 0,
        'no domain actions',
      )
      await page.goto(`${ctx.appOrigin}/settings/sso`)
      await providerItem(page, 'Acme Okta').waitFor()
      assert((await page.getByRole('switch').count()) === 0, 'no enable switch for a member')
      const writes = proxyCalls(session, ctx).filter((call) => call.method !== 'GET')
      assert(writes.length === 0, `a member sent no write (${writes.map((w) => w.url).join(', ')})`)
    },
  },
  {
    name: 'An expired server-side token is renewed without the user noticing',
    run: renewal,
    timeout: 90_000,
  },
]

export const sdkFlows = [
  { name: 'nextjs-auth0’s proxy: edit the display name through /my-org', run: editDetails },
  {
    name: 'nextjs-auth0’s proxy: no access token in the browser',
    async run(ctx) {
      const session = await editDetails(ctx)
      await session.page.goto(`${ctx.appOrigin}/settings/domains`)
      await domainRow(session.page, 'acme.com').waitFor()
      await assertNoTokenInBrowser(ctx, session)
    },
  },
  {
    name: 'nextjs-auth0’s proxy: cross-origin and out-of-API requests refused',
    run: refusedRequests,
  },
  { name: 'nextjs-auth0’s proxy: an expired token is renewed', run: renewal, timeout: 90_000 },
]
