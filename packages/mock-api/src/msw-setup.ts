/** What the Node server and the browser worker of the mock API are both built from. */
import type { HttpHandler } from 'msw'

import { createFaults } from './faults.ts'
import type { MockFaults } from './faults.ts'
import { createMyOrgHandler } from './handler.ts'
import { type MyOrgMswOptions, createMyOrgMswHandlers } from './msw.ts'
import { type MyOrgStore, createMyOrgStore } from './store.ts'

/** The store and faults an MSW server or worker serves, for tests and stories to drive. */
export interface MyOrgMswState {
  /** The organization's data. */
  store: MyOrgStore
  /** Injected failures (latency, errors, network errors). */
  faults: MockFaults
}

/**
 * The MSW handlers for `options`, given to `serve` (which builds the server or worker), with
 * the store and faults they serve: those of `options.handler` when given, else the ones given,
 * else new ones.
 */
export function serveMyOrgMsw<Served extends object>(
  options: MyOrgMswOptions,
  serve: (handlers: HttpHandler[]) => Served,
): MyOrgMswState & Served {
  const store = options.store ?? createMyOrgStore()
  const faults = options.faults ?? createFaults()
  const handler = options.handler ?? createMyOrgHandler({ ...options, store, faults })
  const served = serve(createMyOrgMswHandlers({ ...options, handler }))
  return { ...served, store: handler.store, faults: handler.faults }
}
