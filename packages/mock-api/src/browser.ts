/**
 * The mock API as an MSW service worker for browsers (Storybook, the demo app). Needs `msw`
 * installed and `mockServiceWorker.js` served. Importing this file touches no browser global;
 * only `worker.start()` does.
 */
import { setupWorker } from 'msw/browser'
import type { SetupWorker } from 'msw/browser'

import type { MyOrgMswOptions } from './msw.ts'
import { type MyOrgMswState, serveMyOrgMsw } from './msw-setup.ts'

export type { MyOrgMswState } from './msw-setup.ts'

/**
 * An MSW worker serving the mock API, with its store and faults. On `worker`, call `start()`
 * (returns a promise), `resetHandlers()`, `stop()`.
 */
export type MyOrgWorker = MyOrgMswState & { worker: SetupWorker }

/**
 * Set up an MSW worker (`msw/browser`) that serves the mock API. Call it when the app starts,
 * not at import time.
 *
 * @example
 * const { worker } = setupMyOrgWorker()
 * await worker.start({ onUnhandledRequest: 'bypass' })
 */
export function setupMyOrgWorker(options: MyOrgMswOptions = {}): MyOrgWorker {
  return serveMyOrgMsw(options, (handlers) => ({ worker: setupWorker(...handlers) }))
}
