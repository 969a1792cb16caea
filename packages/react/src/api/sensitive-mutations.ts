import type { Mutation, QueryClient } from '@tanstack/react-query'

/**
 * The `meta` of a mutation whose variables or result carry a secret: an identity provider's
 * client secret (create, update) or a SCIM token (create). The MutationCache keeps `variables`
 * and `data` after a mutation settles, so these must be purged once the screen is done with them
 * ({@link purgeSensitiveMutations}).
 */
export const sensitiveMutationMeta = { sensitive: true } as const

/** True for a mutation marked with {@link sensitiveMutationMeta}. */
export function isSensitiveMutation(mutation: Pick<Mutation, 'options'>): boolean {
  return mutation.options.meta?.sensitive === true
}

/**
 * Removes every settled sensitive mutation (and the secrets in its variables and data) from the
 * QueryClient's MutationCache. Pending ones stay: their request is still running. Call it once a
 * flow has used the secret, e.g. after an identity provider was saved.
 *
 * @returns How many mutations were removed.
 * @example
 * const queryClient = useMyOrg().queryClient
 * await create.mutateAsync(body)
 * purgeSensitiveMutations(queryClient)
 */
export function purgeSensitiveMutations(queryClient: QueryClient): number {
  const cache = queryClient.getMutationCache()
  const settled = cache.findAll({
    predicate: (mutation) => isSensitiveMutation(mutation) && mutation.state.status !== 'pending',
  })
  for (const mutation of settled) {
    cache.remove(mutation)
  }
  return settled.length
}
