/**
 * The per-organization rate limit (`rateLimit` option): one token per request from the
 * operation's read or write bucket.
 */
import { type OperationName, operations } from '@myorg-kit/client'

import type { RateLimiter } from '../rate-limiter.ts'
import { tooManyRequests } from '../responses.ts'

/**
 * Take one token for `orgKey` from the bucket of the operation's class. Returns the `X-RateLimit-*` headers for the response (none
 * without a limiter), or the 429 when the bucket is empty.
 */
export function limitRate(
  limiter: RateLimiter | undefined,
  orgKey: string,
  operation: OperationName,
): Record<string, string> | Response {
  if (!limiter) {
    return {}
  }
  const decision = limiter.take(orgKey, operations[operation].limit)
  const headers = {
    'x-ratelimit-limit': String(decision.limit),
    'x-ratelimit-remaining': String(decision.remaining),
    'x-ratelimit-reset': String(decision.reset),
  }
  return decision.allowed
    ? headers
    : tooManyRequests({ ...headers, 'retry-after': String(decision.retryAfter) })
}
