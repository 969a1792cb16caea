import { defineProject } from 'vitest/config'

import { sourceConditions } from '../../vitest.shared.ts'

export default defineProject({
  ...sourceConditions,
  test: {
    name: '@myorg-kit/mock-api',
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
})
