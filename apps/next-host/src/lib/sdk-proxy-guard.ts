// nextjs-auth0's own My Organization proxy (`/my-org/*`) forwards any path under it, from any
// origin that carries the session cookie. In front of it, this applies exactly myorg-kit's
// proxy rules (origin, operations table, raw path, body size and type): the request goes through
// `createMyOrgProxy` first, whose upstream `fetch` only records that every check passed. A refusal
// is answered here; an accepted request goes on to the SDK, which adds and renews the token.
import { createMyOrgProxy } from '@myorg-kit/client/proxy'
import { NextRequest } from 'next/server'

import { auth0, grantedScopes } from './auth0.ts'
import { loginUrl, myOrgBasePaths } from './my-org-mode.ts'

/**
 * The kit proxy's own answer (a refusal, or the session endpoint), or the request to hand to
 * the SDK. Next.js has already buffered the body of a request to proxy.ts, so it is read once
 * here and given to both (a cloned body stream stalled for bodies of a few hundred kB).
 */
export async function checkSdkProxyRequest(
  request: NextRequest,
): Promise<{ refusal: Response } | { request: NextRequest }> {
  const session = await auth0.getSession(request)
  const body = ['GET', 'HEAD'].includes(request.method) ? null : await request.arrayBuffer()
  const init = { method: request.method, headers: request.headers, body }
  const outcome = { passed: false } // set when the kit's proxy would have forwarded the request
  const guard = createMyOrgProxy({
    baseUrl: 'http://sdk-proxy.invalid/my-org', // never called: `fetch` below answers
    basePath: myOrgBasePaths.sdk,
    getAccessToken: () => Promise.resolve(session?.tokenSet.accessToken ?? null),
    getScopes: () => Promise.resolve(grantedScopes(session?.tokenSet.scope)),
    loginUrl,
    allowedOrigins: process.env.APP_BASE_URL ? [process.env.APP_BASE_URL] : [],
    fetch: () => {
      outcome.passed = true
      return Promise.resolve(new Response(null, { status: 204 }))
    },
  })
  const checked = await guard(new Request(request.url, init))
  return outcome.passed ? { request: new NextRequest(request.url, init) } : { refusal: checked }
}
