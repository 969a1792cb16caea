import '@testing-library/jest-dom/vitest'

import { cleanup } from '@testing-library/react'
import { afterAll, afterEach, beforeAll } from 'vitest'

import { installDialogPolyfill } from './dialog-polyfill.ts'
import { faults, server, store } from './server.ts'

installDialogPolyfill()

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' })
})

afterEach(() => {
  cleanup()
  server.resetHandlers()
  store.reset()
  faults.reset()
})

afterAll(() => {
  server.close()
})
