import type * as z from '../schemas/schema-kit.ts'

import type { CallOptions } from '../client-types.ts'
import type { RequestSpec } from '../http.ts'
import type { OperationName } from '../operations.ts'
import type { FieldSelection } from '../member-client-types.ts'
import { fieldsQuery } from './query.ts'

/** Sends one request through the client's pipeline (token, pacing, retries, validation). */
export type Call = <T>(spec: RequestSpec<T>) => Promise<T>

/**
 * Checks a body against a schema as the pipeline would (when validation is on), without
 * sending anything: a call split into several requests checks its whole input first.
 */
export type CheckBody = (operation: OperationName, schema: z.ZodMiniType, body: unknown) => void

/**
 * A method taking one id, sent as the `pathKey` path parameter of `operation`, that resolves with
 * the response body checked against `responseSchema`. `send` adds a fixed body.
 */
export function byId<T>(
  call: Call,
  operation: OperationName,
  pathKey: string,
  responseSchema: z.ZodMiniType<T>,
  send: Pick<RequestSpec<T>, 'body' | 'bodySchema'> = {},
): (id: string, options?: CallOptions) => Promise<T> {
  return (id, options = {}) =>
    call({
      operation,
      pathParams: { [pathKey]: id },
      ...send,
      responseSchema,
      signal: options.signal,
    })
}

/** {@link byId} for an operation that answers 204: the method resolves with nothing. */
export function byIdNoContent(
  call: Call,
  operation: OperationName,
  pathKey: string,
): (id: string, options?: CallOptions) => Promise<void> {
  return (id, options = {}) =>
    call<undefined>({ operation, pathParams: { [pathKey]: id }, signal: options.signal }).then(
      () => undefined,
    )
}

/** {@link byId} for a read that may select fields (`fields`, `includeFields`). */
export function byIdWithFields<T>(
  call: Call,
  operation: OperationName,
  pathKey: string,
  responseSchema: z.ZodMiniType<T>,
): (id: string, options?: CallOptions & FieldSelection<string>) => Promise<T> {
  return (id, options = {}) =>
    call({
      operation,
      pathParams: { [pathKey]: id },
      query: fieldsQuery(options),
      responseSchema,
      signal: options.signal,
    })
}
