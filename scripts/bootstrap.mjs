// The two README commands go through here: `npm test` and `npm run demo` work on a machine
// that has only Node >= 20.19 and npm. pnpm comes from the registry through npx (corepack
// fails signature checks on our machines), dependencies install from the lockfile, then the
// named pnpm script runs with that same pnpm on PATH.
import { spawnSync } from 'node:child_process'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const PNPM = 'pnpm@10.34.9'
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const script = process.argv[2]
if (!script) {
  console.error('usage: node scripts/bootstrap.mjs <pnpm script>')
  process.exit(2)
}

const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`myorg-kit needs Node 20.19 or newer (this is ${process.versions.node}).`)
  process.exit(1)
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
function pnpm(args) {
  const result = spawnSync(npx, ['-y', PNPM, ...args], {
    cwd: root,
    stdio: 'inherit',
    env: process.env,
  })
  if (result.error) {
    throw result.error
  }
  return result.status ?? 1
}

const started = Date.now()
const installStatus = pnpm(['install', '--frozen-lockfile'])
if (installStatus !== 0) {
  process.exit(installStatus)
}
const status = pnpm(['run', script])
console.log(
  `\n${script}: ${status === 0 ? 'done' : `failed (exit ${status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
)
process.exit(status)
