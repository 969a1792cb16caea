import { defineConfig } from 'tsdown'

import { libraryBuild } from '../../tsdown.shared.ts'

export const config = defineConfig({
  ...libraryBuild,
  entry: ['src/index.ts', 'src/schemas/index.ts', 'src/proxy/index.ts'],
  platform: 'neutral',
})
export default config
