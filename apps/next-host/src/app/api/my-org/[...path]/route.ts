// myorg-kit's proxy for the My Organization API: the browser calls /api/my-org/… with its
// session cookie; this adds the access token from the nextjs-auth0 session (renewing it with the
// refresh token when it expired) and forwards only the API's own operations to the tenant.
import { createMyOrgProxy } from '@myorg-kit/client/proxy'

import { auth0, grantedScopes, issuerUrl } from '../../../../lib/auth0.ts'
import { loginUrl, myOrgBasePaths } from '../../../../lib/my-org-mode.ts'

let handler: ((request: Request) => Promise<Response>) | undefined

/** Built on the first request: the tenant's address is only known at run time. */
function myOrgProxy(): (request: Request) => Promise<Response> {
  handler ??= createMyOrgProxy({
    baseUrl: `${issuerUrl()}my-org`,
    basePath: myOrgBasePaths.kit,
    getAccessToken: async () => {
      try {
        return (await auth0.getAccessToken()).token
      } catch {
        return null // no session, or it cannot be renewed: the proxy answers 401 with loginUrl
      }
    },
    getScopes: async () => grantedScopes((await auth0.getSession())?.tokenSet.scope),
    loginUrl,
    allowedOrigins: process.env.APP_BASE_URL ? [process.env.APP_BASE_URL] : [],
  })
  return handler
}

export const dynamic = 'force-dynamic'

export function GET(request: Request): Promise<Response> {
  return myOrgProxy()(request)
}
export { GET as POST, GET as PUT, GET as PATCH, GET as DELETE }
