import type { UserConfig } from 'tsdown'

/**
 * How every package is built: ESM, unbundled (one output file per module, so host bundlers
 * tree-shake per module), with declarations and source maps, into a cleaned `dist`.
 */
export const libraryBuild = {
  format: 'esm',
  unbundle: true,
  dts: true,
  sourcemap: true,
  clean: true,
} satisfies UserConfig
