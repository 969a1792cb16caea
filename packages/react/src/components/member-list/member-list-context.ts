'use client'

import { createPartContext } from '../../kit/part-context.ts'
import type { MemberListProps } from './member-list.tsx'

/** What the list's parts share besides the kit's scope. */
export interface MemberListContextValue {
  /** The host's props (its callbacks, `emptyState`, `getMemberPicture`). */
  host: MemberListProps
  /** Whether the rows carry roles (the token may read them). */
  withRoles: boolean
  /** The signed-in user (`sub`), to call them out. */
  currentUserId: string | undefined
  /** What the user may do (`readOnly` and the token's scopes applied). */
  canAssign: boolean
  canUnassign: boolean
  canRemove: boolean
  /** Says `message` in the list's live region. */
  announce: (message: string) => void
}

/**
 * `MemberListProvider` gives {@link MemberListContextValue} to the list's parts (rendered by its
 * content); `useMemberList()` reads it, in parts of `MemberList` only.
 */
export const [MemberListProvider, useMemberList] = createPartContext<MemberListContextValue>(
  'this part must render inside MemberList.',
)
