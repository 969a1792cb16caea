// Serves the demo SPA (apps/demo) on the mocked API and prints its URL.
import { existsSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
if (!existsSync(resolve(root, 'apps/demo/package.json'))) {
  console.error(
    'The demo app (apps/demo) is not in this checkout yet: it arrives with the Storybook and demo work.\n' +
      'Until then, `npm test` runs everything that exists.',
  )
  process.exit(1)
}
const pnpm = process.env.npm_execpath?.endsWith('js')
  ? [process.execPath, process.env.npm_execpath]
  : ['pnpm']
const result = spawnSync(pnpm[0], [...pnpm.slice(1), '--filter', '@myorg-kit/demo', 'dev'], {
  cwd: root,
  stdio: 'inherit',
})
process.exit(result.status ?? 1)
