// Size budget: bundles each published entry the way a host app's bundler would (minified,
// peers external), gzips it, and fails when an entry is over its budget. A benchmark, not a
// timed test: the numbers depend only on the code.
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
 * `entry` measures a whole published entry; `only` measures what a host pays for importing just
 * those names from `@myorg-kit/react` (the provider always comes along), after tree-shaking.
 */
const budgets = [
  { name: '@myorg-kit/react (whole entry)', entry: 'packages/react/dist/index.js', limitKb: 60 },
  { name: '@myorg-kit/client (whole entry)', entry: 'packages/client/dist/index.js', limitKb: 25 },
  { name: 'one component: OrgDetailsForm', only: ['MyOrgProvider', 'OrgDetailsForm'], limitKb: 45 },
  { name: 'one component: DomainList', only: ['MyOrgProvider', 'DomainList'], limitKb: 45 },
]

function entryPointsOf(budget) {
  if (budget.only) {
    return {
      stdin: {
        contents: `export { ${budget.only.join(', ')} } from ${JSON.stringify(reactEntry)}`,
        resolveDir: root,
        loader: 'js',
      },
    }
  }
  return { entryPoints: [resolve(root, budget.entry)] }
}

let failed = false
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
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"production"' },
  })
  const code = result.outputFiles[0].contents
  const gzipKb = gzipSync(code, { level: 9 }).length / 1024
  const minKb = code.length / 1024
  const ok = gzipKb <= budget.limitKb
  failed ||= !ok
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${budget.name}: ${minKb.toFixed(1)} KB min, ${gzipKb.toFixed(1)} KB min+gzip (budget ${budget.limitKb} KB)`,
  )
}
if (failed) {
  console.error('Size budget exceeded.')
  process.exit(1)
}
