/**
 * Records every request the mock API receives (`METHOD /path`), to prove how many requests a
 * read or a write costs. Start it after the screen has loaded to count only what a step sends.
 */
import { server } from '../../../test/server.ts'

/** The requests seen since {@link countRequests} was called; `stop()` ends the recording. */
export interface RequestLog {
  /** `METHOD /path`, in order, e.g. `PATCH /my-org/details`. */
  readonly paths: string[]
  stop: () => void
}

/** Starts recording the requests that reach the mock API. */
export function countRequests(): RequestLog {
  const paths: string[] = []
  const listener = ({ request }: { request: Request }) => {
    paths.push(`${request.method} ${new URL(request.url).pathname}`)
  }
  server.events.on('request:start', listener)
  return {
    paths,
    stop: () => {
      server.events.removeListener('request:start', listener)
    },
  }
}
