'use client'

import { createPartContext } from '../../kit/part-context.ts'
import type { InvitationManagerProps } from './invitation-manager.tsx'

/** What the manager's parts share besides the kit's scope. */
export interface InvitationManagerContextValue {
  /** The host's props (its callbacks, `emptyState`, `inviterName`, `defaultLifetimeDays`). */
  host: InvitationManagerProps
  /** What the user may do (`readOnly` and the token's scopes applied). */
  canInvite: boolean
  canRevoke: boolean
  /** Role names by id; `undefined` when the token can't read roles (counts are shown). */
  roleNames: ReadonlyMap<string, string> | undefined
  /** Says `message` in the manager's live region. */
  announce: (message: string) => void
}

/**
 * `InvitationManagerProvider` gives {@link InvitationManagerContextValue} to the manager's parts
 * (rendered by its content); `useInvitationManager()` reads it, in its parts only.
 */
export const [InvitationManagerProvider, useInvitationManager] =
  createPartContext<InvitationManagerContextValue>(
    'this part must render inside InvitationManager.',
  )
