/**
 * Long lists sent in the API's batch sizes, one request after another, where a failed request
 * does not stop the others: each item gets its own outcome (what a person reads after removing
 * 12 members or inviting 30 addresses).
 */
import { toError } from '../kit/use-my-org-component.ts'

/** How far a long action got: items whose request has answered, out of all of them. */
export interface ItemProgress {
  /** Items whose request has answered (successfully or not). */
  done: number
  /** Items in the whole action. */
  total: number
}

/** What one request did for the items it carried. */
export interface ChunkOutcome<T, R> {
  /** The items of this request, in order. */
  items: T[]
  /** The response, when the request succeeded. */
  value?: R
  /** Why it failed, when it did (its items did not take effect). */
  error?: Error
}

/** `items` in consecutive chunks of at most `size`. */
function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = []
  for (let start = 0; start < items.length; start += size) {
    result.push(items.slice(start, start + size))
  }
  return result
}

/**
 * Sends `items` in chunks of `size` with `send`, one request after another (the client paces
 * them within the rate limit), carrying on after a failure. A cancelled `signal` stops before
 * the next request. Resolves with one outcome per chunk, in order.
 */
export async function sendEachChunk<T, R>(
  items: readonly T[],
  size: number,
  send: (chunk: T[]) => Promise<R>,
  options: { onProgress?: ((progress: ItemProgress) => void) | undefined } = {},
): Promise<ChunkOutcome<T, R>[]> {
  const outcomes: ChunkOutcome<T, R>[] = []
  let done = 0
  for (const part of chunks(items, size)) {
    try {
      outcomes.push({ items: part, value: await send(part) })
    } catch (error) {
      outcomes.push({ items: part, error: toError(error) })
    }
    done += part.length
    options.onProgress?.({ done, total: items.length })
  }
  return outcomes
}

/** The items of the chunks that succeeded, and each failed item with its error. */
export function splitOutcomes<T, R>(
  outcomes: readonly ChunkOutcome<T, R>[],
): { succeeded: T[]; failed: { item: T; error: Error }[] } {
  const succeeded: T[] = []
  const failed: { item: T; error: Error }[] = []
  for (const outcome of outcomes) {
    const { error } = outcome
    if (error) {
      failed.push(...outcome.items.map((item) => ({ item, error })))
    } else {
      succeeded.push(...outcome.items)
    }
  }
  return { succeeded, failed }
}

/** What a settled batch did: the items that took effect, and each other item with why. */
export interface BatchResult<T> {
  succeeded: T[]
  failed: { item: T; error: Error }[]
}

/** {@link sendEachChunk}, then {@link splitOutcomes}: each item's outcome, in order. */
export async function settleEachChunk<T, R>(
  items: readonly T[],
  size: number,
  send: (chunk: T[]) => Promise<R>,
  onProgress: ((progress: ItemProgress) => void) | undefined,
): Promise<BatchResult<T>> {
  return splitOutcomes(await sendEachChunk(items, size, send, { onProgress }))
}
