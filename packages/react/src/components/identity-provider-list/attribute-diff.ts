import type { IdpAttributeMapItem } from '@myorg-kit/client'

/** What a refresh of the attribute mapping changed, by attribute label. */
export interface AttributeMappingDiff {
  added: string[]
  removed: string[]
  changed: string[]
}

function keyOf(item: IdpAttributeMapItem): string {
  return item.user_attribute ?? item.label ?? item.sso_field.join(',')
}

function labelOf(item: IdpAttributeMapItem): string {
  return item.label ?? item.user_attribute ?? item.sso_field.join(', ')
}

/** Compares the mapping before and after a refresh. */
export function diffAttributeMapping(
  before: readonly IdpAttributeMapItem[] | undefined,
  after: readonly IdpAttributeMapItem[] | undefined,
): AttributeMappingDiff {
  const previous = new Map((before ?? []).map((item) => [keyOf(item), item]))
  const next = new Map((after ?? []).map((item) => [keyOf(item), item]))
  const added: string[] = []
  const removed: string[] = []
  const changed: string[] = []
  for (const [key, item] of next) {
    const old = previous.get(key)
    if (!old || old.is_missing) {
      if (!item.is_missing) {
        added.push(labelOf(item))
      }
    } else if (
      old.sso_field.join('\u0000') !== item.sso_field.join('\u0000') ||
      old.is_required !== item.is_required
    ) {
      changed.push(labelOf(item))
    }
  }
  for (const [key, item] of previous) {
    if (!item.is_missing && (!next.has(key) || next.get(key)?.is_missing)) {
      removed.push(labelOf(item))
    }
  }
  return { added, removed, changed }
}

/** What a refresh is expected to change, read from the `is_extra` / `is_missing` flags. */
export function predictAttributeRefresh(current: readonly IdpAttributeMapItem[] | undefined): {
  willRemove: string[]
  willAdd: string[]
} {
  const items = current ?? []
  return {
    willRemove: items.filter((item) => item.is_extra).map(labelOf),
    willAdd: items.filter((item) => item.is_missing).map(labelOf),
  }
}
