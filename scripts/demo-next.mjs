// Runs the Next.js host (apps/next-host) against the dev tenant, as a person would try it:
//
//   npm run demo:next     (installs everything first, then runs this)
//   node scripts/demo-next.mjs [--sdk]
//
// The dev tenant on http://localhost:4400, `next build` then `next start` on
// http://localhost:3000. `--sdk` serves the API through nextjs-auth0's own My Organization proxy
// instead of myorg-kit's. Runs until Ctrl-C.
import { spawn, spawnSync } from 'node:child_process'

import { startDemoTenant } from './demo-tenant.mjs'
import { appDir, hostEnv, nextBin } from './next-harness.mjs'

const PORT = 3000
const TENANT_PORT = 4400
const mode = process.argv.includes('--sdk') ? 'sdk' : 'kit'
const appOrigin = `http://localhost:${PORT}`
const { startDevTenant } = await import('../apps/dev-tenant/src/index.mjs')

const tenant = await startDemoTenant(startDevTenant, {
  port: TENANT_PORT,
  appOrigins: [],
  webApps: [{ origin: appOrigin }],
})
const env = hostEnv(tenant, appOrigin, mode)
console.log('Building the Next.js host (next build)…')
const build = spawnSync(process.execPath, [nextBin, 'build'], {
  cwd: appDir,
  env,
  stdio: 'inherit',
})
if (build.status !== 0) {
  await tenant.close()
  process.exit(build.status ?? 1)
}
const server = spawn(process.execPath, [nextBin, 'start', '-p', String(PORT), '-H', '127.0.0.1'], {
  cwd: appDir,
  env,
  stdio: 'inherit',
})
console.log(`
Next.js host:  ${appOrigin}  (API proxy: ${mode === 'kit' ? "myorg-kit's, /api/my-org" : "nextjs-auth0's, /my-org"})
Dev tenant:    ${tenant.origin}
Sign in as:
${tenant.users.map((user) => `  ${user.username.padEnd(18)} ${user.password.padEnd(12)} ${user.role}`).join('\n')}
`)
const stop = async () => {
  server.kill('SIGTERM')
  await tenant.close()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
server.on('exit', async (code) => {
  await tenant.close()
  process.exit(code ?? 0)
})
