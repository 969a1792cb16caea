/**
 * The mock API as an MSW server for Node (Vitest, Jest). Needs `msw` installed.
 */
import { setupServer } from 'msw/node'
import type { SetupServer } from 'msw/node'

import type { MyOrgMswOptions } from './msw.ts'
import { type MyOrgMswState, serveMyOrgMsw } from './msw-setup.ts'

export type { MyOrgMswState } from './msw-setup.ts'

/**
 * An MSW server serving the mock API, with its store and faults. On `server`, call `listen()`,
 * `resetHandlers()`, `close()`.
 */
export type MyOrgServer = MyOrgMswState & { server: SetupServer }

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
  return serveMyOrgMsw(options, (handlers) => ({ server: setupServer(...handlers) }))
}
