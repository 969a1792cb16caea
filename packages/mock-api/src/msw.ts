/**
 * MSW request handlers that serve the mock My Organization API (msw 2.x). Import this entry
 * only where `msw` is installed: it is an optional peer dependency.
 */
import { HttpResponse, http } from 'msw'
import type { HttpHandler } from 'msw'

import { isMockNetworkError } from './faults.ts'
import type { MyOrgHandler, MyOrgHandlerOptions } from './handler-types.ts'
import { createMyOrgHandler } from './handler.ts'

/** Options of {@link createMyOrgMswHandlers}. */
export interface MyOrgMswOptions extends MyOrgHandlerOptions {
  /**
   * Only intercept this origin (e.g. `https://acme.eu.auth0.com`).
   * @default any origin
   */
  origin?: string
  /** Use this handler instead of building one from the other options. */
  handler?: MyOrgHandler
}

/**
 * MSW handlers for every operation of the API, on `*\/my-org/*` (any origin unless `origin` is
 * given). The `networkError` fault answers with `HttpResponse.error()`, so `fetch` rejects with a
 * `TypeError` as it would offline.
 *
 * @example
 * const store = createMyOrgStore()
 * const server = setupServer(...createMyOrgMswHandlers({ store }))
 */
export function createMyOrgMswHandlers(options: MyOrgMswOptions = {}): HttpHandler[] {
  const handler = options.handler ?? createMyOrgHandler(options)
  const basePath = (options.basePath ?? '/my-org').replace(/\/+$/, '')
  const origin = options.origin?.replace(/\/+$/, '')
  return [
    http.all(
      ({ request }) => {
        const url = new URL(request.url)
        if (origin !== undefined && url.origin !== origin) {
          return false
        }
        return url.pathname === basePath || url.pathname.startsWith(`${basePath}/`)
      },
      async ({ request }) => {
        try {
          return await handler(request)
        } catch (error) {
          if (isMockNetworkError(error)) {
            return HttpResponse.error()
          }
          throw error
        }
      },
    ),
  ]
}
