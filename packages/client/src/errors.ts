/**
 * One error hierarchy for everything that can go wrong between a component and the API.
 * Every error is a `MyOrgError`; `kind` tells them apart without `instanceof` across bundles.
 */

/** What went wrong, in one word. */
export type MyOrgErrorKind =
  'api' | 'network' | 'token' | 'request-validation' | 'response-validation' | 'code-load'

/** Base class of every error the client throws. */
export class MyOrgError extends Error {
  readonly kind: MyOrgErrorKind
  /** The operation that failed, e.g. `'createDomain'`, when known. */
  readonly operation: string | undefined

  constructor(
    kind: MyOrgErrorKind,
    message: string,
    options?: { operation?: string | undefined; cause?: unknown },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'MyOrgError'
    this.kind = kind
    this.operation = options?.operation
  }
}

/** A validation problem, located by field path (`['branding', 'colors', 'primary']`). */
export interface FieldIssue {
  /** Path into the request body; empty for the body as a whole. */
  path: (string | number)[]
  /** Dotted form of `path` (`branding.colors.primary`), handy as a form field name. */
  field: string
  /** What is wrong, in plain words. */
  message: string
  /** Where the server says the problem is (`body`, `params`, `query`), when it says. */
  source?: string | undefined
}

/** Rate-limit headers, when the browser may read them (they must be CORS-exposed). */
export interface RateLimitInfo {
  limit?: number | undefined
  remaining?: number | undefined
  /** Unix time (seconds) at which the window resets. */
  reset?: number | undefined
  /** `global-rate-limit` when the tenant-wide limit was hit. */
  errorKind?: string | undefined
}

/** The server answered with an error status. */
export class MyOrgApiError extends MyOrgError {
  /** HTTP status. */
  readonly status: number
  /** The Auth0 error code from `type`, e.g. `A0E-409-0003`; undefined when the body had none. */
  readonly code: string | undefined
  /** The full `type` URI. */
  readonly type: string | undefined
  readonly title: string
  readonly detail: string | undefined
  /** `validation_errors`, mapped to field paths. Empty when there were none. */
  readonly validationErrors: FieldIssue[]
  /** Seconds to wait, from `Retry-After`, when the browser can read it. */
  readonly retryAfter: number | undefined
  readonly rateLimit: RateLimitInfo

  constructor(init: {
    status: number
    type?: string | undefined
    title: string
    detail?: string | undefined
    validationErrors?: FieldIssue[] | undefined
    retryAfter?: number | undefined
    rateLimit?: RateLimitInfo | undefined
    operation?: string | undefined
  }) {
    super('api', init.detail ? `${init.title}: ${init.detail}` : init.title, {
      operation: init.operation,
    })
    this.name = 'MyOrgApiError'
    this.status = init.status
    this.type = init.type
    this.code = init.type ? /#?(A0E-\d{3}-\d{4})/.exec(init.type)?.[1] : undefined
    this.title = init.title
    this.detail = init.detail
    this.validationErrors = init.validationErrors ?? []
    this.retryAfter = init.retryAfter
    this.rateLimit = init.rateLimit ?? {}
  }

  /** 429: too many requests. */
  get isRateLimited(): boolean {
    return this.status === 429
  }

  /** 403: the token lacks a scope the endpoint needs. */
  get isForbidden(): boolean {
    return this.status === 403
  }
}

/** Why a request never got an answer. */
export type NetworkFailureReason = 'cors' | 'offline' | 'timeout' | 'aborted'

/** The request never produced a readable response. */
export class MyOrgNetworkError extends MyOrgError {
  readonly reason: NetworkFailureReason
  /** The page origin (what the tenant admin must allow for CORS), when running in a browser. */
  readonly pageOrigin: string | undefined
  /** The API origin that was called (the host's own origin when `proxied`). */
  readonly apiOrigin: string
  /**
   * True when the call went to the host's same-origin proxy (cookie authentication): CORS cannot
   * be the cause, the host's endpoint was unreachable.
   */
  readonly proxied: boolean

  constructor(init: {
    reason: NetworkFailureReason
    apiOrigin: string
    pageOrigin?: string | undefined
    proxied?: boolean | undefined
    operation?: string | undefined
    cause?: unknown
  }) {
    const proxied = init.proxied ?? false
    super('network', networkMessage(init.reason, init.apiOrigin, init.pageOrigin, proxied), {
      operation: init.operation,
      cause: init.cause,
    })
    this.name = 'MyOrgNetworkError'
    this.reason = init.reason
    this.pageOrigin = init.pageOrigin
    this.apiOrigin = init.apiOrigin
    this.proxied = proxied
  }
}

function networkMessage(
  reason: NetworkFailureReason,
  apiOrigin: string,
  pageOrigin: string | undefined,
  proxied: boolean,
): string {
  if (proxied && reason === 'offline') {
    return `Could not reach this app's My Organization endpoint on ${apiOrigin}. Check the network connection and try again.`
  }
  switch (reason) {
    case 'cors':
      return pageOrigin
        ? `The browser blocked the call to ${apiOrigin} (CORS). Add ${pageOrigin} to the application's Allowed Origins (CORS) in the Auth0 Dashboard.`
        : `The browser blocked the call to ${apiOrigin} (CORS). Add this page's origin to the application's Allowed Origins (CORS) in the Auth0 Dashboard.`
    case 'offline':
      return `Could not reach ${apiOrigin}. Check the network connection and try again.`
    case 'timeout':
      return `${apiOrigin} did not answer in time. Try again.`
    case 'aborted':
      return 'The request was cancelled.'
    default:
      return reason satisfies never
  }
}

/** Auth0 error codes that a token request can fail with. */
export type TokenErrorCode =
  | 'login_required'
  | 'consent_required'
  | 'interaction_required'
  | 'mfa_required'
  | 'missing_refresh_token'
  | 'invalid_grant'
  | 'access_denied'
  | 'timeout'
  | 'unknown'

/** Getting an access token failed (from auth0-spa-js or the host's token getter). */
export class MyOrgTokenError extends MyOrgError {
  /** `login_required`, `consent_required`, `mfa_required`, … */
  readonly code: TokenErrorCode
  /** Whether an interactive step (a popup or redirect) can fix it. */
  readonly needsInteraction: boolean

  constructor(
    code: TokenErrorCode,
    message: string,
    options?: { operation?: string | undefined; cause?: unknown },
  ) {
    super('token', message, options)
    this.name = 'MyOrgTokenError'
    this.code = code
    this.needsInteraction = [
      'login_required',
      'consent_required',
      'interaction_required',
      'mfa_required',
      'missing_refresh_token',
    ].includes(code)
  }
}

/** A request body broke the contract; nothing was sent. */
export class MyOrgRequestValidationError extends MyOrgError {
  readonly issues: FieldIssue[]

  constructor(issues: FieldIssue[], operation?: string) {
    super(
      'request-validation',
      `Invalid request: ${issues.map((i) => (i.field ? `${i.field} ${i.message}` : i.message)).join('; ')}`,
      {
        operation,
      },
    )
    this.name = 'MyOrgRequestValidationError'
    this.issues = issues
  }
}

/** The server's response broke the contract. */
export class MyOrgResponseValidationError extends MyOrgError {
  readonly issues: FieldIssue[]
  readonly status: number

  constructor(issues: FieldIssue[], status: number, operation?: string) {
    super(
      'response-validation',
      `Unexpected response from the My Organization API${operation ? ` (${operation})` : ''}: ${issues
        .slice(0, 3)
        .map((i) => (i.field ? `${i.field} ${i.message}` : i.message))
        .join('; ')}`,
      { operation },
    )
    this.name = 'MyOrgResponseValidationError'
    this.issues = issues
    this.status = status
  }
}

/**
 * Code the kit loads on first use (a dialog, a wizard step, the member operations) could not be
 * downloaded: the connection dropped, or the app was redeployed and the old file is gone. No
 * request was sent; trying again downloads it anew. `cause` is the browser's error.
 */
export class MyOrgCodeLoadError extends MyOrgError {
  constructor(options?: { operation?: string | undefined; cause?: unknown }) {
    super('code-load', 'Code loaded on first use could not be downloaded.', options)
    this.name = 'MyOrgCodeLoadError'
  }
}

/**
 * Items of a list response that broke the contract and were left out of the list: the valid
 * items are still returned. `error` holds one issue per problem, its path naming the item
 * (`organization_domains.1.status`), for the host's logs (`onError`).
 */
export interface MyOrgSkippedItems {
  /** How many items were left out. */
  readonly count: number
  /** Why they were left out. */
  readonly error: MyOrgResponseValidationError
}

/**
 * A list the API returns whole (not paged): its valid items, as an array, and `skipped` when
 * some broke the contract and were left out. Still a plain `T[]` to code that ignores `skipped`.
 */
export type MyOrgCheckedList<T> = T[] & {
  /** Items left out for breaking the contract; absent when every item was valid. */
  skipped?: MyOrgSkippedItems
}

/** Narrow any thrown value to a `MyOrgError`. */
export function isMyOrgError(error: unknown): error is MyOrgError {
  return error instanceof MyOrgError
}

/** Turn a JSON pointer (`/branding/colors/primary`) into a path. */
export function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer || pointer === '/') {
    return []
  }
  return pointer
    .replace(/^\//, '')
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment))
}

/** Dotted field name for a path. */
export function pathToField(path: readonly (string | number)[]): string {
  return path.map(String).join('.')
}
