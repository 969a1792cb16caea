'use client'

import type { OrgDomain } from '@myorg-kit/client'

import { createPartContext } from '../../kit/part-context.ts'

/**
 * What the list's parts share besides the kit's scope. Every value is stable across renders
 * (rows are memoized: opening one panel must not re-render the others).
 */
export interface DomainListContextValue {
  /** What the user may do (`readOnly` and the token's scopes applied). */
  canCreate: boolean
  canVerify: boolean
  canDelete: boolean
  /** The waits between the status checks that follow "Verify". */
  pollDelays: readonly number[]
  /** A verification the user started ended with the domain verified. */
  onVerified: (domain: OrgDomain) => void
}

/**
 * `DomainListProvider` gives {@link DomainListContextValue} to the list's parts (rendered by its
 * content); `useDomainList()` reads it, in parts of `DomainList` only.
 */
export const [DomainListProvider, useDomainList] = createPartContext<DomainListContextValue>(
  'this part must render inside DomainList.',
)
