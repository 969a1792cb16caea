// The lowest versions we support, and the checks the host pinned to them runs on top of the
// others. A version range is a claim; this is where it is tested.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(fileURLToPath(import.meta.url), '../..')
const manifestOf = (pkg) =>
  JSON.parse(readFileSync(join(root, 'packages', pkg, 'package.json'), 'utf8'))

/** The manifests whose third-party ranges the floors cover. */
export const manifests = { react: manifestOf('react'), 'mock-api': manifestOf('mock-api') }

/**
 * The lowest versions we support, as the READMEs state them. The lowest host pins each one:
 * npm refuses a peer our range excludes, and a dependency range that excludes the host's
 * version brings a second copy of the library, which the one-copy check catches. That is how a
 * range raised to the newest release (react-hook-form was `^7.92.0`) fails here.
 */
export const supported = {
  react: '19.2.0',
  'react-dom': '19.2.0',
  '@auth0/auth0-react': '2.3.0',
  '@tanstack/react-query': '5.89.0',
  'react-hook-form': '7.55.0',
  zod: '4.1.0',
  msw: '2.11.0',
}

export function assert(condition, message) {
  if (!condition) {
    throw new Error(message)
  }
}

/** The version of `name` that resolves from `dir`, or undefined. */
export function installedVersion(dir, name) {
  const file = join(dir, 'node_modules', name, 'package.json')
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : undefined
}

/** The lowest version a `^x.y.z` range allows; any other form of range is a failure to look at. */
function floor(range) {
  const match = /^\^(\d+\.\d+\.\d+)$/.exec(range)
  if (!match) {
    throw new Error(`host-install knows the floor of ^x.y.z ranges only, not "${range}"`)
  }
  return match[1]
}

/** Our ranges start at the versions the lowest host tests: none lower (untested), none higher. */
function rangesStartAtSupported() {
  const named = new Set()
  for (const [pkg, manifest] of Object.entries(manifests)) {
    const ranges = { ...manifest.peerDependencies, ...manifest.dependencies }
    for (const [name, range] of Object.entries(ranges)) {
      if (name.startsWith('@myorg-kit/')) {
        continue
      }
      named.add(name)
      const lowest = floor(range)
      assert(
        lowest === supported[name],
        `${pkg}: the ${name} range starts at ${lowest}, the tested floor is ${supported[name]}`,
      )
    }
  }
  assert(
    [...named].sort().join() === Object.keys(supported).sort().join(),
    `the lowest host pins ${Object.keys(supported).join(', ')}, the manifests name ${[...named].join(', ')}`,
  )
}

/** No @myorg-kit package brought its own copy of `name` next to the host's. */
function oneCopy(host, name) {
  for (const pkg of ['client', ...Object.keys(manifests)]) {
    const nested = installedVersion(join(host, 'node_modules/@myorg-kit', pkg), name)
    assert(
      nested === undefined,
      `@myorg-kit/${pkg} brought its own ${name}@${nested} next to the host's ${installedVersion(host, name)}`,
    )
  }
}

/** The `.ts` source of every entry a package exports (its `@myorg-kit/source` condition). */
function sourceEntries(host, pkg) {
  const dir = join(host, 'node_modules/@myorg-kit', pkg)
  const { exports } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
  return Object.values(exports)
    .map((target) => (typeof target === 'object' ? target['@myorg-kit/source'] : undefined))
    .filter((source) => source?.endsWith('.ts'))
    .flatMap((source) => {
      const [folder, pattern] = [dirname(source), basename(source)]
      const names = pattern.includes('*')
        ? readdirSync(join(dir, folder)).filter((name) => name.endsWith('.ts'))
        : [pattern]
      return names.map((name) => join(dir, folder, name))
    })
}

/**
 * Our shipped sources type-check against the pinned versions. The bundle check sees a missing
 * export; this also sees a missing method, option or callback argument (React Query 5.82 has
 * `mutationOptions` but not the mutation context's `client`, and failed only here).
 */
function sourcesCompile(host) {
  const files = ['client', 'react', 'mock-api'].flatMap((pkg) => sourceEntries(host, pkg))
  // The workspace's compiler options, as a host's one-off check: no project build, no emit.
  const base = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')).compilerOptions
  const compilerOptions = {
    ...base,
    composite: false,
    declaration: false,
    emitDeclarationOnly: false,
    noEmit: true,
    types: [],
  }
  writeFileSync(join(host, 'tsconfig.sources.json'), JSON.stringify({ compilerOptions, files }))
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(host, 'tsconfig.sources.json')],
    { cwd: host, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' },
  )
}

/** The checks only the host on the lowest versions runs, after its install. */
export function floorChecks(host) {
  return [
    ['our ranges start at the versions this host pins', rangesStartAtSupported],
    ...['react-hook-form', 'zod'].map((name) => [
      `one copy of ${name}: the host's own`,
      () => oneCopy(host, name),
    ]),
    ['our sources type-check against these versions', () => sourcesCompile(host)],
  ]
}
