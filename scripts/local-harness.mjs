// The shared set-up of `scripts/e2e-local.mjs` and `scripts/bench-requests.mjs`: the dev tenant
// (apps/dev-tenant) on a free port, the demo built in local mode and served by `vite preview` on
// another free port, and system Chromium that resolves nothing but localhost. Traffic is only
// observed (`request` / `response` events and the tenant's own request log), never routed:
// Playwright's request interception answers CORS preflights itself (local-tenant.md, P1).
import { createServer as createNetServer } from 'node:net'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

import { chromium } from 'playwright-core'
import { build, preview } from 'vite'

import { ensureWorkspaceBuilt } from '../apps/dev-tenant/src/ensure-built.mjs'
import { chromiumArgs, ensureChromium } from './chromium.mjs'

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
ensureWorkspaceBuilt(root)
const { startDevTenant } = await import('../apps/dev-tenant/src/index.mjs')
const demoRoot = resolve(root, 'apps/demo')
const configFile = resolve(demoRoot, 'vite.config.ts')

/** A free TCP port on 127.0.0.1 (the OS picks it). */
export function freePort() {
  return new Promise((done, fail) => {
    const probe = createNetServer()
    probe.once('error', fail)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => done(port))
    })
  })
}

/**
 * Starts the tenant, builds and serves the demo against it, launches Chromium.
 * @param {{ outDir: string, tier?: import('../apps/dev-tenant/src/index.mjs').Tier }} options
 */
export async function startLocalStack(options) {
  const appPort = await freePort()
  // Chromium treats http://localhost as a secure context (spa-js needs crypto.subtle), and the
  // app and the tenant on localhost are same-site, as with an Auth0 custom domain.
  const appOrigin = `http://localhost:${appPort}`
  const tenant = await startDevTenant({ appOrigins: [appOrigin], tier: options.tier ?? 'free' })

  // The tenant's address is baked into the build; the environment wins over apps/demo/.env.local.
  process.env.VITE_AUTH0_DOMAIN = tenant.origin
  process.env.VITE_AUTH0_CLIENT_ID = tenant.clientId
  process.env.VITE_AUTH0_ORGANIZATION = ''
  await build({
    root: demoRoot,
    configFile,
    logLevel: 'warn',
    build: { outDir: options.outDir, emptyOutDir: true },
  })
  const server = await preview({
    root: demoRoot,
    configFile,
    logLevel: 'warn',
    build: { outDir: options.outDir },
    preview: { host: '127.0.0.1', port: appPort, strictPort: true, open: false },
  })

  const browser = await launchLoopbackBrowser()

  return {
    tenant,
    appOrigin,
    browser,
    async close() {
      await browser.close().catch(() => undefined)
      await server.close()
      await tenant.close()
    },
  }
}

/** @typedef {Awaited<ReturnType<typeof startLocalStack>>} LocalStack */

/**
 * One request to the tenant as the browser saw it.
 * @typedef {object} SeenRequest
 * @property {'authorize' | 'token' | 'api' | 'other'} kind
 * @property {string} method
 * @property {string} path
 * @property {URLSearchParams} query
 * @property {string | undefined} authorization
 * @property {number | undefined} status
 * @property {unknown} [body] the parsed JSON response body of /oauth/token
 */

/**
 * A fresh browser context on the demo, with the tenant's traffic recorded (observed only).
 * @param {LocalStack} stack
 * @param {{ viewport?: { width: number, height: number }, timeout?: number }} [options]
 */
export async function openSession(stack, options = {}) {
  const context = await stack.browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
  })
  context.setDefaultTimeout(options.timeout ?? 10_000)
  const page = await context.newPage()
  /** @type {SeenRequest[]} */
  const seen = []
  /** @type {Error[]} */
  const pageErrors = []
  /** @type {string[]} */
  const consoleMessages = []
  const tenantOrigin = stack.tenant.origin
  /** @type {Map<import('playwright-core').Request, SeenRequest>} */
  const byRequest = new Map()
  const bodies = []

  context.on('request', (request) => {
    const url = new URL(request.url())
    if (url.origin !== tenantOrigin) {
      return
    }
    const kind =
      url.pathname === '/authorize'
        ? 'authorize'
        : url.pathname === '/oauth/token'
          ? 'token'
          : url.pathname.startsWith('/my-org/')
            ? 'api'
            : 'other'
    const entry = {
      kind,
      method: request.method(),
      path: url.pathname,
      query: url.searchParams,
      authorization: request.headers().authorization,
      status: undefined,
    }
    seen.push(entry)
    byRequest.set(request, entry)
  })
  context.on('response', (response) => {
    const entry = byRequest.get(response.request())
    if (!entry) {
      return
    }
    entry.status = response.status()
    if (entry.kind === 'token' && response.ok()) {
      bodies.push(
        response.json().then(
          (body) => {
            entry.body = body
          },
          () => undefined,
        ),
      )
    }
  })
  page.on('pageerror', (error) => pageErrors.push(error))
  page.on('console', (message) => consoleMessages.push(message.text()))

  return {
    context,
    page,
    /** Requests to the tenant (OP and API) in order. */
    seen,
    pageErrors,
    consoleMessages,
    /** Waits until every observed token response body has been read. */
    async settled() {
      await Promise.all(bodies)
    },
    /** Requests seen from index `from` on. */
    since(from = 0) {
      return seen.slice(from)
    },
  }
}

/**
 * Headless system Chromium in which nothing but loopback resolves, so pages reach only the
 * servers these scripts start (P2: IP literals need their own EXCLUDE).
 */
export function launchLoopbackBrowser() {
  return chromium.launch({
    executablePath: ensureChromium(),
    args: [
      '--headless',
      ...chromiumArgs,
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
    ],
  })
}

/** @typedef {Awaited<ReturnType<typeof openSession>>} Session */

/**
 * The tenant's side of every login: waits for its login form (the app has just sent the browser
 * there), fills it in as `user` and submits. The tenant then redirects back to the app.
 * @param {import('playwright-core').Page} page
 * @param {{ origin: string }} tenant
 * @param {{ username: string, password: string }} user
 */
export async function signInAtTenant(page, tenant, user) {
  await page.waitForURL(
    (url) => url.origin === tenant.origin && url.pathname.startsWith('/interaction/'),
  )
  await page.locator('#username').fill(user.username)
  await page.locator('#password').fill(user.password)
  await page.locator('#signin').click()
}

/**
 * The PKCE login through the demo's Sign in button and the tenant's login form.
 * @param {Session} session
 * @param {LocalStack} stack
 * @param {{ username: string, password: string }} user
 * @param {string} [path] the page to start (and end) on
 */
export async function login(session, stack, user, path = '/') {
  const { page } = session
  await page.goto(`${stack.appOrigin}${path}`)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await signInAtTenant(page, stack.tenant, user)
  await page.waitForURL(
    (url) =>
      url.origin === stack.appOrigin &&
      !url.search.includes('code=') &&
      !url.search.includes('state='),
  )
  // Signed in: the app's shell (its settings navigation) replaces the sign-in card.
  await page.getByRole('navigation', { name: 'Organization settings' }).waitFor()
}

/** Counts by kind, as used by the benchmark. @param {readonly SeenRequest[]} requests */
export function countRequests(requests) {
  const api = requests.filter((request) => request.kind === 'api')
  return {
    authorize: requests.filter((request) => request.kind === 'authorize').length,
    token: requests.filter((request) => request.kind === 'token').length,
    api: api.length,
    apiList: api.map(
      (request) => `${request.method} ${request.path}${request.status ? ` ${request.status}` : ''}`,
    ),
  }
}
