import type { MyOrgCheckedList } from '@myorg-kit/client'

/**
 * A cache write that changes a checked list's items keeps its `skipped`: the items the API sent
 * malformed are still unknown after a token is added or a provider renamed.
 */
export function withItems<T>(
  list: MyOrgCheckedList<T> | undefined,
  items: T[] | undefined,
): MyOrgCheckedList<T> | undefined {
  return list?.skipped && items ? Object.assign(items, { skipped: list.skipped }) : items
}
