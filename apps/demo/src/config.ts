/** Auth0 mode is on when the tenant is configured in `apps/demo/.env.local`. */
export interface Auth0Config {
  domain: string
  clientId: string
  /** An organization id (`org_…`) or name to log in to. */
  organization: string | undefined
}

export function readAuth0Config(): Auth0Config | undefined {
  const env = import.meta.env
  const domain = typeof env.VITE_AUTH0_DOMAIN === 'string' ? env.VITE_AUTH0_DOMAIN.trim() : ''
  const clientId =
    typeof env.VITE_AUTH0_CLIENT_ID === 'string' ? env.VITE_AUTH0_CLIENT_ID.trim() : ''
  const organization =
    typeof env.VITE_AUTH0_ORGANIZATION === 'string' ? env.VITE_AUTH0_ORGANIZATION.trim() : ''
  if (!domain || !clientId) {
    return undefined
  }
  return {
    domain: domain.replace(/^https?:\/\//, '').replace(/\/+$/, ''),
    clientId,
    organization: organization || undefined,
  }
}
