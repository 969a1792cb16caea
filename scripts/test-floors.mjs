// The type check and the unit suites once more, with every library our manifests give a range
// for pinned at the lowest version that range allows (`supported` in host-floors.mjs). The host
// install proves the packed packages install and type-check on those versions and that two
// forms work there. This proves the rest of what the unit tests pin down holds there too, and
// that the tests themselves only use what those versions have. A floor can compile and still
// behave differently: with react-hook-form 7.45, besides the type errors, one form test fails
// ("discards changes back to the saved details"), which no type check would show.
//
// It copies the workspace (the files git tracks, and new ones it does not ignore) to a
// temporary directory next to a link to `../shared`, pins the floors with pnpm overrides,
// installs from the store the main install filled, and runs there. MYORG_KIT_KEEP_FLOORS=1
// keeps the copy.
import { execFileSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

import { assert, supported } from './host-floors.mjs'
import { pnpm } from './pack.mjs'

const root = resolve(fileURLToPath(import.meta.url), '../..')
const work = mkdtempSync(join(tmpdir(), 'myorg-kit-floors-'))
const copy = join(work, 'main')
const report = join(root, '.artifacts/floors.json')
const projects = ['@myorg-kit/client', '@myorg-kit/mock-api', '@myorg-kit/react']

function copyWorkspace() {
  const listed = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  )
  for (const file of listed.split('\0').filter(Boolean)) {
    // A tracked file deleted in the working tree is not part of what we test.
    if (existsSync(join(root, file))) {
      mkdirSync(dirname(join(copy, file)), { recursive: true })
      cpSync(join(root, file), join(copy, file))
    }
  }
  // The contract tests read Auth0's OpenAPI document from `../shared`, as in the workspace.
  const shared = resolve(root, '../shared')
  if (existsSync(shared)) {
    symlinkSync(shared, join(work, 'shared'))
  }
}

/** Pins each library at its floor in the copy's pnpm overrides. */
function pinFloors() {
  const file = join(copy, 'pnpm-workspace.yaml')
  const text = readFileSync(file, 'utf8')
  assert(/^overrides:$/m.test(text), 'pnpm-workspace.yaml has no `overrides:` block to pin in')
  const pins = Object.entries(supported).map(([name, version]) => `  '${name}': ${version}`)
  writeFileSync(file, text.replace(/^overrides:$/m, ['overrides:', ...pins].join('\n')))
}

/** Every version in the install's store of a pinned library is its floor, and nothing else. */
function installedAtFloors() {
  const store = readdirSync(join(copy, 'node_modules/.pnpm'))
  for (const [name, version] of Object.entries(supported)) {
    const prefix = `${name.replace('/', '+')}@`
    const versions = store.filter((entry) => entry.startsWith(prefix))
    assert(versions.length > 0, `${name} was not installed`)
    for (const entry of versions) {
      assert(
        entry.slice(prefix.length).split('_')[0] === version,
        `${name}: the install has ${entry}, the floor is ${version}`,
      )
    }
  }
}

const run = (command, args) => execFileSync(command, args, { cwd: copy, stdio: 'inherit' })
const bin = (name) => join(copy, 'node_modules', name)
/** Runs one check; a failure is reported and counted, and the next check still runs. */
function check(name, body) {
  try {
    body()
    return true
  } catch (error) {
    console.error(`floors: ${name} failed${error.status ? '' : `: ${error.message}`}`)
    return false
  }
}

const started = Date.now()
let ok = check('the install', () => {
  copyWorkspace()
  pinFloors()
  const pinned = Object.entries(supported).map(([name, version]) => `${name}@${version}`)
  console.log(`floors: ${pinned.join(', ')}`)
  run(pnpm[0], [...pnpm.slice(1), 'install', '--no-frozen-lockfile', '--prefer-offline'])
  installedAtFloors()
})
// Both checks run even when one fails: a floor that fails to compile may fail tests as well.
if (ok) {
  ok = check('tsc -b', () => run(process.execPath, [bin('typescript/bin/tsc'), '-b'])) && ok
  mkdirSync(dirname(report), { recursive: true })
  const vitest = [
    bin('vitest/vitest.mjs'),
    'run',
    ...projects.flatMap((project) => ['--project', project]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]
  ok = check('the unit suites', () => run(process.execPath, vitest)) && ok
}
if (process.env.MYORG_KIT_KEEP_FLOORS === '1') {
  console.log(`kept the copy at ${copy}`)
} else {
  rmSync(work, { recursive: true, force: true })
}
const seconds = ((Date.now() - started) / 1000).toFixed(0)
console.log(`floors: ${ok ? 'passed' : 'FAILED'} in ${seconds} s`)
process.exit(ok ? 0 : 1)
