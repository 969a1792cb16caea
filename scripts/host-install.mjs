// Installs the three packages the way a host app gets them (the packed tarballs, with npm, next
// to their peers), then uses them as a host would: strict TypeScript over the published types,
// a browser bundle of every public entry, the components rendered on the server, and the client
// against the mock API in Node. Every other test runs on the workspace's links and never sees a
// tarball: this one checks that what we publish installs and works.
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

import { build } from 'esbuild'

import { packPackage } from './pack.mjs'

const root = resolve(fileURLToPath(import.meta.url), '../..')
const host = join(root, '.artifacts/host')
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const quiet = { cwd: host, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' }

rmSync(host, { recursive: true, force: true })
mkdirSync(host, { recursive: true })
const tarball = Object.fromEntries(
  ['client', 'react', 'mock-api'].map((pkg) => [
    pkg,
    `file:./${basename(packPackage(join(root, 'packages', pkg), host, 'pipe'))}`,
  ]),
)

writeFileSync(
  join(host, 'package.json'),
  `${JSON.stringify(
    {
      name: 'host-app',
      private: true,
      type: 'module',
      dependencies: {
        '@myorg-kit/client': tarball.client,
        '@myorg-kit/react': tarball.react,
        '@myorg-kit/mock-api': tarball['mock-api'],
        '@auth0/auth0-react': '^2.2.0',
        '@tanstack/react-query': '^5.59.0',
        react: '^19.2.0',
        'react-dom': '^19.2.0',
        '@types/react': '^19.2.0',
        '@types/react-dom': '^19.2.0',
      },
      // Our registry mirror lacks @auth0/auth0-auth-js@1.16.1, which newer auth0-spa-js needs;
      // hosts on the public registry need no override.
      overrides: { '@auth0/auth0-spa-js': '2.27.0' },
    },
    null,
    2,
  )}\n`,
)

/** A host's own code: every public entry, used the way the README shows. */
const hostApp = `
import { Auth0Provider } from '@auth0/auth0-react'
import { createMyOrgClient, MyOrgApiError, operations } from '@myorg-kit/client'
import { createMyOrgProxy } from '@myorg-kit/client/proxy'
import { orgDetailsSchema } from '@myorg-kit/client/schemas'
import {
  DomainList, IdentityProviderList, IdpWizard, InvitationManager, MemberList, MyOrgProvider,
  OrgDetailsForm, ScimTokenManager, myOrgKitScope, useOrgDetails, type MyOrgMessages,
} from '@myorg-kit/react'
import { frFR } from '@myorg-kit/react/locales/fr-FR'
import '@myorg-kit/react/styles.css'

const messages: Partial<MyOrgMessages> = frFR
export const used = [createMyOrgClient, MyOrgApiError, operations, createMyOrgProxy, orgDetailsSchema]

function Name() {
  const details = useOrgDetails()
  return <h1>{details.data?.display_name ?? '…'}</h1>
}

export function App() {
  return (
    <Auth0Provider domain="acme.test" clientId="spa" authorizationParams={{ scope: myOrgKitScope }}>
      <MyOrgProvider domain="acme.test" locale="fr-FR" messages={messages}>
        <Name />
        <OrgDetailsForm onSaved={(details) => console.log(details.name)} />
        <DomainList />
        <IdentityProviderList />
        <IdpWizard onIdentityProviderCreated={(idp) => console.log(idp.id)} />
        <ScimTokenManager identityProviderId="con_1" />
        <MemberList />
        <InvitationManager />
      </MyOrgProvider>
    </Auth0Provider>
  )
}
`

/** Renders each component on the server, as a Next.js page's first paint does. */
const serverRender = `
import { renderToString } from 'react-dom/server'
import {
  DomainList, IdentityProviderList, IdpWizard, InvitationManager, MemberList, MyOrgProvider,
  OrgDetailsForm, ScimTokenManager,
} from '@myorg-kit/react'

const parts = {
  OrgDetailsForm: <OrgDetailsForm />, DomainList: <DomainList />,
  IdentityProviderList: <IdentityProviderList />, IdpWizard: <IdpWizard />,
  ScimTokenManager: <ScimTokenManager identityProviderId="con_1" />,
  MemberList: <MemberList />, InvitationManager: <InvitationManager />,
}
export const rendered = Object.entries(parts).map(([name, element]) => [
  name,
  renderToString(
    <MyOrgProvider domain="acme.test" getAccessToken={async () => 'token'}>{element}</MyOrgProvider>,
  ),
])
`

/**
 * The client against the mock API's Fetch-style handler, in Node: a module in the host, so the
 * packages resolve by name through their `exports`, as a host's server code resolves them.
 */
const nodeClient = `
import { createMyOrgClient } from '@myorg-kit/client'
import { createMockAccessToken, createMyOrgHandler, permissionSets } from '@myorg-kit/mock-api'

const handler = createMyOrgHandler()
const client = createMyOrgClient({
  domain: 'acme.test',
  fetch: (input, init) => handler(new Request(input, init)),
  getAccessToken: () => createMockAccessToken({ scopes: permissionSets.admin }),
})
export const details = await client.details.get()
export const domains = await client.domains.list()
`

async function clientInNode() {
  const file = join(host, 'node-client.mjs')
  writeFileSync(file, nodeClient)
  const { details, domains } = await import(file)
  assert(typeof details.name === 'string', 'details.get() returned no name')
  assert(Array.isArray(domains.organization_domains), 'domains.list() returned no list')
}

function assert(condition, message) {
  if (!condition) {
    throw new Error(message)
  }
}

const checks = [
  [
    'npm installs the packed tarballs next to their peers',
    () => {
      execFileSync(npm, ['install', '--no-audit', '--no-fund', '--loglevel=error'], quiet)
    },
  ],
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
        quiet,
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
  ['the client and the mock API run in Node', clientInNode],
]

let failed = 0
for (const [name, run] of checks) {
  try {
    await run()
    console.log(`  ✓ ${name}`)
  } catch (error) {
    failed += 1
    const output = [error.stdout, error.stderr].filter(Boolean).join('\n').trim()
    console.error(`  ✗ ${name}\n${output || error.message}`)
  }
}
writeFileSync(
  join(root, '.artifacts/host-install.json'),
  `${JSON.stringify({ numPassedTests: checks.length - failed, numFailedTests: failed, numPendingTests: 0, numTotalTests: checks.length }, null, 2)}\n`,
)
console.log(`host install: ${checks.length - failed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
