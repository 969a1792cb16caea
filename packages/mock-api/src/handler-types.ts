/**
 * The public types of `createMyOrgHandler`: its options and the handler it returns.
 */
import type { MockFaults } from './faults.ts'
import type { MockAuthenticate } from './pipeline/authenticate.ts'
import type { RateLimiterOptions } from './rate-limiter.ts'
import type { MyOrgStore } from './store.ts'

/** Options of `createMyOrgHandler`. */
export interface MyOrgHandlerOptions {
  /** The data. @default a fresh `createMyOrgStore()` */
  store?: MyOrgStore
  /** Faults to inject. @default a fresh `createFaults()` (all off) */
  faults?: MockFaults
  /**
   * Path prefix of the API on any origin. `${basePath}/v1` is accepted too.
   * @default '/my-org'
   */
  basePath?: string
  /** Replace token verification (e.g. real JWT verification in a dev server). */
  authenticate?: MockAuthenticate
  /** Clock in ms. @default the store's clock */
  now?: () => number
  /**
   * Enforce per-organization rate limits (token buckets per read/write class): a tier name such
   * as `'free'` (4 reads/s, 2 writes/s) or explicit limits. @default false (no limit)
   */
  rateLimit?: RateLimiterOptions | false
  /**
   * Answer CORS preflights and add CORS headers (exposing `Retry-After` and `X-RateLimit-*`), for
   * a mock served over HTTP to a page on another origin. @default false
   */
  cors?: boolean
}

/** The handler, with the store and faults it uses. */
export interface MyOrgHandler {
  (request: Request): Promise<Response>
  readonly store: MyOrgStore
  readonly faults: MockFaults
}
