/** Reads the host proxy's session endpoint (proxy mode only; loaded on first use). */
import { MyOrgTokenError, resolveAgainstPage } from '@myorg-kit/client'
import type { MyOrgProxySession } from '@myorg-kit/client/proxy'

function isSession(value: unknown): value is MyOrgProxySession {
  if (typeof value !== 'object' || value === null) {
    return false
  }
  const body = value as Record<string, unknown>
  return (
    typeof body.authenticated === 'boolean' &&
    Array.isArray(body.scopes) &&
    body.scopes.every((scope) => typeof scope === 'string') &&
    (body.organizationId === undefined || typeof body.organizationId === 'string') &&
    (body.userId === undefined || typeof body.userId === 'string') &&
    (body.tenantOrigin === undefined || typeof body.tenantOrigin === 'string') &&
    (body.loginUrl === undefined || typeof body.loginUrl === 'string')
  )
}

/** Reads `GET {baseUrl}/session` with the page's cookies. A 401 counts as signed out. */
export async function readProxySession(
  baseUrl: string,
  fetchImpl: typeof fetch = (input, init) => globalThis.fetch(input, init),
): Promise<MyOrgProxySession> {
  const url = `${resolveAgainstPage(baseUrl.replace(/\/+$/, ''))}/session`
  const response = await fetchImpl(url, {
    credentials: 'same-origin',
    mode: 'same-origin',
    cache: 'no-store',
    headers: { accept: 'application/json' },
  })
  if (response.status === 401) {
    return { authenticated: false, scopes: [], tenantOrigin: '' }
  }
  const body: unknown = response.ok ? await response.json().catch(() => undefined) : undefined
  if (!isSession(body)) {
    throw new MyOrgTokenError(
      'unknown',
      `The app's session endpoint (${url}) answered ${response.status} without a session.`,
    )
  }
  return body
}
