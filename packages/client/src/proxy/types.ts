/** Options of `createMyOrgProxy`. Give `domain` or `baseUrl`. */
export interface MyOrgProxyOptions {
  /**
   * The tenant's (custom) domain, e.g. `acme.eu.auth0.com`: requests go to
   * `https://{domain}/my-org`.
   * @default undefined (give `baseUrl` instead)
   */
  domain?: string
  /**
   * Full API base URL, e.g. `http://localhost:4000/my-org`. Overrides `domain`.
   * @default `https://${domain}/my-org`
   */
  baseUrl?: string
  /**
   * Where the host mounts the proxy: the path prefix of the requests it receives, e.g.
   * `/api/my-org` for a Next.js route handler at `app/api/my-org/[...path]/route.ts`.
   */
  basePath: string
  /**
   * Returns the signed-in user's access token for the My Organization API, from the host's
   * server-side session. `null` (or a throw) answers 401 without calling the API.
   */
  getAccessToken: (request: Request) => Promise<string | null>
  /**
   * The granted scopes the session endpoint reports, for the permission-aware UI.
   * @default the `scope` and `permissions` claims of the token (decoded, not verified: the token came from the host's own SDK)
   */
  getScopes?: (request: Request) => Promise<readonly string[] | null>
  /**
   * Where the browser sends the user to sign in again; returned by the session endpoint and in
   * 401 bodies.
   * @default undefined
   */
  loginUrl?: string
  /**
   * Origins allowed besides the request's own (e.g. the host's other public origin behind a
   * rewriting reverse proxy). Exact `scheme://host[:port]` strings.
   * @default []
   */
  allowedOrigins?: readonly string[]
  /**
   * Largest request body, in bytes. The API's largest requests (an identity provider with a
   * SAML signing certificate and attribute maps, a batch of member ids) are a few kilobytes.
   * @default 1048576 (1 MiB)
   */
  maxBodyBytes?: number
  /**
   * The fetch used to call the API.
   * @default globalThis.fetch
   */
  fetch?: typeof fetch
}

/** The body of `GET {basePath}/session`. Never contains the token. */
export interface MyOrgProxySession {
  /** True when the host has a token for the request's session. */
  authenticated: boolean
  /** The granted scopes; empty when not authenticated. */
  scopes: string[]
  /** The token's `org_id` claim, when it has one. */
  organizationId?: string
  /** The token's `sub` claim (the signed-in user's id), when it has one. */
  userId?: string
  /**
   * The tenant's origin (`https://{domain}`), for the URLs the components show an IdP admin
   * (SAML ACS, SCIM endpoint). Not a secret: the browser could not reach it with the token anyway.
   */
  tenantOrigin: string
  /** Where to sign in again (the `loginUrl` option), when configured. */
  loginUrl?: string
}

/** The proxy: a Fetch handler, usable as a Next.js route handler, in Hono, Remix or Node. */
export type MyOrgProxy = (request: Request) => Promise<Response>
