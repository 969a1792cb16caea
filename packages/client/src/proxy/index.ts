/**
 * `@myorg-kit/client/proxy`: a framework-free server-side proxy for the My Organization API.
 * The browser talks to the host's own endpoint with its session cookie; the host's access token
 * never leaves the server. Runs on any Fetch runtime (Node 20+, Next.js, Hono, Remix, workers).
 */
export { createMyOrgProxy } from './create-proxy.ts'
export type { MyOrgProxy, MyOrgProxyOptions, MyOrgProxySession } from './types.ts'
export type { ProxyErrorCode } from './refusals.ts'
