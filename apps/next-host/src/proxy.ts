// Next.js 16's request proxy (formerly middleware): nextjs-auth0 mounts its routes here
// (/auth/login, /auth/callback, /auth/logout, …) and rolls the session. With MYORG_PROXY=sdk it
// also serves the SDK's own My Organization proxy at /my-org/*, after the same origin and
// operation checks as myorg-kit's proxy; in the default mode /my-org/* does not exist.
import { type NextRequest, NextResponse } from 'next/server'

import { auth0 } from './lib/auth0.ts'
import { myOrgProxyMode } from './lib/my-org-mode.ts'
import { checkSdkProxyRequest } from './lib/sdk-proxy-guard.ts'

export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname } = request.nextUrl
  if (pathname === '/my-org' || pathname.startsWith('/my-org/')) {
    if (myOrgProxyMode() !== 'sdk') {
      return new NextResponse(null, { status: 404 })
    }
    const checked = await checkSdkProxyRequest(request)
    if ('refusal' in checked) {
      return new NextResponse(checked.refusal.body, checked.refusal)
    }
    return auth0.middleware(checked.request)
  }
  return auth0.middleware(request)
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
}
