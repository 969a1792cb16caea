import { type BatchOptions, idList, sendInBatches } from '../batch.ts'
import type { OperationName } from '../operations.ts'
import type * as z from '../schemas/schema-kit.ts'
import type { Call, CheckBody } from './call.ts'

/** How one delete-by-ids operation takes its ids. */
export interface DeleteInBatchesSpec<K extends string> {
  operation: OperationName
  /** The body's list of ids: `{ [key]: ids }`. */
  key: K
  /** Ids per request (the API's limit). */
  size: number
  /** The whole input, checked before anything is sent. */
  inputSchema: z.ZodMiniType
  /** The body of one request. */
  bodySchema: z.ZodMiniType
}

/**
 * A method deleting one id or several: the whole input is checked first, then sent `size` ids per
 * request, one request after another (the API answers 204).
 */
export function deleteInBatches<K extends string, I extends string>(
  call: Call,
  check: CheckBody,
  spec: DeleteInBatchesSpec<K>,
): (ids: I | readonly I[], options?: BatchOptions) => Promise<void> {
  return async (ids, options = {}) => {
    const input = { [spec.key]: idList(ids) } as Record<K, I[]>
    check(spec.operation, spec.inputSchema, input)
    await sendInBatches(
      input,
      spec.key,
      spec.size,
      (body) =>
        call<undefined>({
          operation: spec.operation,
          body,
          bodySchema: spec.bodySchema,
          signal: options.signal,
        }),
      options.onProgress,
    )
  }
}
