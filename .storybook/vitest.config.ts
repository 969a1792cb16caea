import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import { playwright } from '@vitest/browser-playwright'
import { defineProject } from 'vitest/config'

import { chromiumArgs, findChromium } from '../scripts/chromium.mjs'

const configDir = dirname(fileURLToPath(import.meta.url))

// Stories run as tests in real Chromium (the system one: Playwright's download does not work on
// our machines). `node scripts/chromium.mjs` installs it first when needed.
export default defineProject({
  plugins: [storybookTest({ configDir })],
  test: {
    name: 'storybook',
    browser: {
      enabled: true,
      headless: true,
      instances: [{ browser: 'chromium' }],
      provider: playwright({
        launchOptions: {
          executablePath: findChromium() ?? '/usr/bin/chromium',
          args: chromiumArgs,
        },
      }),
    },
  },
})
