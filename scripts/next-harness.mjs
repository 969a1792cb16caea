// The set-up of `scripts/e2e-next.mjs`: the dev tenant (apps/dev-tenant) with a confidential web
// client, the Next.js host (apps/next-host) built with `next build` and served by `next start` on
// a free localhost port, and system Chromium that resolves nothing but localhost. Traffic is only
// observed (`request` / `response` events), never routed (local-tenant.md, P1).
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'

import { ensureWorkspaceBuilt } from '../apps/dev-tenant/src/ensure-built.mjs'
import { freePort, launchLoopbackBrowser, root, signInAtTenant } from './local-harness.mjs'

ensureWorkspaceBuilt(root, ['client', 'mock-api', 'react'])
const { startDevTenant } = await import('../apps/dev-tenant/src/index.mjs')

export const appDir = resolve(root, 'apps/next-host')
export const nextBin = createRequire(resolve(appDir, 'package.json')).resolve('next/dist/bin/next')

/** The environment nextjs-auth0 and the host read (see apps/next-host/README.md); `mode` is MYORG_PROXY. */
export function hostEnv(tenant, appOrigin, mode) {
  const [client] = tenant.webClients
  return {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    AUTH0_DOMAIN: tenant.origin,
    AUTH0_CLIENT_ID: client.clientId,
    AUTH0_CLIENT_SECRET: client.clientSecret,
    AUTH0_SECRET: randomBytes(32).toString('hex'),
    APP_BASE_URL: appOrigin,
    MYORG_PROXY: mode,
  }
}

/**
 * Starts the tenant and Chromium, and builds the host (`next build`, timed).
 * @returns the stack; `serve(mode)` starts `next start` in a proxy mode (`kit` or `sdk`).
 */
export async function startNextStack() {
  const appPort = await freePort()
  const appOrigin = `http://localhost:${appPort}`
  const tenant = await startDevTenant({ appOrigins: [], webApps: [{ origin: appOrigin }] })

  const buildStarted = Date.now()
  const build = spawnSync(process.execPath, [nextBin, 'build'], {
    cwd: appDir,
    env: hostEnv(tenant, appOrigin, 'kit'),
    encoding: 'utf8',
  })
  const buildMs = Date.now() - buildStarted
  if (build.status !== 0) {
    await tenant.close()
    throw new Error(`next build failed (exit ${build.status}):\n${build.stdout}\n${build.stderr}`)
  }

  const browser = await launchLoopbackBrowser()

  /** @type {{ child: import('node:child_process').ChildProcess, output: string[] } | undefined} */
  let server
  async function stopServer() {
    if (!server) return
    const { child } = server
    server = undefined
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done))
      child.kill('SIGTERM')
      // next start waits for open connections to finish; a test must not wait for ever.
      const force = setTimeout(() => child.kill('SIGKILL'), 5_000)
      await exited
      clearTimeout(force)
    }
  }

  return {
    tenant,
    appOrigin,
    appPort,
    browser,
    buildMs,
    /** What `next start` printed (to check that no token is ever logged). */
    serverOutput: () => server?.output.join('') ?? '',
    /** (Re)starts `next start` with MYORG_PROXY=`mode`; resolves when it answers. */
    async serve(mode) {
      await stopServer()
      const child = spawn(
        process.execPath,
        [nextBin, 'start', '-p', String(appPort), '-H', '127.0.0.1'],
        { cwd: appDir, env: hostEnv(tenant, appOrigin, mode), stdio: ['ignore', 'pipe', 'pipe'] },
      )
      const output = []
      child.stdout.on('data', (chunk) => output.push(String(chunk)))
      child.stderr.on('data', (chunk) => output.push(String(chunk)))
      server = { child, output }
      const started = Date.now()
      for (;;) {
        if (child.exitCode !== null) throw new Error(`next start exited:\n${output.join('')}`)
        const ok = await fetch(`${appOrigin}/`, { redirect: 'manual' }).then(
          (response) => response.status < 500,
          () => false,
        )
        if (ok) return Date.now() - started
        if (Date.now() - started > 60_000) throw new Error('next start did not answer in 60 s')
        await new Promise((done) => setTimeout(done, 200))
      }
    },
    async close() {
      await browser.close().catch(() => undefined)
      await stopServer()
      await tenant.close()
    },
  }
}

/** @typedef {Awaited<ReturnType<typeof startNextStack>>} NextStack */

/**
 * A fresh browser context with everything the page receives recorded: every response's URL,
 * status, headers and (text) body, requests' headers, navigations, console and page errors.
 * @param {NextStack} stack
 */
export async function openSession(stack) {
  const context = await stack.browser.newContext({ viewport: { width: 1280, height: 900 } })
  context.setDefaultTimeout(15_000)
  const page = await context.newPage()
  const responses = []
  /** Every request the browser sent, with its headers (a refused CORS request has no response). */
  const requests = []
  const pending = []
  const navigations = []
  const consoleMessages = []
  const pageErrors = []
  context.on('response', (response) => {
    const entry = {
      url: response.url(),
      method: response.request().method(),
      status: response.status(),
      headers: {},
      requestHeaders: {},
      body: '',
    }
    responses.push(entry)
    pending.push(
      (async () => {
        entry.headers = await response.allHeaders().catch(() => ({}))
        entry.requestHeaders = await response
          .request()
          .allHeaders()
          .catch(() => ({}))
        const type = String(entry.headers['content-type'] ?? '')
        if (!/image|font|octet-stream/.test(type) && (entry.status < 300 || entry.status >= 400)) {
          // A body that never completes (an aborted request) must not hold up the checks.
          const timeout = new Promise((done) => setTimeout(() => done(''), 5_000))
          entry.body = await Promise.race([response.text().catch(() => ''), timeout])
        }
      })(),
    )
  })
  context.on('request', (request) => {
    const entry = { url: request.url(), method: request.method(), headers: {} }
    requests.push(entry)
    pending.push(
      request.allHeaders().then(
        (headers) => {
          entry.headers = headers
        },
        () => undefined,
      ),
    )
  })
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations.push(frame.url())
  })
  page.on('console', (message) => consoleMessages.push(`${message.type()}: ${message.text()}`))
  page.on('pageerror', (error) => pageErrors.push(error))
  return {
    context,
    page,
    responses,
    requests,
    navigations,
    consoleMessages,
    pageErrors,
    /** Waits until every observed response's headers and body have been read. */
    async settled() {
      while (pending.length > 0) await Promise.all(pending.splice(0))
    },
  }
}

/** @typedef {Awaited<ReturnType<typeof openSession>>} Session */

/**
 * Signs in through the host: its sign-in card, nextjs-auth0's /auth/login, the tenant's login
 * form, back through /auth/callback to the settings.
 * @param {Session} session
 * @param {NextStack} stack
 * @param {{ username: string, password: string }} user
 */
export async function login(session, stack, user) {
  const { page } = session
  await page.goto(`${stack.appOrigin}/`)
  await page.getByRole('link', { name: 'Sign in' }).click()
  await signInAtTenant(page, stack.tenant, user)
  await page.waitForURL(
    (url) => url.origin === stack.appOrigin && url.pathname === '/settings/general',
  )
  await page.getByRole('navigation', { name: 'Organization settings' }).waitFor()
}
