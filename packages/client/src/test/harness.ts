/** What the client's test files share: an MSW server that records requests, and a client. */
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll } from 'vitest'

import type {
  MyOrgBearerAuth,
  MyOrgClient,
  MyOrgClientCommonOptions,
  TokenRequest,
} from '../client-types.ts'
import { createMyOrgClient } from '../create-client.ts'
import type { OperationName } from '../operations.ts'

export const BASE = 'https://tenant.example.com/my-org'

/** One request as the server saw it. */
export interface Recorded {
  method: string
  url: URL
  authorization: string | null
  contentType: string | null
  headers: Headers
  body: unknown
}

/** One client method and the request it must send (see `create-client.test.ts`). */
export interface EndpointCase {
  operation: OperationName
  call: (client: MyOrgClient) => Promise<unknown>
  path: string
  query?: Record<string, string | string[]>
  body?: unknown
  status: number
  response?: unknown
}

/**
 * An MSW server for the calling test file (listening for the whole file, handlers reset after
 * each test), the requests recorded with `record`, and `record` itself.
 */
export function useRecordingServer() {
  const recorded: Recorded[] = []
  const server = setupServer()
  beforeAll(() => {
    server.listen({ onUnhandledRequest: 'error' })
  })
  afterEach(() => {
    server.resetHandlers()
    recorded.length = 0
  })
  afterAll(() => {
    server.close()
  })

  async function record(request: Request): Promise<Recorded> {
    const text = await request.clone().text()
    const entry: Recorded = {
      method: request.method,
      url: new URL(request.url),
      authorization: request.headers.get('authorization'),
      contentType: request.headers.get('content-type'),
      headers: request.headers,
      body: text === '' ? undefined : (JSON.parse(text) as unknown),
    }
    recorded.push(entry)
    return entry
  }

  return { server, recorded, record }
}

/** A client with instant sleeps and a token getter that records what it was asked. */
export function makeClient(overrides: Partial<MyOrgClientCommonOptions & MyOrgBearerAuth> = {}) {
  const tokenRequests: TokenRequest[] = []
  const sleeps: number[] = []
  const client = createMyOrgClient({
    domain: 'tenant.example.com',
    getAccessToken: (request) => {
      tokenRequests.push(request)
      return Promise.resolve(request.forceRefresh ? 'fresh-token' : 'token')
    },
    rateLimits: false,
    sleep: (ms) => {
      sleeps.push(ms)
      return Promise.resolve()
    },
    ...overrides,
  })
  return { client, tokenRequests, sleeps }
}
