/** Auth0 mode is on when the tenant is configured in `apps/demo/.env.local`. */
export interface Auth0Config {
  domain: string
  clientId: string
  /** An organization id (`org_…`) or name to log in to. */
  organization: string | undefined
  /**
   * A local dev tenant (`apps/dev-tenant`, `npm run demo:local`): `domain` is then its origin,
   * `http://localhost:<port>`, which auth0-spa-js and the kit take as it is.
   */
  local: boolean
}

/** `http://localhost:<port>` or `http://127.0.0.1:<port>`: the dev tenant's origin. */
const localTenant = /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/*$/i

/** The tenant's origin: `https://{domain}`, or the local tenant's `http://localhost:<port>`. */
export function tenantOrigin(config: Auth0Config): string {
  return config.local ? config.domain : `https://${config.domain}`
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
  const local = localTenant.test(domain)
  return {
    domain: local
      ? domain.replace(/\/+$/, '')
      : domain.replace(/^https?:\/\//, '').replace(/\/+$/, ''),
    clientId,
    organization: organization || undefined,
    local,
  }
}
