// Which server-side proxy the browser's My Organization API calls go through. Both keep the
// access token on this server:
//   - `kit` (default): myorg-kit's `createMyOrgProxy` in app/api/my-org/[...path]/route.ts;
//   - `sdk`: @auth0/nextjs-auth0's own My Organization proxy (`/my-org/*`, in proxy.ts), behind
//     the same origin and operation checks.
export type MyOrgProxyMode = 'kit' | 'sdk'

/** `MYORG_PROXY=sdk` picks nextjs-auth0's proxy. @default 'kit' */
export function myOrgProxyMode(): MyOrgProxyMode {
  return process.env.MYORG_PROXY === 'sdk' ? 'sdk' : 'kit'
}

/** Where the browser sends My Organization API calls in each mode. */
export const myOrgBasePaths: Record<MyOrgProxyMode, string> = {
  kit: '/api/my-org',
  sdk: '/my-org',
}

/** nextjs-auth0's login route; `returnTo` brings the person back to the settings. */
export const loginUrl = '/auth/login?returnTo=%2Fsettings%2Fgeneral'
