import { defineConfig } from 'tsdown'

import { libraryBuild } from '../../tsdown.shared.ts'

export const config = defineConfig({
  ...libraryBuild,
  entry: ['src/index.ts', 'src/msw.ts', 'src/node.ts', 'src/browser.ts'],
  platform: 'neutral',
})
export default config
