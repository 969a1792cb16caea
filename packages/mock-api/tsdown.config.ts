import { defineConfig } from 'tsdown'

export const config = defineConfig({
  entry: ['src/index.ts', 'src/msw.ts', 'src/node.ts', 'src/browser.ts'],
  format: 'esm',
  platform: 'neutral',
  unbundle: true,
  dts: true,
  sourcemap: true,
  clean: true,
})
export default config
