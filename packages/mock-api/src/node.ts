/**
 * The mock API as an MSW server for Node (Vitest, Jest). Needs `msw` installed.
 */
import { setupServer } from 'msw/node'
import type { SetupServer } from 'msw/node'

import { createFaults } from './faults.ts'
import type { MockFaults } from './faults.ts'
import { createMyOrgHandler } from './handler.ts'
import { type MyOrgMswOptions, createMyOrgMswHandlers } from './msw.ts'
import { type MyOrgStore, createMyOrgStore } from './store.ts'

/** An MSW server serving the mock API, with its store and faults. */
export interface MyOrgServer {
  /** The MSW server: call `listen()`, `resetHandlers()`, `close()`. */
  server: SetupServer
  store: MyOrgStore
  faults: MockFaults
}

/**
 * Set up an MSW server (`msw/node`) that serves the mock API.
 *
 * @example
 * const { server, store, faults } = setupMyOrgServer()
 * beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
 * afterEach(() => { server.resetHandlers(); store.reset(); faults.reset() })
 * afterAll(() => server.close())
 */
export function setupMyOrgServer(options: MyOrgMswOptions = {}): MyOrgServer {
  const store = options.store ?? createMyOrgStore()
  const faults = options.faults ?? createFaults()
  const handler = options.handler ?? createMyOrgHandler({ ...options, store, faults })
  const server = setupServer(...createMyOrgMswHandlers({ ...options, handler }))
  return { server, store: handler.store, faults: handler.faults }
}
