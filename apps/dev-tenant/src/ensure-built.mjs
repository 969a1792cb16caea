// The dev tenant runs in plain Node, which loads @myorg-kit/mock-api and @myorg-kit/client from
// their built `dist/`. This builds them first when `dist/` is missing or older than `src/`, so
// `npm run demo:local`, `pnpm e2e:local` and `pnpm bench:requests` work from a fresh clone.
// Import it (and call it) before anything that imports the dev tenant.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** What the dev tenant itself loads. */
const tenantPackages = ['client', 'mock-api']

/** Newest modification time under `dir` (ms), 0 when it does not exist. */
function newest(dir) {
  if (!existsSync(dir)) {
    return 0
  }
  let latest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs)
  }
  return latest
}

/**
 * @param {string} root the repository root
 * @param {readonly string[]} [packages] folder names under packages/ (the Next.js host also
 *   needs `react`) @default ['client', 'mock-api']
 */
export function ensureWorkspaceBuilt(root, packages = tenantPackages) {
  const stale = packages.filter((name) => {
    const dir = resolve(root, 'packages', name)
    const built = newest(join(dir, 'dist'))
    return built === 0 || built < newest(join(dir, 'src'))
  })
  if (stale.length === 0) {
    return
  }
  process.stdout.write(
    `dev-tenant: building ${stale.map((name) => `@myorg-kit/${name}`).join(', ')}…\n`,
  )
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'
  execFileSync(
    npx,
    [
      '-y',
      'pnpm@10.34.9',
      ...packages.flatMap((name) => ['--filter', `@myorg-kit/${name}`]),
      'run',
      'build',
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  )
}
