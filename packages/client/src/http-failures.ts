import type * as z from 'zod/mini'

import {
  type FieldIssue,
  MyOrgApiError,
  MyOrgNetworkError,
  MyOrgResponseValidationError,
  MyOrgTokenError,
  type RateLimitInfo,
  type TokenErrorCode,
  pathToField,
  pointerToPath,
} from './errors.ts'
import type { HttpContext, RequestSpec } from './http.ts'
import type { OperationName } from './operations.ts'
import { errorBodySchema } from './schemas/index.ts'

/*
 * What the request pipeline does with a failure or a response body: token errors, timeouts and
 * aborts, network classification (CORS, offline), API error bodies and rate-limit headers.
 */

/** Maps zod issues to field issues. */
export function zodIssues(error: z.core.$ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol')
    return { path, field: pathToField(path), message: issue.message }
  })
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

/** `value[key]` when `value` is an object whose `key` holds a string. */
function stringProperty(value: unknown, key: string): string | undefined {
  if (typeof value !== 'object' || value === null || !(key in value)) {
    return undefined
  }
  const property: unknown = (value as Record<string, unknown>)[key]
  return typeof property === 'string' ? property : undefined
}

/** Wraps whatever a token getter threw (auth0-spa-js errors carry `.error`) into a `MyOrgTokenError`. */
export function toTokenError(error: unknown, operation?: OperationName): MyOrgTokenError {
  if (error instanceof MyOrgTokenError) {
    return error
  }
  const raw = stringProperty(error, 'error')
  const code = TOKEN_CODES.find((candidate) => candidate === raw) ?? 'unknown'
  const description =
    stringProperty(error, 'error_description') ??
    (error instanceof Error ? error.message : 'Could not get an access token.')
  return new MyOrgTokenError(code, description, { operation, cause: error })
}

export async function fetchWithTimeout(
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
      // Bearer calls go cross-origin without cookies; proxied calls stay on the page's origin
      // and carry its session cookie.
      credentials: ctx.proxied ? 'same-origin' : 'omit',
      mode: ctx.proxied ? 'same-origin' : 'cors',
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

export function throwIfAborted(
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

export function toAbortError(
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
export async function classifyFailure(
  ctx: HttpContext,
  url: string,
  error: unknown,
  operation: OperationName,
  signal: AbortSignal | undefined,
): Promise<MyOrgNetworkError> {
  const base = {
    apiOrigin: ctx.apiOrigin,
    pageOrigin: pageOrigin(),
    proxied: ctx.proxied,
    operation,
    cause: error,
  }
  if (signal?.aborted) {
    return new MyOrgNetworkError({ ...base, reason: 'aborted' })
  }
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return new MyOrgNetworkError({ ...base, reason: 'timeout' })
  }
  // A same-origin call cannot be refused by CORS: the host's endpoint is unreachable.
  if (isOffline() || ctx.proxied) {
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

export async function readSuccess<T>(
  response: Response,
  spec: RequestSpec<T>,
): Promise<T | undefined> {
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

export async function toApiError(
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
