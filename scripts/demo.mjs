// Serves the demo SPA (apps/demo) with Vite's dev server and says what you are looking at.
//
//   npm run demo     (installs everything first, then runs this)
//   node scripts/demo.mjs
//
// Mock mode by default: the My Organization API runs in a service worker in the page, with a
// signed-in demo user. With apps/demo/.env.local (see apps/demo/.env.example) it signs in to a
// real Auth0 tenant instead. Runs until Ctrl-C.
//
// `--local` (npm run demo:local): starts the dev tenant (apps/dev-tenant: a local OpenID Provider
// and the My Organization API over real HTTP) on http://localhost:4400 and signs in to it for
// real, with the seeded users it prints.
import { existsSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

import { createServer, loadEnv } from 'vite'

import { startDemoTenant } from './demo-tenant.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const demoRoot = resolve(root, 'apps/demo')
const configFile = resolve(demoRoot, 'vite.config.ts')
const PORT = 5173
const TENANT_PORT = 4400
const local = process.argv.includes('--local')

if (!existsSync(configFile)) {
  console.error('The demo app (apps/demo) is missing from this checkout.')
  process.exit(1)
}

let tenant
let tiers = {}
if (local) {
  // The demo's origin must be the tenant's redirect URI, so its port cannot move.
  const { ensureWorkspaceBuilt } = await import('../apps/dev-tenant/src/ensure-built.mjs')
  ensureWorkspaceBuilt(root)
  const devTenant = await import('../apps/dev-tenant/src/index.mjs')
  tiers = devTenant.tiers
  tenant = await startDemoTenant(devTenant.startDevTenant, {
    port: TENANT_PORT,
    appOrigins: [`http://localhost:${PORT}`, `http://127.0.0.1:${PORT}`],
  })
  // Variables from the environment win over apps/demo/.env.local.
  process.env.VITE_AUTH0_DOMAIN = tenant.origin
  process.env.VITE_AUTH0_CLIENT_ID = tenant.clientId
  process.env.VITE_AUTH0_ORGANIZATION = ''
}

const env = { ...loadEnv('development', demoRoot, 'VITE_'), ...(local ? process.env : {}) }
const auth0Domain = env.VITE_AUTH0_DOMAIN?.trim()
const auth0Mode = Boolean(auth0Domain && env.VITE_AUTH0_CLIENT_ID?.trim())

const server = await createServer({
  root: demoRoot,
  configFile,
  logLevel: 'warn',
  clearScreen: false,
  server: { host: '127.0.0.1', port: PORT, strictPort: local, open: false },
})
try {
  await server.listen()
} catch (error) {
  console.error(
    error?.code === 'EADDRINUSE'
      ? `Port ${PORT} is busy: local mode needs it (it is the dev tenant's callback URL). Stop what uses it and try again.`
      : error,
  )
  await tenant?.close()
  process.exit(1)
}

const url = local
  ? `http://localhost:${PORT}/`
  : (server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${PORT}/`)
const port = Number(new URL(url).port)
const bold = (text) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[22m` : text)
const dim = (text) => (process.stdout.isTTY ? `\x1b[2m${text}\x1b[22m` : text)
const base = url.replace(/\/$/, '')

const lines = ['', `  ${bold('myorg-kit demo')} — Lumen Analytics › Organization settings`, '']
lines.push(`  ${bold('Open')}  ${url}`, '')
if (tenant) {
  const width = Math.max(...tenant.users.map((user) => user.username.length))
  lines.push(
    `  Mode: ${bold('local dev tenant')} ${tenant.origin} — a real login (OpenID Provider) and the`,
    `  My Organization API over HTTP at ${tenant.origin}/my-org/ (JWT checks, CORS, rate limits).`,
    `  Use ${bold('localhost')}, not 127.0.0.1: the tenant’s session cookie is per site.`,
    '',
    `  ${bold('Sign in as')}  (organization: Acme Corp, ${tenant.organization.id})`,
    ...tenant.users.map(
      (user) =>
        `    ${user.username.padEnd(width)}  ${bold(user.password.padEnd(12))}  ${dim(user.role)}`,
    ),
    '',
    `  Tier ${bold(String(tenant.control.tier))}; change it, or the CORS allow-list, while it runs:`,
    dim(
      `    curl -X POST ${tenant.origin}/__dev/control -d '{"tier":"privatePerformance","allowedOrigins":[]}'`,
    ),
    dim(
      `    (tiers: ${Object.keys(tiers).join(', ')}, off, or {"read":2,"write":1}; {"reset":true} restores the seed)`,
    ),
  )
} else if (auth0Mode) {
  lines.push(
    `  Mode: ${bold('real Auth0 tenant')} ${auth0Domain} (from apps/demo/.env.local).`,
    '  Sign in with a member of your organization; the pages call the tenant’s My Organization API.',
  )
  if (port !== PORT) {
    lines.push(
      '',
      `  ⚠ Port ${PORT} was busy, so the demo is on ${port}. Your Auth0 application allows`,
      `    http://127.0.0.1:${PORT} as callback and origin: free the port, or add ${base} there too.`,
    )
  }
} else {
  lines.push(
    `  Mode: ${bold('mocked API')} — no Auth0 account needed. You are signed in as Dana Reyes,`,
    '  admin of Acme Corp; the My Organization API runs in a service worker in the page.',
    '',
    `  ${bold('Scenarios')}: the “Demo scenario” button (bottom right), or URL parameters:`,
    `    perm=admin|readOnly|none|custom    ${dim(`e.g. ${base}/domains?perm=readOnly`)}`,
    `    api=normal|slow|rate-limited|server-error|cors|offline`,
    `                                       ${dim(`e.g. ${base}/domains?api=cors`)}`,
    '    theme=light|dark   locale=en-US|fr-FR',
    '',
    `  ${bold('Real tenant')}: copy apps/demo/.env.example to apps/demo/.env.local, fill in your`,
    '  tenant (steps in apps/demo/README.md), and run `npm run demo` again.',
  )
}
lines.push('', dim('  Ctrl-C to stop.'), '')
console.log(lines.join('\n'))

let closing = false
async function shutdown() {
  if (closing) {
    return
  }
  closing = true
  await server.close()
  await tenant?.close()
  process.exit(0)
}
process.on('SIGINT', () => void shutdown())
process.on('SIGTERM', () => void shutdown())
