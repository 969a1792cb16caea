import type * as z from '../schemas/schema-kit.ts'

import {
  type FieldIssue,
  type MyOrgCheckedList,
  MyOrgResponseValidationError,
  type MyOrgSkippedItems,
  pathToField,
} from '../errors.ts'
import { zodIssues } from '../http-failures.ts'
import type { OperationName } from '../operations.ts'

/** A list's valid items, and the ones left out (absent when there are none). */
export interface CheckedItems<T> {
  items: T[]
  skipped?: MyOrgSkippedItems
}

/**
 * Checks each item of a list response on its own: one malformed item no longer hides the whole
 * list. Valid items are kept in order; the others are counted in `skipped`, whose error names
 * each one by its path (`organization_domains.1.status`). A list response is always a 200.
 */
export function keepValidItems<T>(
  raw: readonly unknown[],
  schema: z.ZodMiniType<T>,
  field: string,
  operation: OperationName,
): CheckedItems<T> {
  const items: T[] = []
  const issues: FieldIssue[] = []
  let count = 0
  raw.forEach((value, index) => {
    const result = schema.safeParse(value)
    if (result.success) {
      items.push(result.data)
      return
    }
    count += 1
    for (const issue of zodIssues(result.error)) {
      const path = [field, index, ...issue.path]
      issues.push({ ...issue, path, field: pathToField(path) })
    }
  })
  if (count === 0) {
    return { items }
  }
  return {
    items,
    skipped: { count, error: new MyOrgResponseValidationError(issues, 200, operation) },
  }
}

/**
 * {@link keepValidItems} for a list the API returns whole: the valid items as an array that
 * carries `skipped` when some were left out. A missing list is an empty one.
 */
export function checkedList<T>(
  raw: readonly unknown[] | undefined,
  schema: z.ZodMiniType<T>,
  field: string,
  operation: OperationName,
): MyOrgCheckedList<T> {
  const { items, skipped } = keepValidItems(raw ?? [], schema, field, operation)
  return skipped ? Object.assign(items, { skipped }) : items
}
