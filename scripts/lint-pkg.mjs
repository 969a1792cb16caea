// Packs the package in the current directory the way it will be published (pnpm applies
// publishConfig), then checks the tarball with publint (strict) and are-the-types-wrong
// (ESM only). Packing with npm would ignore publishConfig and test the wrong manifest.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const bin = (name) => join(root, 'node_modules', '.bin', name)
const pnpm = process.env.npm_execpath?.endsWith('js')
  ? [process.execPath, process.env.npm_execpath]
  : ['pnpm']
const out = mkdtempSync(join(tmpdir(), 'myorg-kit-pack-'))
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' })
try {
  run(pnpm[0], [...pnpm.slice(1), 'pack', '--pack-destination', out])
  const [tarball] = readdirSync(out).filter((file) => file.endsWith('.tgz'))
  if (!tarball) {
    throw new Error('pnpm pack produced no tarball')
  }
  const file = join(out, tarball)
  run(bin('publint'), [file, '--strict'])
  run(bin('attw'), [file, '--profile', 'esm-only', '--format', 'table-flipped'])
} finally {
  rmSync(out, { recursive: true, force: true })
}
