import type * as z from 'zod/mini'

import type { GetAccessToken, RequestEvent, RetryOptions } from './client-types.ts'
import { type MyOrgApiError, MyOrgError, MyOrgRequestValidationError } from './errors.ts'
import { type OperationName, operations } from './operations.ts'
import type { Pacer } from './pacer.ts'
import {
  classifyFailure,
  fetchWithTimeout,
  readSuccess,
  throwIfAborted,
  toAbortError,
  toApiError,
  toTokenError,
  zodIssues,
} from './http-failures.ts'

/** Everything the request pipeline needs, resolved once per client. */
export interface HttpContext {
  baseUrl: string
  audience: string
  apiOrigin: string
  /** Undefined with cookie authentication: no `Authorization` header, no token refresh. */
  getAccessToken: GetAccessToken | undefined
  /** Cookie authentication through the host's same-origin proxy (no CORS, no bearer token). */
  proxied: boolean
  fetch: typeof fetch
  timeoutMs: number
  retry: Required<RetryOptions>
  pacer: Pacer | undefined
  validate: boolean
  onRequest: ((event: RequestEvent) => void) | undefined
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>
  now: () => number
  random: () => number
}

/** One call of one operation. */
export interface RequestSpec<T> {
  operation: OperationName
  pathParams?: Record<string, string>
  query?: Record<string, string | number | readonly string[] | undefined>
  /** Extra request headers (such as `auth0-custom-domain`). */
  headers?: Record<string, string> | undefined
  /** JSON body; `undefined` sends no body at all. */
  body?: unknown
  bodySchema?: z.ZodMiniType
  /** Schema of the success body; `undefined` means the endpoint answers 204 with no body. */
  responseSchema?: z.ZodMiniType<T>
  signal?: AbortSignal | undefined
}

const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS'])
const RETRYABLE_GATEWAY = new Set([502, 503, 504])

/** Builds the URL for an operation, percent-encoding every path parameter. */
export function buildUrl(
  baseUrl: string,
  operation: OperationName,
  pathParams: Record<string, string> = {},
  query: RequestSpec<unknown>['query'] = {},
): string {
  const template = operations[operation].path
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = pathParams[name]
    if (value === undefined || value === '') {
      throw new MyOrgRequestValidationError(
        [{ path: [name], field: name, message: 'is required' }],
        operation,
      )
    }
    return encodeURIComponent(value)
  })
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) {
      continue
    }
    if (Array.isArray(value)) {
      for (const item of value as readonly string[]) {
        search.append(key, item)
      }
    } else {
      search.append(key, String(value))
    }
  }
  const qs = search.toString()
  return `${baseUrl}${path === '/' ? '/' : path}${qs ? `?${qs}` : ''}`
}

/** Throws `MyOrgRequestValidationError` when validation is on and `body` breaks `schema`. */
export function checkBody(
  ctx: Pick<HttpContext, 'validate'>,
  operation: OperationName,
  schema: z.ZodMiniType,
  body: unknown,
): void {
  if (!ctx.validate) {
    return
  }
  const parsed = schema.safeParse(body)
  if (!parsed.success) {
    throw new MyOrgRequestValidationError(zodIssues(parsed.error), operation)
  }
}

/** Runs one operation: validation, pacing, token, fetch with timeout, retries, error mapping. */
export async function request<T>(ctx: HttpContext, spec: RequestSpec<T>): Promise<T> {
  const definition = operations[spec.operation]
  const { method } = definition
  if (spec.body !== undefined && spec.bodySchema) {
    checkBody(ctx, spec.operation, spec.bodySchema, spec.body)
  }
  const url = buildUrl(ctx.baseUrl, spec.operation, spec.pathParams, spec.query)
  const idempotent = IDEMPOTENT.has(method)
  let forceRefresh = false
  let refreshed = false
  let retries = 0
  let attempt = 0
  let previousAttemptUncertain = false

  for (;;) {
    attempt += 1
    throwIfAborted(spec.signal, ctx, spec.operation)
    if (ctx.pacer) {
      try {
        await ctx.pacer.acquire(definition.limit, spec.signal)
      } catch (error) {
        throw toAbortError(error, ctx, spec.operation)
      }
    }
    const headers: Record<string, string> = { ...spec.headers, Accept: 'application/json' }
    if (ctx.getAccessToken) {
      const token = await getToken(
        ctx,
        ctx.getAccessToken,
        spec.operation,
        forceRefresh,
        spec.signal,
      )
      headers.Authorization = `Bearer ${token}`
    }
    forceRefresh = false
    if (spec.body !== undefined) {
      headers['Content-Type'] = 'application/json'
    }
    let response: Response
    try {
      response = await fetchWithTimeout(ctx, url, {
        method,
        headers,
        body: spec.body === undefined ? null : JSON.stringify(spec.body),
        signal: spec.signal,
      })
    } catch (error) {
      const failure = await classifyFailure(ctx, url, error, spec.operation, spec.signal)
      ctx.onRequest?.({ operation: spec.operation, method, url, attempt, error: failure.reason })
      if (failure.reason === 'timeout' && idempotent && retries < ctx.retry.maxRetries) {
        retries += 1
        previousAttemptUncertain = true
        await backoff(ctx, retries, undefined, spec)
        continue
      }
      throw failure
    }
    ctx.onRequest?.({ operation: spec.operation, method, url, attempt, status: response.status })

    if (response.ok) {
      return (await readSuccess(response, spec)) as T
    }

    // A retried DELETE whose first attempt may already have succeeded: gone is what we wanted.
    if (response.status === 404 && method === 'DELETE' && previousAttemptUncertain) {
      return undefined as T
    }

    const apiError = await toApiError(response, spec.operation, ctx.now)
    if (response.status === 401 && !refreshed && ctx.getAccessToken) {
      // The token was refused (expired or revoked): fetch a fresh one once; the request was not processed.
      refreshed = true
      forceRefresh = true
      continue
    }
    const retryable =
      response.status === 429 || (idempotent && RETRYABLE_GATEWAY.has(response.status))
    if (retryable && retries < ctx.retry.maxRetries) {
      retries += 1
      previousAttemptUncertain = response.status !== 429
      await backoff(ctx, retries, apiError, spec)
      continue
    }
    throw apiError
  }
}

async function backoff(
  ctx: HttpContext,
  retry: number,
  error: MyOrgApiError | undefined,
  spec: RequestSpec<unknown>,
): Promise<void> {
  let delay: number
  if (error?.retryAfter !== undefined) {
    delay = error.retryAfter * 1000
  } else if (error?.rateLimit.reset !== undefined) {
    delay = error.rateLimit.reset * 1000 - ctx.now()
  } else {
    const exponential = ctx.retry.baseDelayMs * 2 ** (retry - 1)
    // Full jitter between half and all of the exponential step.
    delay = exponential / 2 + ctx.random() * (exponential / 2)
  }
  delay = Math.min(Math.max(0, delay), ctx.retry.maxDelayMs)
  try {
    await ctx.sleep(delay, spec.signal)
  } catch (abort) {
    throw toAbortError(abort, ctx, spec.operation)
  }
}

async function getToken(
  ctx: HttpContext,
  getAccessToken: GetAccessToken,
  operation: OperationName,
  forceRefresh: boolean,
  signal: AbortSignal | undefined,
): Promise<string> {
  const scopes = operations[operation].scopes
  try {
    const token = await getAccessToken({
      scope: scopes.join(' '),
      scopes,
      audience: ctx.audience,
      forceRefresh,
      operation,
    })
    throwIfAborted(signal, ctx, operation)
    return token
  } catch (error) {
    if (error instanceof MyOrgError) {
      throw error
    }
    throw toTokenError(error, operation)
  }
}
