/**
 * A per-organization token-bucket rate limiter with the tier limits of the My Organization API
 * (requests per second, per organization). Driven by an injectable clock, so tests are exact.
 */

/** Requests per second, per organization, for each rate-limit class. */
export interface RateLimitTier {
  read: number
  write: number
}

/** Per-organization limits of each Auth0 tier (requests per second). */
export const rateLimitTiers = {
  free: { read: 4, write: 2 },
  publicSelfService: { read: 4, write: 2 },
  publicEnterprise: { read: 8, write: 4 },
  privateBasic: { read: 8, write: 4 },
  privatePerformance: { read: 16, write: 8 },
} as const satisfies Record<string, RateLimitTier>

/** A tier name, or explicit limits. */
export type RateLimiterOptions = keyof typeof rateLimitTiers | RateLimitTier

/** The outcome of one request against the limiter. */
export interface RateLimitDecision {
  allowed: boolean
  /** `X-RateLimit-Limit`. */
  limit: number
  /** `X-RateLimit-Remaining`. */
  remaining: number
  /** `X-RateLimit-Reset`: Unix seconds when the bucket is full again. */
  reset: number
  /** `Retry-After` seconds (only when refused). */
  retryAfter: number
}

/** A rate limiter: call `take` once per request. */
export interface RateLimiter {
  take(orgKey: string, limitClass: 'read' | 'write'): RateLimitDecision
  /** Refill every bucket. */
  reset(): void
}

/** Create a token-bucket limiter: capacity = the per-second limit, refilled continuously. */
export function createRateLimiter(options: RateLimiterOptions, now: () => number): RateLimiter {
  const tier = typeof options === 'string' ? rateLimitTiers[options] : options
  const buckets = new Map<string, { tokens: number; updatedAt: number }>()
  return {
    take(orgKey, limitClass) {
      const rate = tier[limitClass]
      const key = `${orgKey}:${limitClass}`
      const time = now()
      const bucket = buckets.get(key) ?? { tokens: rate, updatedAt: time }
      bucket.tokens = Math.min(rate, bucket.tokens + ((time - bucket.updatedAt) / 1000) * rate)
      bucket.updatedAt = time
      buckets.set(key, bucket)
      const allowed = bucket.tokens >= 1
      if (allowed) {
        bucket.tokens -= 1
      }
      const msUntilFull = ((rate - bucket.tokens) / rate) * 1000
      const msUntilOne = allowed ? 0 : ((1 - bucket.tokens) / rate) * 1000
      return {
        allowed,
        limit: rate,
        remaining: Math.max(0, Math.floor(bucket.tokens)),
        reset: Math.ceil((time + msUntilFull) / 1000),
        retryAfter: allowed ? 0 : Math.max(1, Math.ceil(msUntilOne / 1000)),
      }
    },
    reset() {
      buckets.clear()
    },
  }
}
