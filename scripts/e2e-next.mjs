// End-to-end tests of the Next.js host (apps/next-host) in real Chromium, against the dev tenant:
// sign-in through @auth0/nextjs-auth0 (a confidential client), the kit's components calling the
// My Organization API through a same-origin proxy that holds the access token on the server.
//
//   node scripts/e2e-next.mjs        (pnpm e2e:next; part of `npm test`)
//
// Runs `next build` once, then `next start` twice: with myorg-kit's proxy (MYORG_PROXY=kit,
// /api/my-org/*) and with nextjs-auth0's own My Organization proxy (MYORG_PROXY=sdk, /my-org/*).
// Writes .artifacts/e2e-next.json for scripts/summary.mjs (with the proxy's refusal table) and
// screenshots to .artifacts/screenshots/next-host-*.png. Exits 1 when a flow fails.
import { mkdir, readdir, rm } from 'node:fs/promises'
import { resolve } from 'node:path'

import { assert } from './e2e-page-helpers.mjs'
import { root } from './local-harness.mjs'
import { kitFlows, sdkFlows } from './e2e-next-flows.mjs'
import { login, openSession, startNextStack } from './next-harness.mjs'
import { runCase, slugOf, writeReport } from './e2e-runner.mjs'

const started = Date.now()
const artifacts = resolve(root, '.artifacts')
const screenshots = resolve(artifacts, 'screenshots')
const FLOW_TIMEOUT = 60_000
await mkdir(screenshots, { recursive: true })
for (const file of await readdir(screenshots)) {
  if (file.startsWith('next-host-')) await rm(resolve(screenshots, file))
}

const stack = await startNextStack()
const { tenant, appOrigin } = stack
console.log(
  `e2e:next: tenant ${tenant.origin}, host ${appOrigin}; next build ${(stack.buildMs / 1000).toFixed(1)} s`,
)

const results = []
/** Rows of the refusal table (what was tried, what came back), filled by the refusal flows. */
const refusals = []
const timings = { nextBuildMs: stack.buildMs, nextStartMs: {} }

/** Fails on uncaught errors and React's hydration errors (minified #418/#423/#425 included). */
function assertCleanConsole(session) {
  const hydration = session.consoleMessages.filter((line) =>
    /hydrat|#418|#423|#425|did not match/i.test(line),
  )
  assert(hydration.length === 0, `hydration warnings: ${hydration.join(' | ')}`)
  assert(
    session.pageErrors.length === 0,
    `uncaught page error(s): ${session.pageErrors.map((error) => error.message).join(' | ')}`,
  )
}

async function runFlow(mode, { name, run, timeout = FLOW_TIMEOUT }) {
  tenant.control.reset()
  let session
  const ctx = {
    stack,
    tenant,
    appOrigin,
    mode,
    refusals,
    screenshot: (page, slug) =>
      page.screenshot({ path: resolve(screenshots, `next-host-${slug}.png`), fullPage: true }),
    /** Signs `user` in on a fresh browser context. */
    async as(user) {
      session = await openSession(stack)
      await login(session, stack, user)
      return session
    },
  }
  const label = `[${mode}] ${name}`
  results.push(
    await runCase(label, {
      timeout,
      async run() {
        await run(ctx)
        if (session) assertCleanConsole(session)
      },
      async onFailure() {
        const noise = session
          ? [
              ...session.pageErrors.map((e) => `pageerror: ${e.message}`),
              ...session.consoleMessages,
            ]
          : []
        for (const line of noise.filter((l) => /^(pageerror|error)/.test(l)).slice(0, 5)) {
          console.log(`    ${line.slice(0, 400)}`)
        }
        await session?.page.screenshot({
          path: resolve(screenshots, `next-host-failed-${slugOf(label, 50)}.png`),
          fullPage: true,
        })
      },
      cleanup: async () => session?.context.close(),
    }),
  )
}

try {
  for (const [mode, flows] of /** @type {const} */ ([
    ['kit', kitFlows],
    ['sdk', sdkFlows],
  ])) {
    timings.nextStartMs[mode] = await stack.serve(mode)
    console.log(
      `e2e:next: next start (MYORG_PROXY=${mode}) ready in ${(timings.nextStartMs[mode] / 1000).toFixed(1)} s`,
    )
    for (const flow of flows) await runFlow(mode, flow)
    const logged = stack.serverOutput()
    if (/eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/.test(logged)) {
      results.push({
        name: `[${mode}] the server never logs a token`,
        status: 'failed',
        ms: 0,
        error: 'a JWT appears in the next start output',
      })
      console.log(`  ✗ [${mode}] a JWT appears in the next start output`)
    }
  }
} finally {
  await stack.close()
}

timings.e2eMs = Date.now() - started
const failed = await writeReport(resolve(artifacts, 'e2e-next.json'), results, {
  timings,
  refusals,
})
const passed = results.length - failed
if (refusals.length > 0) {
  console.log(
    'e2e:next: proxy refusals (what was tried → what came back; the tenant saw none of them)',
  )
  for (const row of refusals)
    console.log(`  [${row.mode}] ${row.tried} → ${row.status} ${row.code ?? ''}`)
}
console.log(
  `e2e:next: ${passed} passed, ${failed} failed (next build ${(stack.buildMs / 1000).toFixed(1)} s, total ${(timings.e2eMs / 1000).toFixed(1)} s)`,
)
process.exit(failed > 0 ? 1 : 0)
