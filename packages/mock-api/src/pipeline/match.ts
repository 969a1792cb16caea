/**
 * Which operation a request names. The patterns come from the client's `operations` map, so
 * paths and methods have one source of truth.
 */
import { type OperationName, operations } from '@myorg-kit/client'

import { apiError, notFound } from '../responses.ts'

interface OperationPattern {
  name: OperationName
  method: string
  regex: RegExp
  params: string[]
}

const patterns: OperationPattern[] = (Object.keys(operations) as OperationName[]).map((name) => {
  const definition = operations[name]
  const params: string[] = []
  const source = definition.path
    .replace(/\/$/, '')
    .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
    .replace(/\{(\w+)\}/g, (_match, param: string) => {
      params.push(param)
      return '([^/]+)'
    })
  return { name, method: definition.method, regex: new RegExp(`^${source}/?$`), params }
})

function relativePath(pathname: string, basePath: string): string | undefined {
  for (const prefix of [`${basePath}/v1`, basePath]) {
    if (pathname === prefix || pathname.startsWith(`${prefix}/`)) {
      return pathname.slice(prefix.length) || '/'
    }
  }
  return undefined
}

/**
 * What a path and method name: `outside` the API (neither under `basePath` nor
 * `${basePath}/v1`), an operation with its raw path values, or no operation (with the methods
 * the path allows).
 */
export type OperationMatch =
  | { kind: 'outside'; operation: undefined }
  | {
      kind: 'operation'
      operation: OperationName
      params: readonly string[]
      values: readonly string[]
    }
  | { kind: 'unmatched'; operation: undefined; allowed: readonly string[] }

/** Match a pathname and an upper-case method against every operation. */
export function matchOperation(pathname: string, basePath: string, method: string): OperationMatch {
  const path = relativePath(pathname, basePath)
  if (path === undefined) {
    return { kind: 'outside', operation: undefined }
  }
  const allowed: string[] = []
  for (const pattern of patterns) {
    const found = pattern.regex.exec(path)
    if (!found) {
      continue
    }
    allowed.push(pattern.method)
    if (pattern.method === method) {
      return {
        kind: 'operation',
        operation: pattern.name,
        params: pattern.params,
        values: found.slice(1),
      }
    }
  }
  return { kind: 'unmatched', operation: undefined, allowed }
}

/** The API's answer to a request that names no operation: 405 with `Allow`, else 404. */
export function unmatched(method: string, pathname: string, allowed: readonly string[]): Response {
  if (allowed.length > 0) {
    return apiError(
      405,
      'A0E-405-0001',
      'Method Not Allowed',
      `${method} is not supported on ${pathname}; use ${allowed.join(', ')}.`,
      { allow: allowed.join(', ') },
    )
  }
  return noRoute(method, pathname)
}

/** The 404 for a path outside the API or no operation of it. */
export function noRoute(method: string, pathname: string): Response {
  return notFound(`No My Organization API route for ${method} ${pathname}.`)
}
