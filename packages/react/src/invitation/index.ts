// The invitation's way back in: the host app's login route (Auth0's Application Login URI),
// re-exported whole by the package index.
export { readInvitationParams, hasInvitationQuery } from './read-invitation-params.ts'
export type { InvitationParams, InvitationParamsSource } from './read-invitation-params.ts'
export { useInvitationLogin } from './use-invitation-login.ts'
export type {
  InvitationLoginRedirect,
  InvitationLoginState,
  InvitationLoginStatus,
  UseInvitationLoginOptions,
} from './use-invitation-login.ts'
export { InvitationLoginRoute } from './invitation-login-route.tsx'
export type { InvitationLoginRouteProps } from './invitation-login-route.tsx'
