import react from '@vitejs/plugin-react'
import { defineProject } from 'vitest/config'

import { sourceConditions } from '../../vitest.shared.ts'

export default defineProject({
  ...sourceConditions,
  plugins: [react()],
  test: {
    name: '@myorg-kit/react',
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['./test/setup.ts'],
  },
})
