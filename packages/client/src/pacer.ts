/**
 * Client-side pacing: a sliding one-second window per rate-limit class, so bulk actions stay
 * under the organization's limits instead of collecting 429s. Requests wait their turn in order.
 */
export interface Pacer {
  /** Resolves when a request of this class may start. */
  acquire(limit: 'read' | 'write', signal?: AbortSignal): Promise<void>
}

export function createPacer(
  limits: { readsPerSecond: number; writesPerSecond: number },
  now: () => number,
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>,
): Pacer {
  const windows = { read: [] as number[], write: [] as number[] }
  const queues = { read: Promise.resolve(), write: Promise.resolve() }
  const perSecond = { read: limits.readsPerSecond, write: limits.writesPerSecond }

  async function take(limit: 'read' | 'write', signal?: AbortSignal): Promise<void> {
    const window = windows[limit]
    for (;;) {
      const current = now()
      while (window.length > 0 && (window[0] ?? 0) <= current - 1000) {
        window.shift()
      }
      if (window.length < perSecond[limit]) {
        window.push(current)
        return
      }
      await sleep((window[0] ?? current) + 1000 - current, signal)
    }
  }

  return {
    acquire(limit, signal) {
      const turn = queues[limit].then(() => take(limit, signal))
      // A cancelled waiter must not block the ones behind it.
      queues[limit] = turn.catch(() => undefined)
      return turn
    },
  }
}
