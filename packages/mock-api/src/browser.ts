/**
 * The mock API as an MSW service worker for browsers (Storybook, the demo app). Needs `msw`
 * installed and `mockServiceWorker.js` served. Importing this file touches no browser global;
 * only `worker.start()` does.
 */
import { setupWorker } from 'msw/browser'
import type { SetupWorker } from 'msw/browser'

import { createFaults } from './faults.ts'
import type { MockFaults } from './faults.ts'
import { createMyOrgHandler } from './handler.ts'
import { type MyOrgMswOptions, createMyOrgMswHandlers } from './msw.ts'
import { type MyOrgStore, createMyOrgStore } from './store.ts'

/** An MSW worker serving the mock API, with its store and faults. */
export interface MyOrgWorker {
  /** The MSW worker: call `start()` (returns a promise), `resetHandlers()`, `stop()`. */
  worker: SetupWorker
  store: MyOrgStore
  faults: MockFaults
}

/**
 * Set up an MSW worker (`msw/browser`) that serves the mock API. Call it when the app starts,
 * not at import time.
 *
 * @example
 * const { worker } = setupMyOrgWorker()
 * await worker.start({ onUnhandledRequest: 'bypass' })
 */
export function setupMyOrgWorker(options: MyOrgMswOptions = {}): MyOrgWorker {
  const store = options.store ?? createMyOrgStore()
  const faults = options.faults ?? createFaults()
  const handler = options.handler ?? createMyOrgHandler({ ...options, store, faults })
  const worker = setupWorker(...createMyOrgMswHandlers({ ...options, handler }))
  return { worker, store: handler.store, faults: handler.faults }
}
