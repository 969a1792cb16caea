import type { MyOrgCheckedList } from './errors.ts'
import type { InvitationsClient, MembersClient, RolesClient } from './member-client-types.ts'
import type { OperationName } from './operations.ts'
import type { MyOrgScope } from './scopes.ts'
import type { MyOrgTransport } from './transport.ts'
import type {
  CreateIdentityProviderRequest,
  CreateScimTokenRequest,
  CreatedScimToken,
  DomainIdentityProvider,
  DomainPage,
  IdentityProvider,
  IdentityProviderListItem,
  IdentityProvidersConfiguration,
  IdpStrategy,
  OrgConfiguration,
  OrgDetails,
  OrgDomain,
  OrganizationAccessLevel,
  ProvisioningConfig,
  ScimToken,
  UpdateIdentityProviderRequest,
  UpdateOrgDetailsRequest,
} from './types.ts'

/** What the token getter is asked for. */
export interface TokenRequest {
  /** The scopes the operation needs, space-separated. */
  scope: string
  /** The same scopes as an array. */
  scopes: readonly MyOrgScope[]
  /** The API audience, `https://{domain}/my-org/`. */
  audience: string
  /** True when a cached token was just refused (401): fetch a fresh one. */
  forceRefresh: boolean
  /** The operation the token is for. */
  operation: OperationName
}

/** Returns an access token for the My Organization API. */
export type GetAccessToken = (request: TokenRequest) => Promise<string>

/** Limits for the client-side pacer, in requests per second. */
export interface RateLimits {
  /** @default 4 (the free tier's per-organization read limit) */
  readsPerSecond: number
  /** @default 2 (the free tier's per-organization write limit) */
  writesPerSecond: number
}

/** Retry policy. */
export interface RetryOptions {
  /** Retries after the first attempt. @default 2 */
  maxRetries?: number
  /** First backoff delay in ms (doubles each time, with jitter). @default 500 */
  baseDelayMs?: number
  /** Longest wait in ms, also the cap on `Retry-After`. @default 30000 */
  maxDelayMs?: number
}

/** The default authentication: a bearer token per call. */
export interface MyOrgBearerAuth {
  /** Send `Authorization: Bearer <token>` from `getAccessToken`. @default 'bearer' */
  auth?: 'bearer'
  /** Returns an access token for the scopes asked. */
  getAccessToken: GetAccessToken
}

/**
 * Cookie authentication, for a same-origin server-side proxy (`@myorg-kit/client/proxy`) that
 * adds the token: no `Authorization` header, `credentials: 'same-origin'`, and a relative
 * `baseUrl` such as `/api/my-org` resolves against the page. A 401 is not retried: the session is
 * the server's, only signing in again renews it.
 */
export interface MyOrgCookieAuth {
  /** Let the browser send the host's session cookie; the server adds the token. */
  auth: 'cookie'
  /** Not used with cookie authentication. @default undefined */
  getAccessToken?: undefined
}

/** Options of {@link createMyOrgClient}. Give `domain` or `baseUrl`, and a way to authenticate. */
export type MyOrgClientOptions = MyOrgClientCommonOptions & (MyOrgBearerAuth | MyOrgCookieAuth)

/** The options of {@link createMyOrgClient} besides authentication. */
export interface MyOrgClientCommonOptions {
  /** The tenant's (custom) domain, e.g. `acme.eu.auth0.com`. Base URL becomes `https://{domain}/my-org`. */
  domain?: string
  /** Full base URL, e.g. `http://localhost:4000/my-org`. Overrides `domain`. */
  baseUrl?: string
  /** The fetch to use. @default globalThis.fetch */
  fetch?: typeof fetch
  /** Time limit per attempt in ms. @default 30000 */
  timeoutMs?: number
  /** Retry policy for idempotent calls (and for writes refused with 429). */
  retry?: RetryOptions
  /** Client-side pacing. `false` turns it off. @default { readsPerSecond: 4, writesPerSecond: 2 } */
  rateLimits?: Partial<RateLimits> | false
  /** Validate request bodies and responses with the contract's schemas. @default true */
  validate?: boolean
  /** Observe every HTTP attempt (for diagnostics; never receives tokens or bodies). */
  onRequest?: (event: RequestEvent) => void
  /** Sleep used for backoff and pacing (tests may replace it). @default setTimeout-based */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
  /** Clock in ms (tests may replace it). @default Date.now */
  now?: () => number
}

/** One HTTP attempt, reported to `onRequest`. */
export interface RequestEvent {
  operation: OperationName
  method: string
  url: string
  attempt: number
  status?: number
  error?: string
}

/** Per-call options. */
export interface CallOptions {
  /** Cancels the call. */
  signal?: AbortSignal
}

/** Cursor pagination parameters. */
export interface PageParams extends CallOptions {
  /** Cursor from the previous page's `next`. */
  from?: string
  /** Page size, 1–100. @default 50 */
  take?: number
}

/** The client: one namespace per resource, mirroring `@auth0/myorganization-js`. */
export interface MyOrgClient extends MyOrgTransport {
  organization: {
    /** `DELETE /` — permanently deletes the organization. */
    delete(options?: CallOptions): Promise<void>
  }
  details: {
    /** `GET /details` */
    get(options?: CallOptions): Promise<OrgDetails>
    /** `PATCH /details` */
    update(body: UpdateOrgDetailsRequest, options?: CallOptions): Promise<OrgDetails>
  }
  configuration: {
    /** `GET /config` */
    get(options?: CallOptions): Promise<OrgConfiguration>
    /** `GET /config/identity-providers` */
    identityProviders(options?: CallOptions): Promise<IdentityProvidersConfiguration>
  }
  domains: {
    /** `GET /domains`: one page. */
    list(params?: PageParams): Promise<DomainPage>
    /** Every domain, page after page. */
    listAll(params?: Omit<PageParams, 'from'>): AsyncIterable<OrgDomain>
    /** `GET /domains/{id}` */
    get(domainId: string, options?: CallOptions): Promise<OrgDomain>
    /** `POST /domains` */
    create(body: { domain: string }, options?: CallOptions): Promise<OrgDomain>
    /** `DELETE /domains/{id}` */
    delete(domainId: string, options?: CallOptions): Promise<void>
    /** `POST /domains/{id}/verify` (202): starts a DNS check and returns the domain. */
    verify(domainId: string, options?: CallOptions): Promise<OrgDomain>
    /** `GET /domains/{id}/identity-providers` */
    identityProviders(domainId: string, options?: CallOptions): Promise<DomainIdentityProvider[]>
  }
  /** Members of the organization, their roles, and their removal from it. */
  members: MembersClient
  /** Invitations to join the organization. */
  invitations: InvitationsClient
  /** The roles members and invitations can be given. */
  roles: RolesClient
  identityProviders: {
    /** `GET /identity-providers` (not paginated): the valid items; `skipped` counts the others. */
    list(
      params?: CallOptions & { memberAccessLevel?: OrganizationAccessLevel[] },
    ): Promise<MyOrgCheckedList<IdentityProviderListItem>>
    /** `GET /identity-providers/{id}` */
    get(idpId: string, options?: CallOptions): Promise<IdentityProvider>
    /** `POST /identity-providers` */
    create(body: CreateIdentityProviderRequest, options?: CallOptions): Promise<IdentityProvider>
    /**
     * `PATCH /identity-providers/{id}`. Pass `strategy` to have `options` checked against
     * that strategy's shape before sending.
     */
    update(
      idpId: string,
      body: UpdateIdentityProviderRequest,
      options?: CallOptions & { strategy?: IdpStrategy },
    ): Promise<IdentityProvider>
    /** `DELETE /identity-providers/{id}`: deletes the connection itself. */
    delete(idpId: string, options?: CallOptions): Promise<void>
    /** `POST /identity-providers/{id}/detach`: removes it from the organization only. */
    detach(idpId: string, options?: CallOptions): Promise<void>
    /** `PUT /identity-providers/{id}/update-attributes` with `{}`. */
    refreshAttributes(idpId: string, options?: CallOptions): Promise<IdentityProvider>
    domains: {
      /** `POST /identity-providers/{id}/domains` (domain **name**, must be verified). */
      add(idpId: string, domain: string, options?: CallOptions): Promise<{ domain: string }>
      /** `DELETE /identity-providers/{id}/domains/{domain}` (domain **name**). */
      remove(idpId: string, domain: string, options?: CallOptions): Promise<void>
    }
    provisioning: {
      /** `GET …/provisioning` */
      get(idpId: string, options?: CallOptions): Promise<ProvisioningConfig>
      /** `POST …/provisioning` (no body) */
      create(idpId: string, options?: CallOptions): Promise<ProvisioningConfig>
      /** `DELETE …/provisioning` */
      delete(idpId: string, options?: CallOptions): Promise<void>
      /** `PUT …/provisioning/update-attributes` with `{}` */
      refreshAttributes(idpId: string, options?: CallOptions): Promise<ProvisioningConfig>
      scimTokens: {
        /** `GET …/provisioning/scim-tokens`: the valid tokens; `skipped` counts the others. */
        list(idpId: string, options?: CallOptions): Promise<MyOrgCheckedList<ScimToken>>
        /** `POST …/provisioning/scim-tokens`. The plaintext is in this response only. */
        create(
          idpId: string,
          body?: CreateScimTokenRequest,
          options?: CallOptions,
        ): Promise<CreatedScimToken>
        /** `DELETE …/provisioning/scim-tokens/{tokenId}` */
        delete(idpId: string, tokenId: string, options?: CallOptions): Promise<void>
      }
    }
  }
}
