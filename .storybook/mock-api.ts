/**
 * The one in-memory My Organization API behind every story: a store, a fault controller and the
 * Fetch-style handler that the MSW worker serves. `preview.tsx` resets both before each story.
 */
import {
  type MockFaults,
  type MyOrgSeed,
  createFaults,
  createMyOrgHandler,
  createMyOrgStore,
} from '@myorg-kit/mock-api'

export const store = createMyOrgStore()
export const faults: MockFaults = createFaults()
export const handler = createMyOrgHandler({ store, faults })

/** The API conditions of the toolbar. */
export const apiConditions = {
  normal: 'Normal',
  slow: 'Slow (1.5 s)',
  'rate-limited': 'Rate-limited (429)',
  'server-error': 'Server error (500)',
  cors: 'CORS failure',
  offline: 'Offline',
} as const

export type ApiCondition = keyof typeof apiConditions

/** Turns an API condition on (after `faults.reset()`). */
export function applyApiCondition(condition: ApiCondition): void {
  switch (condition) {
    case 'normal':
      return
    case 'slow':
      faults.latencyMs = 1500
      return
    case 'rate-limited':
      faults.rateLimit = { retryAfterSeconds: 2 }
      return
    case 'server-error':
      faults.serverError = { status: 500 }
      return
    case 'cors':
      faults.corsBlocked = {}
      return
    case 'offline':
      faults.networkError = {}
      return
    default:
      condition satisfies never
  }
}

/** Story parameters read by the global decorator and `beforeEach` (`parameters.myOrg`). */
export interface MyOrgStoryParameters {
  /** Seed overrides for this story's store (e.g. `{ domains: [] }` for an empty state). */
  seed?: Partial<MyOrgSeed>
  /** Scopes of this story's token, overriding the permission toolbar. */
  scopes?: readonly string[]
  /** An API condition for this story, overriding the toolbar. */
  api?: ApiCondition
  /** Latency in ms for this story (e.g. a long one to show a loading state). */
  latencyMs?: number
}
