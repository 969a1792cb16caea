// Size budget: bundles each published entry the way a host app's bundler would (minified,
// peers external), gzips it, and fails when an entry is over its budget. A benchmark, not a
// timed test: the numbers depend only on the code.
import { mkdir, writeFile } from 'node:fs/promises'
import { gzipSync } from 'node:zlib'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

import { build } from 'esbuild'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const peers = [
  'react',
  'react-dom',
  'react/jsx-runtime',
  '@auth0/auth0-react',
  '@tanstack/react-query',
  'msw',
  'msw/*',
]

const reactEntry = resolve(root, 'packages/react/dist/index.js')

/**
 * `entry` measures a whole published entry, everything included. `only` measures what a host
 * pays on page load for importing just those names from `@myorg-kit/react` (the provider always
 * comes along), after tree-shaking. Code behind a dynamic `import()` (the wizard and SCIM manager
 * that IdentityProviderList opens in place) is left out of `only` budgets: host bundlers split it
 * into a chunk that loads on first use.
 */
// Budgets as measured after the view-kit move, the member client (loaded on first use) and the
// hostile-data fixes (98.2, 18.8, 43.8, 35.1, 38.6, 63.4, 51.2 KB), each rounded up: the kit, the member operations in the one client and
// the wizard's state machine cost more than the deduplicated views saved. Bringing them back
// under the previous figures (87.3, 41.9, 29.9, 33.2, 55.9, 47.1) is open work (issue 13).
// Proxy mode (issue 16: cookie authentication in the client, the server-session source, the
// sign-in link and the unreachable-proxy text) adds about 1 KB to every figure (99.9, 19.3, 44.8,
// 36.1, 39.6, 64.6, 52.2 KB); reading the session endpoint loads on first use, in proxy mode only.
const budgets = [
  { name: '@myorg-kit/react (whole entry)', entry: 'packages/react/dist/index.js', limitKb: 100 },
  {
    name: '@myorg-kit/client (whole entry)',
    entry: 'packages/client/dist/index.js',
    limitKb: 19.5,
  },
  {
    name: 'one component: OrgDetailsForm',
    only: ['MyOrgProvider', 'OrgDetailsForm'],
    limitKb: 45,
  },
  { name: 'one component: DomainList', only: ['MyOrgProvider', 'DomainList'], limitKb: 36.5 },
  {
    name: 'one component: IdentityProviderList',
    only: ['MyOrgProvider', 'IdentityProviderList'],
    limitKb: 40,
  },
  { name: 'one component: IdpWizard', only: ['MyOrgProvider', 'IdpWizard'], limitKb: 65 },
  {
    name: 'one component: ScimTokenManager',
    only: ['MyOrgProvider', 'ScimTokenManager'],
    limitKb: 52.5,
  },
]

function entryPointsOf(budget) {
  if (budget.only) {
    return {
      stdin: {
        contents: `export { ${budget.only.join(', ')} } from ${JSON.stringify(reactEntry)}`,
        resolveDir: root,
        loader: 'js',
        sourcefile: 'host-entry.js',
      },
    }
  }
  return { entryPoints: [resolve(root, budget.entry)] }
}

const gzipKb = (bytes) => gzipSync(bytes, { level: 9 }).length / 1024

/** Leaves `import()` targets out of the bundle, as a host bundler's code splitting would. */
const lazyChunksExternal = {
  name: 'lazy-chunks-external',
  setup(builder) {
    builder.onResolve({ filter: /.*/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
    )
  },
}

let failed = false
const rows = []
for (const budget of budgets) {
  const result = await build({
    ...entryPointsOf(budget),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    external: peers,
    plugins: budget.only ? [lazyChunksExternal] : [],
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' },
  })
  const code = result.outputFiles[0].contents
  const gzKb = gzipKb(code)
  const minKb = code.length / 1024
  const ok = gzKb <= budget.limitKb
  failed ||= !ok
  rows.push({ name: budget.name, gzipKb: gzKb, minKb, limitKb: budget.limitKb, ok })
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${budget.name}: ${minKb.toFixed(1)} KB min, ${gzKb.toFixed(1)} KB min+gzip ` +
      `(budget ${budget.limitKb} KB${budget.only ? ', on page load' : ''})`,
  )
}
await mkdir(resolve(root, '.artifacts'), { recursive: true })
await writeFile(resolve(root, '.artifacts/size.json'), `${JSON.stringify(rows, null, 2)}\n`)
if (failed) {
  console.error('Size budget exceeded.')
  process.exit(1)
}
