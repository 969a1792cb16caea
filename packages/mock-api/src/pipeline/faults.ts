/**
 * The faults that strike before routing is settled: latency, network and CORS failures (thrown
 * as {@link MockNetworkError}), server errors and rate limiting.
 */
import type { OperationName } from '@myorg-kit/client'

import { type MockFaults, MockNetworkError, takeFault } from '../faults.ts'
import { apiError, tooManyRequests } from '../responses.ts'

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(new MockNetworkError('The request was aborted.'))
      return
    }
    const timer = setTimeout(resolve, ms)
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer)
        reject(new MockNetworkError('The request was aborted.'))
      },
      { once: true },
    )
  })
}

/**
 * Apply the request-level faults in the API's order: wait `latencyMs`, then throw for
 * `networkError` or `corsBlocked`, else answer `serverError` or `rateLimit`. `undefined` when
 * none fires.
 */
export async function injectFaults(
  faults: MockFaults,
  request: Request,
  operation: OperationName | undefined,
  method: string,
  now: () => number,
): Promise<Response | undefined> {
  const target = { operation, method }
  if (faults.latencyMs > 0) {
    await sleep(faults.latencyMs, request.signal)
  }
  if (takeFault(faults, 'networkError', target)) {
    throw new MockNetworkError()
  }
  if (request.headers.has('authorization') && takeFault(faults, 'corsBlocked', target)) {
    throw new MockNetworkError('Simulated CORS refusal (mock-api corsBlocked fault).')
  }
  const serverError = takeFault(faults, 'serverError', target)
  if (serverError) {
    const status = serverError.status ?? 500
    return apiError(
      status,
      `A0E-${status}-0001`,
      'Internal Server Error',
      'Simulated server error (mock-api serverError fault).',
    )
  }
  const rateLimited = takeFault(faults, 'rateLimit', target)
  if (rateLimited) {
    const retryAfter = rateLimited.retryAfterSeconds ?? 1
    return tooManyRequests({
      'retry-after': String(retryAfter),
      'x-ratelimit-limit': String(rateLimited.limit ?? 2),
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(Math.ceil(now() / 1000) + retryAfter),
    })
  }
  return undefined
}
