import type { StorybookConfig } from '@storybook/react-vite'
import { defaultClientConditions } from 'vite'

const config: StorybookConfig = {
  // test/: the layout check's states (scripts/layout-check.mjs), tagged out of tests and docs.
  stories: ['../packages/*/src/**/*.stories.@(ts|tsx)', '../packages/react/test/*.stories.tsx'],
  addons: [
    '@storybook/addon-docs',
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
    'msw-storybook-addon',
  ],
  framework: '@storybook/react-vite',
  // Holds mockServiceWorker.js (refresh with `pnpm exec msw init` after upgrading msw).
  staticDirs: ['./public'],
  core: { disableTelemetry: true },
  // The default react-docgen reads the components' JSDoc into the docs pages.
  typescript: { reactDocgen: 'react-docgen' },
  viteFinal(viteConfig) {
    // Workspace packages resolve to their TypeScript sources: no build needed to browse.
    viteConfig.resolve ??= {}
    viteConfig.resolve.conditions = ['@myorg-kit/source', ...defaultClientConditions]
    return viteConfig
  },
}

export default config
