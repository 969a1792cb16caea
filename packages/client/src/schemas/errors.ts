/** The API error body. */
import * as z from './schema-kit.ts'

import { optionalString } from './common.ts'

// ── Errors ────────────────────────────────────────────────────────────────────────────────────

/** The error body: `ErrorResponseContent` or `ValidationErrorResponseContent`, read leniently. */
export const errorBodySchema = z.object({
  type: z.string(),
  status: z.number(),
  title: z.string(),
  detail: optionalString,
  validation_errors: z.optional(
    z.array(
      z.object({
        detail: z.string(),
        field: optionalString,
        pointer: optionalString,
        source: optionalString,
      }),
    ),
  ),
})

export type ErrorBody = z.infer<typeof errorBodySchema>
