import type * as z from 'zod/mini'

import type { GetAccessToken, RequestEvent, RetryOptions } from './client-types.ts'
import {
  type FieldIssue,
  MyOrgApiError,
  MyOrgError,
  MyOrgNetworkError,
  MyOrgRequestValidationError,
  MyOrgResponseValidationError,
  MyOrgTokenError,
  type RateLimitInfo,
  type TokenErrorCode,
  pathToField,
  pointerToPath,
} from './errors.ts'
import { type OperationName, operations } from './operations.ts'
import type { Pacer } from './pacer.ts'
import { errorBodySchema } from './schemas/index.ts'

/** Everything the request pipeline needs, resolved once per client. */
export interface HttpContext {
  baseUrl: string
  audience: string
  apiOrigin: string
  getAccessToken: GetAccessToken
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

/** Maps zod issues to field issues. */
export function zodIssues(error: z.core.$ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol')
    return { path, field: pathToField(path), message: issue.message }
  })
}

/** Runs one operation: validation, pacing, token, fetch with timeout, retries, error mapping. */
export async function request<T>(ctx: HttpContext, spec: RequestSpec<T>): Promise<T> {
  const definition = operations[spec.operation]
  const { method } = definition
  if (spec.body !== undefined && spec.bodySchema && ctx.validate) {
    const parsed = spec.bodySchema.safeParse(spec.body)
    if (!parsed.success) {
      throw new MyOrgRequestValidationError(zodIssues(parsed.error), spec.operation)
    }
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
    const token = await getToken(ctx, spec.operation, forceRefresh, spec.signal)
    forceRefresh = false

    const headers: Record<string, string> = {
      Authorization: `Bearer ${token}`,
      Accept: 'application/json',
    }
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
    if (response.status === 401 && !refreshed) {
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
  operation: OperationName,
  forceRefresh: boolean,
  signal: AbortSignal | undefined,
): Promise<string> {
  const scopes = operations[operation].scopes
  try {
    const token = await ctx.getAccessToken({
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

const TOKEN_CODES: readonly TokenErrorCode[] = [
  'login_required',
  'consent_required',
  'interaction_required',
  'mfa_required',
  'missing_refresh_token',
  'invalid_grant',
  'access_denied',
  'timeout',
]

/** Wraps whatever a token getter threw (auth0-spa-js errors carry `.error`) into a `MyOrgTokenError`. */
export function toTokenError(error: unknown, operation?: OperationName): MyOrgTokenError {
  if (error instanceof MyOrgTokenError) {
    return error
  }
  const raw =
    typeof error === 'object' &&
    error !== null &&
    'error' in error &&
    typeof error.error === 'string'
      ? error.error
      : undefined
  const code = TOKEN_CODES.find((candidate) => candidate === raw) ?? 'unknown'
  const description =
    typeof error === 'object' &&
    error !== null &&
    'error_description' in error &&
    typeof error.error_description === 'string'
      ? error.error_description
      : error instanceof Error
        ? error.message
        : 'Could not get an access token.'
  return new MyOrgTokenError(code, description, { operation, cause: error })
}

async function fetchWithTimeout(
  ctx: HttpContext,
  url: string,
  init: {
    method: string
    headers: Record<string, string>
    body: string | null
    signal: AbortSignal | undefined
  },
): Promise<Response> {
  const controller = new AbortController()
  const timer = setTimeout(() => {
    controller.abort(new DOMException('The request timed out.', 'TimeoutError'))
  }, ctx.timeoutMs)
  const onAbort = (): void => {
    controller.abort(init.signal?.reason)
  }
  init.signal?.addEventListener('abort', onAbort, { once: true })
  try {
    return await ctx.fetch(url, {
      method: init.method,
      headers: init.headers,
      body: init.body,
      signal: controller.signal,
      credentials: 'omit',
      mode: 'cors',
    })
  } finally {
    clearTimeout(timer)
    init.signal?.removeEventListener('abort', onAbort)
  }
}

function pageOrigin(): string | undefined {
  const location = (globalThis as { location?: { origin?: string } }).location
  return typeof location?.origin === 'string' && location.origin !== 'null'
    ? location.origin
    : undefined
}

function isOffline(): boolean {
  const navigator = (globalThis as { navigator?: { onLine?: boolean } }).navigator
  return navigator?.onLine === false
}

function throwIfAborted(
  signal: AbortSignal | undefined,
  ctx: HttpContext,
  operation: OperationName,
): void {
  if (signal?.aborted) {
    throw new MyOrgNetworkError({
      reason: 'aborted',
      apiOrigin: ctx.apiOrigin,
      operation,
      cause: signal.reason,
    })
  }
}

function toAbortError(
  error: unknown,
  ctx: HttpContext,
  operation: OperationName,
): MyOrgNetworkError {
  return new MyOrgNetworkError({
    reason: 'aborted',
    apiOrigin: ctx.apiOrigin,
    operation,
    cause: error,
  })
}

/**
 * Tells why `fetch` rejected. A CORS refusal and a dead server look the same to page code
 * (`TypeError: Failed to fetch`); a `no-cors` probe of the same URL tells them apart: it
 * resolves (opaque) when the server is reachable, so CORS is to blame.
 */
async function classifyFailure(
  ctx: HttpContext,
  url: string,
  error: unknown,
  operation: OperationName,
  signal: AbortSignal | undefined,
): Promise<MyOrgNetworkError> {
  const base = { apiOrigin: ctx.apiOrigin, pageOrigin: pageOrigin(), operation, cause: error }
  if (signal?.aborted) {
    return new MyOrgNetworkError({ ...base, reason: 'aborted' })
  }
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return new MyOrgNetworkError({ ...base, reason: 'timeout' })
  }
  if (isOffline()) {
    return new MyOrgNetworkError({ ...base, reason: 'offline' })
  }
  try {
    const probe = new AbortController()
    const timer = setTimeout(
      () => {
        probe.abort()
      },
      Math.min(ctx.timeoutMs, 5000),
    )
    try {
      await ctx.fetch(url, {
        method: 'GET',
        mode: 'no-cors',
        cache: 'no-store',
        credentials: 'omit',
        signal: probe.signal,
      })
    } finally {
      clearTimeout(timer)
    }
    return new MyOrgNetworkError({ ...base, reason: 'cors' })
  } catch {
    return new MyOrgNetworkError({ ...base, reason: 'offline' })
  }
}

async function readJson(
  response: Response,
): Promise<{ ok: true; value: unknown } | { ok: false; text: string }> {
  const text = await response.text()
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return { ok: false, text }
  }
}

async function readSuccess<T>(response: Response, spec: RequestSpec<T>): Promise<T | undefined> {
  if (!spec.responseSchema) {
    // 204 (or any success we expect no body from): drain and ignore.
    await response.body?.cancel().catch(() => undefined)
    return undefined
  }
  const parsed = await readJson(response)
  if (!parsed.ok) {
    throw new MyOrgResponseValidationError(
      [{ path: [], field: '', message: `expected a JSON body, got ${describeText(parsed.text)}` }],
      response.status,
      spec.operation,
    )
  }
  const result = spec.responseSchema.safeParse(parsed.value)
  if (!result.success) {
    throw new MyOrgResponseValidationError(zodIssues(result.error), response.status, spec.operation)
  }
  return result.data
}

function describeText(text: string): string {
  return text.length === 0
    ? 'an empty body'
    : `"${text.slice(0, 40)}${text.length > 40 ? '…' : ''}"`
}

function intHeader(headers: Headers, name: string): number | undefined {
  const value = headers.get(name)
  if (value === null || value.trim() === '') {
    return undefined
  }
  const number = Number(value)
  return Number.isFinite(number) ? number : undefined
}

/** `Retry-After` as seconds: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null || value.trim() === '') {
    return undefined
  }
  if (/^\d+$/.test(value.trim())) {
    return Number(value.trim())
  }
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000))
}

async function toApiError(
  response: Response,
  operation: OperationName,
  now: () => number,
): Promise<MyOrgApiError> {
  const parsed = await readJson(response)
  const body = parsed.ok ? errorBodySchema.safeParse(parsed.value) : undefined
  const rateLimit: RateLimitInfo = {
    limit: intHeader(response.headers, 'X-RateLimit-Limit'),
    remaining: intHeader(response.headers, 'X-RateLimit-Remaining'),
    reset: intHeader(response.headers, 'X-RateLimit-Reset'),
    errorKind: response.headers.get('X-Auth0-Error-Kind') ?? undefined,
  }
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'), now())
  if (body?.success) {
    const validationErrors = (body.data.validation_errors ?? []).map((item): FieldIssue => {
      const path = item.pointer
        ? pointerToPath(item.pointer)
        : (item.field ?? '')
            .split('/')
            .filter((part, index) => part !== '' && !(index === 0 && part === 'data'))
      return { path, field: pathToField(path), message: item.detail, source: item.source }
    })
    return new MyOrgApiError({
      status: response.status,
      type: body.data.type,
      title: body.data.title,
      detail: body.data.detail,
      validationErrors,
      retryAfter,
      rateLimit,
      operation,
    })
  }
  return new MyOrgApiError({
    status: response.status,
    title: response.statusText || `HTTP ${response.status}`,
    detail: undefined,
    retryAfter,
    rateLimit,
    operation,
  })
}
