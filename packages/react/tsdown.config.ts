import { defineConfig } from 'tsdown'

// Unbundled, one output file per module: `'use client'` directives survive and host bundlers
// tree-shake per module. Locales are separate entries, never part of the main entry.
export const config = defineConfig({
  entry: ['src/index.ts', 'src/locales/*.ts'],
  format: 'esm',
  platform: 'browser',
  unbundle: true,
  dts: true,
  sourcemap: true,
  clean: true,
  copy: [{ from: 'src/styles/styles.css', to: 'dist' }],
})
export default config
