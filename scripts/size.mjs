// Size budget: bundles each published entry the way a host app's bundler would (minified,
// peers external), gzips it, and fails when an entry is over its budget. A benchmark, not a
// timed test: the numbers depend only on the code.
import { mkdir, readFile, writeFile } from 'node:fs/promises'
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
 * `onFirstUse` says what happens to code behind a dynamic `import()` (a provider's details, the
 * wizard's later steps, dialogs, the SCIM reveal): `'left out'` measures page load, as a host
 * bundler's code splitting serves it (a chunk that loads when the admin first opens the part);
 * `'included'` counts every such chunk too, as if the admin opened everything.
 */
// Budgets (issue 13), rounded up to 0.5 KB from what we measure.
//
// Pre-kit figures (five components, no members, no proxy mode, nothing loaded on first use, so
// page load and everything were the same number): whole entry 87.3, OrgDetailsForm 41.9,
// DomainList 29.9, IdentityProviderList 33.2, IdpWizard 55.9, ScimTokenManager 47.1.
//
// Like for like, the five pre-kit components on one page now load 79.3 KB (-9 %), and each one
// alone is under its pre-kit figure: the react hooks build only the client resources they call
// (createMyOrgTransport + domainsOf…), domain schemas and the DNS rules load only with domains,
// and what a component needs only after a click loads on first use. With every first-use chunk
// counted the five weigh 99.5 KB: more than before, for the hostile-data checks (issue 14), the
// proxy transport (16), the cache writes and the lazy-part machinery themselves.
//
// The whole entry is not comparable with its pre-kit figure: it also holds MemberList,
// InvitationManager, the roles picker, the invitation login and their hooks (issue 15).
// MemberList and InvitationManager pay 0.3 and 0.4 for ApiText since their names and addresses
// flag invisible characters like the other lists. The en-US texts are 11.2 of the whole entry's
// page load (83.4 with every text emptied, keys kept): every component ships its own words.
//
// The like-for-like row imports every name of the entry except those of issue 15 (the names of
// src/members-exports.ts and src/invitation/). It keeps the hostile-data checks (14), the proxy
// mode (16) and, through `enUS`, the texts of the issue-15 components.
//
// Measured: whole entry 115.8 (on page load 95.1), without issue 15 105.1 (on page load 85.8),
// five pre-kit components 79.8 (every chunk 100.0), client 13.7, OrgDetailsForm 41.0, DomainList
// 27.3, MemberList 23.5, InvitationManager 30.4, IdentityProviderList 28.5, IdpWizard 52.6,
// ScimTokenManager 45.0. Earlier steps loaded dialogs, the wizard's later steps and its saving
// code on first use. The last step made that safe when a chunk fails to download (offline, a
// redeploy): the part's boundary explains it in place with "Try again", which downloads it anew,
// and the rest of the component, with what the user typed, stays (MyOrgCodeLoadError, its en-US
// texts, the part boundary and its retry): +0.5 on every row.
const preKitComponents = [
  'MyOrgProvider',
  'OrgDetailsForm',
  'DomainList',
  'IdentityProviderList',
  'IdpWizard',
  'ScimTokenManager',
]

/** The names an `export { a, b as c }` list exports (`a`, `c`), `type` ones left out. */
function exportedNames(list) {
  return list
    .split(',')
    .map((specifier) => specifier.trim())
    .filter((specifier) => specifier !== '' && !specifier.startsWith('type '))
    .map((specifier) => specifier.split(/\s+as\s+/).at(-1) ?? '')
}

/** The value names `file` re-exports (`export { … } from …` statements). */
async function valueExportsOf(file) {
  const text = await readFile(resolve(root, file), 'utf8')
  return [...text.matchAll(/^export \{([^}]*)\} from/gm)].flatMap(([, list]) => exportedNames(list))
}

/** Every name the built entry exports (tsdown writes one `export { … }` statement). */
async function entryExportsOf(file) {
  const text = await readFile(resolve(root, file), 'utf8')
  return exportedNames([...text.matchAll(/^export \{([^}]*)\};?$/gm)].at(-1)?.[1] ?? '')
}

const addedByIssue15 = new Set([
  ...(await valueExportsOf('packages/react/src/members-exports.ts')),
  ...(await valueExportsOf('packages/react/src/invitation/index.ts')),
])
const preKitEntry = (await entryExportsOf('packages/react/dist/index.js')).filter(
  (name) => name !== '' && !addedByIssue15.has(name),
)
if (addedByIssue15.size < 20 || preKitEntry.length < 80) {
  throw new Error(
    `size.mjs: could not read the export lists (${addedByIssue15.size} issue-15 names, ` +
      `${preKitEntry.length} others): has the package index changed shape?`,
  )
}

const budgets = [
  {
    name: '@myorg-kit/react (whole entry, every first-use chunk)',
    entry: 'packages/react/dist/index.js',
    onFirstUse: 'included',
    limitKb: 116,
  },
  {
    name: '@myorg-kit/react (whole entry)',
    entry: 'packages/react/dist/index.js',
    onFirstUse: 'left out',
    limitKb: 95.5,
  },
  {
    name: 'whole entry without the members, roles and invitations of issue 15 (pre-kit: 87.3)',
    only: preKitEntry,
    onFirstUse: 'left out',
    limitKb: 86,
  },
  {
    name: 'whole entry without issue 15, every first-use chunk',
    only: preKitEntry,
    onFirstUse: 'included',
    limitKb: 105.5,
  },
  {
    name: '@myorg-kit/client (whole entry)',
    entry: 'packages/client/dist/index.js',
    onFirstUse: 'included',
    limitKb: 14,
  },
  {
    name: 'the five pre-kit components on one page (pre-kit: 87.3)',
    only: preKitComponents,
    onFirstUse: 'left out',
    limitKb: 80,
  },
  {
    name: 'the five pre-kit components, every first-use chunk',
    only: preKitComponents,
    onFirstUse: 'included',
    limitKb: 100,
  },
  ...[
    ['OrgDetailsForm', 41],
    ['DomainList', 27.5],
    ['MemberList', 23.5],
    ['InvitationManager', 30.5],
    ['IdentityProviderList', 29],
    ['IdpWizard', 53],
    ['ScimTokenManager', 45.5],
  ].map(([component, limitKb]) => ({
    name: `one component: ${component}`,
    only: ['MyOrgProvider', component],
    onFirstUse: 'left out',
    limitKb,
  })),
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
    plugins: budget.onFirstUse === 'left out' ? [lazyChunksExternal] : [],
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
      `(budget ${budget.limitKb} KB${budget.onFirstUse === 'left out' ? ', on page load' : ''})`,
  )
}
await mkdir(resolve(root, '.artifacts'), { recursive: true })
await writeFile(resolve(root, '.artifacts/size.json'), `${JSON.stringify(rows, null, 2)}\n`)
if (failed) {
  console.error('Size budget exceeded.')
  process.exit(1)
}
