// Packs the package in the current directory the way it will be published, then checks the
// tarball: its contents, publint (strict) and are-the-types-wrong (ESM only).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

import { packPackage } from './pack.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const bin = (name) => join(root, 'node_modules', '.bin', name)
const out = mkdtempSync(join(tmpdir(), 'myorg-kit-pack-'))
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' })
try {
  const file = packPackage(process.cwd(), out)
  checkContents(file)
  run(bin('publint'), [file, '--strict'])
  run(bin('attw'), [
    file,
    '--profile',
    'esm-only',
    '--format',
    'table-flipped',
    ...entrypointArgs(),
  ])
} finally {
  rmSync(out, { recursive: true, force: true })
}

/**
 * Hosts install what the tarball holds: its README and licence, and no test, story or fixture,
 * nor anything a build bundled from `node_modules` (a test taken as an entry once shipped 2 MB of
 * Vitest in `dist`).
 */
function checkContents(file) {
  const listing = execFileSync('tar', ['-tzf', file], { encoding: 'utf8' }).split('\n')
  const unwanted = listing.filter((path) =>
    /\/node_modules\/|\.(test|test-d|stories)\.|\/test-fixtures\//.test(path),
  )
  if (unwanted.length > 0) {
    throw new Error(`The package would publish files no host needs:\n${unwanted.join('\n')}`)
  }
  const missing = ['package/README.md', 'package/LICENSE'].filter((path) => !listing.includes(path))
  if (missing.length > 0) {
    throw new Error(`The package would publish without ${missing.join(' and ')}`)
  }
  console.log(
    `pack: ${listing.filter(Boolean).length} files with README.md and LICENSE, none a test, story or bundled dependency`,
  )
}

/**
 * attw cannot type-check a stylesheet, and does not expand wildcard exports: skip `*.css`
 * entries and list each file a wildcard export (`./locales/*`) really publishes.
 */
function entrypointArgs() {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8'))
  const args = []
  for (const [key, target] of Object.entries(manifest.exports ?? {})) {
    const source = typeof target === 'string' ? target : target['@myorg-kit/source']
    if (key.endsWith('.css')) {
      args.push('--exclude-entrypoints', key)
    } else if (key.includes('*') && typeof source === 'string') {
      const dir = dirname(source)
      if (existsSync(dir)) {
        for (const file of readdirSync(dir).filter(
          (f) => f.endsWith('.ts') && !f.includes('.test.'),
        )) {
          args.push('--include-entrypoints', key.replace('*', file.replace(/\.ts$/, '')))
        }
      }
    }
  }
  return args
}
