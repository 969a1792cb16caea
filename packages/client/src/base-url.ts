/** Where the API lives. Shared by the client and the server-side proxy, which must not load the client. */

/**
 * Resolves the API base URL: `baseUrl` as given, else `https://{domain}/my-org`
 * (a domain that already starts with `http://` or `https://` keeps its scheme).
 */
export function resolveBaseUrl(options: {
  domain?: string | undefined
  baseUrl?: string | undefined
}): string {
  if (options.baseUrl) {
    return options.baseUrl.replace(/\/+$/, '')
  }
  if (!options.domain) {
    throw new TypeError('createMyOrgClient needs `domain` (e.g. "acme.eu.auth0.com") or `baseUrl`.')
  }
  const domain = options.domain.trim().replace(/\/+$/, '')
  const origin = /^https?:\/\//i.test(domain) ? domain : `https://${domain}`
  return `${origin}/my-org`
}

/** The audience for a base URL: `${baseUrl}/`, e.g. `https://acme.eu.auth0.com/my-org/`. */
export function audienceFor(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/`
}
