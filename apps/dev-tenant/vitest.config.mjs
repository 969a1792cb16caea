import { defineProject } from 'vitest/config'

import { sourceConditions } from '../../vitest.shared.ts'

export default defineProject({
  ...sourceConditions,
  test: {
    name: '@myorg-kit/dev-tenant',
    include: ['src/**/*.test.mjs'],
    environment: 'node',
    testTimeout: 15_000,
  },
})
