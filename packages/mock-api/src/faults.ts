/**
 * Fault injection for the mock API: slow responses, rate limiting, server errors, network
 * failures and expired tokens. One mutable controller, shared by a handler and its tests.
 */
import type { HttpMethod, OperationName } from '@myorg-kit/client'

/** Which requests a fault applies to, and how many times. */
export interface FaultScope {
  /**
   * How many matching requests get the fault before it switches itself off.
   * @default undefined (every matching request, until cleared)
   */
  times?: number
  /** Only these operations (e.g. `'createDomain'`). @default every operation */
  operations?: readonly OperationName[]
  /** Only these HTTP methods. @default every method */
  methods?: readonly HttpMethod[]
}

/** A 429 fault. */
export interface RateLimitFault extends FaultScope {
  /** Value of `Retry-After`, in seconds. @default 1 */
  retryAfterSeconds?: number
  /** Value of `X-RateLimit-Limit`. @default 2 */
  limit?: number
}

/** A 5xx fault. */
export interface ServerErrorFault extends FaultScope {
  /** @default 500 */
  status?: 500 | 502 | 503 | 504
}

/** The fault controller. Assign a field to turn a fault on, `undefined` to turn it off. */
export interface MockFaults {
  /** Delay every response by this many ms (also applies to the other faults). @default 0 */
  latencyMs: number
  /** Respond 429 `A0E-429-0003` with `Retry-After` and `X-RateLimit-*` headers. */
  rateLimit: RateLimitFault | undefined
  /** Respond 5xx with a JSON error body. */
  serverError: ServerErrorFault | undefined
  /**
   * Fail without a response: the handler throws {@link MockNetworkError}; the MSW adapter turns
   * it into `HttpResponse.error()` (a `TypeError` from `fetch`).
   */
  networkError: FaultScope | undefined
  /**
   * Behave like a browser blocking the response for CORS: requests that carry an
   * `Authorization` header fail without a response (as `networkError`), while requests without
   * one (such as the client's `no-cors` reachability probe) still reach the API. This is what a
   * page sees when its origin is missing from the application's Allowed Origins (CORS).
   */
  corsBlocked: FaultScope | undefined
  /** Respond 401 as for an expired access token. */
  expiredToken: FaultScope | undefined
  /** Turn every fault off and set latency back to 0. */
  reset(): void
}

/** Create a fault controller with every fault off. */
export function createFaults(initial: Partial<Omit<MockFaults, 'reset'>> = {}): MockFaults {
  const faults: MockFaults = {
    latencyMs: 0,
    rateLimit: undefined,
    serverError: undefined,
    networkError: undefined,
    corsBlocked: undefined,
    expiredToken: undefined,
    reset() {
      faults.latencyMs = 0
      faults.rateLimit = undefined
      faults.serverError = undefined
      faults.networkError = undefined
      faults.corsBlocked = undefined
      faults.expiredToken = undefined
    },
  }
  Object.assign(faults, initial)
  return faults
}

/**
 * Thrown by the handler when the `networkError` fault fires. Adapters translate it: MSW answers
 * with `HttpResponse.error()`, a Node HTTP server destroys the socket.
 */
export class MockNetworkError extends Error {
  constructor(message = 'Simulated network failure (mock-api networkError fault).') {
    super(message)
    this.name = 'MockNetworkError'
  }
}

/** True for a {@link MockNetworkError} (also across bundle copies). */
export function isMockNetworkError(error: unknown): error is MockNetworkError {
  return (
    error instanceof MockNetworkError ||
    (error instanceof Error && error.name === 'MockNetworkError')
  )
}

type FaultName = 'rateLimit' | 'serverError' | 'networkError' | 'corsBlocked' | 'expiredToken'

/**
 * If the fault `name` applies to this request, consume one use of it and return it.
 * @internal used by the handler
 */
export function takeFault<K extends FaultName>(
  faults: MockFaults,
  name: K,
  request: { operation: OperationName | undefined; method: string },
): NonNullable<MockFaults[K]> | undefined {
  const fault = faults[name]
  if (!fault) {
    return undefined
  }
  if (fault.operations && (!request.operation || !fault.operations.includes(request.operation))) {
    return undefined
  }
  if (fault.methods && !fault.methods.some((method) => method === request.method)) {
    return undefined
  }
  if (fault.times !== undefined) {
    if (fault.times <= 0) {
      faults[name] = undefined
      return undefined
    }
    fault.times -= 1
    if (fault.times === 0) {
      faults[name] = undefined
    }
  }
  return fault
}
