/** A message catalog as plain data: en-US, a locale catalog, or an override. */
export type MessageTree = { readonly [key: string]: string | MessageTree }

/** Every message of a catalog as [dotted key, text], in the catalog's order. */
export function messageLeaves(tree: MessageTree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value]]
      : messageLeaves(value, `${prefix}${key}.`),
  )
}
