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

/**
 * A path-only base URL (`/api/my-org`, for a same-origin proxy) resolved against the page, so
 * every request and error names a full URL; unchanged when absolute or when there is no page.
 */
export function resolveAgainstPage(baseUrl: string): string {
  const href = (globalThis as { location?: { href?: string } }).location?.href
  if (!baseUrl.startsWith('/') || typeof href !== 'string' || !URL.canParse(baseUrl, href)) {
    return baseUrl
  }
  return new URL(baseUrl, href).href.replace(/\/+$/, '')
}

/** The origin of a base URL, or the base URL itself when it is not absolute. */
export function originOf(baseUrl: string): string {
  return URL.canParse(baseUrl) ? new URL(baseUrl).origin : baseUrl
}
