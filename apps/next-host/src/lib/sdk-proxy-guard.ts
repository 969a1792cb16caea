// nextjs-auth0's own My Organization proxy (`/my-org/*`) forwards any path under it, from any
// origin that carries the session cookie. In front of it, this applies exactly myorg-kit's
// proxy rules (origin, operations table, raw path, body size and type): the request goes through
// `createMyOrgProxy` first, whose upstream `fetch` only records that every check passed. A refusal
// is answered here; an accepted request goes on to the SDK, which adds and renews the token.
import { createMyOrgProxy } from '@myorg-kit/client/proxy'
import type { NextRequest } from 'next/server'

import { auth0, grantedScopes } from './auth0.ts'
import { loginUrl, myOrgBasePaths } from './my-org-mode.ts'

/** The kit proxy's own answer (a refusal, or the session endpoint), or null to go on. */
export async function refuseSdkProxyRequest(request: NextRequest): Promise<Response | null> {
  const session = () => auth0.getSession(request)
  const outcome = { passed: false } // set when the kit's proxy would have forwarded the request
  const guard = createMyOrgProxy({
    baseUrl: 'http://sdk-proxy.invalid/my-org', // never called: `fetch` below answers
    basePath: myOrgBasePaths.sdk,
    getAccessToken: async () => (await session())?.tokenSet.accessToken ?? null,
    getScopes: async () => grantedScopes((await session())?.tokenSet.scope),
    loginUrl,
    allowedOrigins: process.env.APP_BASE_URL ? [process.env.APP_BASE_URL] : [],
    fetch: () => {
      outcome.passed = true
      return Promise.resolve(new Response(null, { status: 204 }))
    },
  })
  const checked = await guard(request.clone())
  return outcome.passed ? null : checked
}
