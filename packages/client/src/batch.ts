/**
 * Splitting long lists into requests the API accepts (10 invitees, 10 role ids, 10 invitations,
 * 1 member per request), and sending those requests one after another.
 */

/** How far a split call got: items done so far, out of all it was given. */
export interface BatchProgress {
  /** Items whose request succeeded (the first `done` of the list, in order). */
  done: number
  /** Items in the whole call. */
  total: number
}

/** Options of a call that may take several requests. */
export interface BatchOptions {
  /** Cancels the call; requests not yet sent are not sent. */
  signal?: AbortSignal
  /**
   * Called after each request that succeeded. Requests go one after another, in order, and the
   * first failure stops the rest and is thrown: after a failure, the first `done` items took
   * effect and the others did not.
   */
  onProgress?: (progress: BatchProgress) => void
}

/** `items` in consecutive chunks of at most `size`, in order (none for an empty list). */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) {
    throw new RangeError(`chunk size must be a positive integer, got ${size}`)
  }
  const chunks: T[][] = []
  for (let start = 0; start < items.length; start += size) {
    chunks.push(items.slice(start, start + size))
  }
  return chunks
}

/**
 * One request body per chunk of `body[key]`, each with the rest of `body` unchanged
 * (`{ invitees: 25 people, ttl_sec }` → three bodies with 10, 10 and 5 invitees and the same
 * `ttl_sec`).
 */
export function splitBody<K extends string, T, B extends Record<K, readonly T[]>>(
  body: B,
  key: K,
  size: number,
): B[] {
  return chunk(body[key], size).map((part) => ({ ...body, [key]: part }))
}

/**
 * Send `bodies` one after another with `send`, reporting progress in items (`count` tells how
 * many items a body holds). Resolves with every response, in order.
 */
export async function sendInOrder<B, R>(
  bodies: readonly B[],
  count: (body: B) => number,
  send: (body: B) => Promise<R>,
  onProgress: BatchOptions['onProgress'],
): Promise<R[]> {
  const total = bodies.reduce((sum, body) => sum + count(body), 0)
  const results: R[] = []
  let done = 0
  for (const body of bodies) {
    results.push(await send(body))
    done += count(body)
    onProgress?.({ done, total })
  }
  return results
}

/**
 * Split `body` by its `key` list into bodies of at most `size` items ({@link splitBody}) and
 * send them in order ({@link sendInOrder}), progress counted in those items.
 */
export function sendInBatches<K extends string, T, B extends Record<K, readonly T[]>, R>(
  body: B,
  key: K,
  size: number,
  send: (part: B) => Promise<R>,
  onProgress: BatchOptions['onProgress'],
): Promise<R[]> {
  return sendInOrder(splitBody(body, key, size), (part) => part[key].length, send, onProgress)
}

/** One id or several, as a new array (calls that take ids accept either). */
export function idList<I extends string>(ids: I | readonly I[]): I[] {
  return typeof ids === 'string' ? [ids] : [...ids]
}
