// Packs a workspace package the way it will be published: pnpm applies publishConfig and turns
// `workspace:^` into a version range (npm pack would do neither and pack the wrong manifest).
import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

/** The pnpm running this script (`pnpm run` names its own entry point), else the one on PATH. */
export const pnpm = process.env.npm_execpath?.endsWith('js')
  ? [process.execPath, process.env.npm_execpath]
  : ['pnpm']

/** Packs the package in `packageDir` into `destination`; returns the tarball's path. */
export function packPackage(packageDir, destination, stdio = 'inherit') {
  const before = new Set(readdirSync(destination))
  execFileSync(pnpm[0], [...pnpm.slice(1), 'pack', '--pack-destination', destination], {
    cwd: packageDir,
    stdio,
  })
  const tarball = readdirSync(destination).find((f) => f.endsWith('.tgz') && !before.has(f))
  if (!tarball) {
    throw new Error(`pnpm pack produced no tarball for ${packageDir}`)
  }
  return join(destination, tarball)
}
