// Installs the three packages the way a host app gets them (the packed tarballs, with npm, next
// to their peers), then uses them as a host would: strict TypeScript over the published types,
// a browser bundle of every public entry, the components rendered on the server, the client
// against the mock API in Node, and two forms filled in in Chromium. Every other test runs on the
// workspace's links and never sees a tarball: this one checks that what we publish installs and
// works.
//
// It does so in two hosts. One gets the newest versions our ranges allow. The other pins every
// peer, and its own react-hook-form, zod and msw, to the lowest versions we support: a range is
// a claim, and this tests its floor. That host also runs the checks in host-floors.mjs: our
// ranges start at those versions, it keeps one copy of react-hook-form and zod (a second copy
// is 18 KB gzip a host pays for nothing), and our shipped sources type-check against them.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

import { build } from 'esbuild'

import { checkInBrowser } from './host-browser.mjs'
import { assert, floorChecks, installedVersion, manifests, supported } from './host-floors.mjs'
import { hostApp, nodeClient, serverRender } from './host-sources.mjs'
import { packPackage } from './pack.mjs'

const root = resolve(fileURLToPath(import.meta.url), '../..')
// Outside the repository: a host that failed to install must not resolve our packages from the
// workspace's node_modules up the tree and pass on them.
const hosts = mkdtempSync(join(tmpdir(), 'myorg-kit-hosts-'))
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

const peers = { ...manifests.react.peerDependencies, ...manifests['mock-api'].peerDependencies }
const variants = [
  {
    name: 'newest versions',
    dir: join(hosts, 'newest'),
    versions: { ...peers, '@types/react': peers.react, '@types/react-dom': peers['react-dom'] },
  },
  {
    name: 'lowest versions',
    dir: join(hosts, 'lowest'),
    versions: {
      ...supported,
      '@types/react': supported.react,
      '@types/react-dom': supported['react-dom'],
    },
    floors: true,
  },
]

mkdirSync(join(hosts, 'tarballs'), { recursive: true })
const tarball = Object.fromEntries(
  ['client', 'react', 'mock-api'].map((pkg) => [
    pkg,
    `file:../tarballs/${basename(packPackage(join(root, 'packages', pkg), join(hosts, 'tarballs'), 'pipe'))}`,
  ]),
)

function writeHost({ dir, versions }) {
  mkdirSync(dir, { recursive: true })
  const dependencies = {
    '@myorg-kit/client': tarball.client,
    '@myorg-kit/react': tarball.react,
    '@myorg-kit/mock-api': tarball['mock-api'],
    ...versions,
  }
  // Our registry mirror lacks @auth0/auth0-auth-js@1.16.1, which newer auth0-spa-js needs;
  // hosts on the public registry need no override.
  const overrides = { '@auth0/auth0-spa-js': '2.27.0' }
  const pkg = { name: 'host-app', private: true, type: 'module', dependencies, overrides }
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`)
}

async function clientInNode(host) {
  const file = join(host, 'node-client.mjs')
  writeFileSync(file, nodeClient)
  const { details, domains, served } = await import(file)
  assert(typeof details.name === 'string', 'details.get() returned no name')
  assert(Array.isArray(domains.organization_domains), 'domains.list() returned no list')
  assert(served.display_name === 'Acme Corp', 'the MSW server did not serve the details')
}

const quiet = (cwd) => ({ cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' })

const checksFor = ({ dir: host, versions, floors = false }) => [
  [
    'npm installs the packed tarballs next to their peers',
    () => {
      execFileSync(npm, ['install', '--no-audit', '--no-fund', '--loglevel=error'], quiet(host))
      for (const [name, version] of Object.entries(versions)) {
        const installed = installedVersion(host, name)
        assert(
          !/^\d/.test(version) || installed === version,
          `${name}: the host asked for ${version} and got ${installed}`,
        )
      }
    },
  ],
  ...(floors ? floorChecks(host) : []),
  [
    "a host's strict TypeScript accepts every published type",
    () => {
      // No ambient `*.css` declaration (vite/client and next's types have one; plain tsc has
      // none): the package's own types must cover `import '@myorg-kit/react/styles.css'`.
      writeFileSync(join(host, 'app.tsx'), hostApp)
      writeFileSync(
        join(host, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            target: 'ES2022',
            module: 'ESNext',
            moduleResolution: 'Bundler',
            jsx: 'react-jsx',
            lib: ['ES2022', 'DOM', 'DOM.Iterable'],
            noEmit: true,
            skipLibCheck: false,
            types: [],
          },
          files: ['app.tsx'],
        }),
      )
      execFileSync(
        process.execPath,
        [join(root, 'node_modules/typescript/bin/tsc'), '-p', host],
        quiet(host),
      )
    },
  ],
  [
    'every public entry bundles for the browser, with no test code in it',
    async () => {
      const result = await build({
        entryPoints: [join(host, 'app.tsx')],
        absWorkingDir: host,
        bundle: true,
        write: false,
        outdir: join(host, 'out'),
        platform: 'browser',
        format: 'esm',
        logLevel: 'silent',
      })
      const js = result.outputFiles.find((f) => f.path.endsWith('.js'))?.text ?? ''
      const css = result.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? ''
      assert(js.includes('data-mk-root'), 'the bundle has no component')
      // An unminified esbuild bundle names each module it holds in a path comment.
      assert(
        !/node_modules\/(\.pnpm\/)?(vitest|@vitest|chai)\b/.test(js),
        'the bundle holds test code',
      )
      assert(css.includes('@layer mk'), 'styles.css did not come along')
    },
  ],
  [
    'the seven components render on the server',
    async () => {
      const result = await build({
        stdin: { contents: serverRender, loader: 'tsx', resolveDir: host },
        absWorkingDir: host,
        bundle: true,
        write: false,
        platform: 'node',
        format: 'esm',
        jsx: 'automatic',
        packages: 'external',
        logLevel: 'silent',
      })
      const file = join(host, 'server-render.mjs')
      writeFileSync(file, result.outputFiles[0].text)
      const { rendered } = await import(file)
      for (const [name, html] of rendered) {
        assert(html.includes('data-mk-root'), `${name} rendered no root on the server`)
        assert(html.includes('aria-busy="true"'), `${name} rendered no loading state`)
      }
    },
  ],
  ['the client, the mock API and its MSW server run in Node', () => clientInNode(host)],
  ['a user fills in two forms in Chromium', () => checkInBrowser(host)],
]

let passed = 0
let failed = 0

async function runCheck([name, run]) {
  try {
    await run()
    passed += 1
    console.log(`  ✓ ${name}`)
    return true
  } catch (error) {
    failed += 1
    const output = [error.stdout, error.stderr].filter(Boolean).join('\n').trim()
    console.error(`  ✗ ${name}\n${output || error.message}`)
    return false
  }
}

for (const variant of variants) {
  writeHost(variant)
  console.log(`host with the ${variant.name}: ${JSON.stringify(variant.versions)}`)
  const [install, ...uses] = checksFor(variant)
  const installed = await runCheck(install)
  for (const check of uses) {
    if (installed) {
      await runCheck(check)
    } else {
      failed += 1
      console.error(`  ✗ ${check[0]} (not run: the install failed)`)
    }
  }
}
// MYORG_KIT_KEEP_HOSTS=1 keeps them to look at (each has its built page in www/).
if (failed === 0 && !process.env.MYORG_KIT_KEEP_HOSTS) {
  rmSync(hosts, { recursive: true, force: true })
} else {
  console.error(`The hosts are in ${hosts}.`)
}
writeFileSync(
  join(root, '.artifacts/host-install.json'),
  `${JSON.stringify({ numPassedTests: passed, numFailedTests: failed, numPendingTests: 0, numTotalTests: passed + failed }, null, 2)}\n`,
)
console.log(`host install: ${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
