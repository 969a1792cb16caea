import { defineConfig } from 'tsdown'

// Unbundled, one output file per module: `'use client'` directives survive and host bundlers
// tree-shake per module. Locales are separate entries, never part of the main entry. A test
// next to them is never an entry: it would publish itself and bundle Vitest into `dist`.
export const config = defineConfig({
  entry: ['src/index.ts', 'src/locales/*.ts', '!src/**/*.test.ts'],
  format: 'esm',
  platform: 'browser',
  unbundle: true,
  dts: true,
  sourcemap: true,
  clean: true,
  copy: [
    { from: 'src/styles/styles.css', to: 'dist' },
    { from: 'src/styles/styles.css.d.ts', to: 'dist' },
  ],
})
export default config
