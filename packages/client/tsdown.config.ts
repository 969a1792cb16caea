import { defineConfig } from 'tsdown'

export const config = defineConfig({
  entry: ['src/index.ts', 'src/schemas/index.ts'],
  format: 'esm',
  platform: 'neutral',
  unbundle: true,
  dts: true,
  sourcemap: true,
  clean: true,
})
export default config
