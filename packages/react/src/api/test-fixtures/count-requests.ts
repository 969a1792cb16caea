/**
 * Records every request the mock API receives (`METHOD /path`), to prove how many requests a
 * read or a write costs. Start it after the screen has loaded to count only what a step sends.
 */
import { server } from '../../../test/server.ts'

/** The requests seen since {@link countRequests} was called. */
export interface RequestLog {
  /** `METHOD /path`, in order, e.g. `PATCH /my-org/details`. */
  readonly paths: string[]
  /** Stops recording. */
  stop: () => void
  /**
   * Waits until no request has started for `quietMs` (so a refetch an invalidation would start
   * is counted), then stops recording and returns the paths.
   */
  settle: (quietMs?: number) => Promise<string[]>
}

/** Starts recording the requests that reach the mock API. */
export function countRequests(): RequestLog {
  const paths: string[] = []
  let lastStart = Date.now()
  const listener = ({ request }: { request: Request }) => {
    lastStart = Date.now()
    paths.push(`${request.method} ${new URL(request.url).pathname}`)
  }
  server.events.on('request:start', listener)
  const stop = () => {
    server.events.removeListener('request:start', listener)
  }
  return {
    paths,
    stop,
    settle: async (quietMs = 50) => {
      do {
        await new Promise((resolve) => setTimeout(resolve, quietMs))
      } while (Date.now() - lastStart < quietMs)
      stop()
      return paths
    },
  }
}
