import type * as z from 'zod/mini'

import type { RequestSpec } from '../http.ts'
import type { OperationName } from '../operations.ts'

/** Sends one request through the client's pipeline (token, pacing, retries, validation). */
export type Call = <T>(spec: RequestSpec<T>) => Promise<T>

/**
 * Checks a body against a schema as the pipeline would (when validation is on), without
 * sending anything: a call split into several requests checks its whole input first.
 */
export type CheckBody = (operation: OperationName, schema: z.ZodMiniType, body: unknown) => void
