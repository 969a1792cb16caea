'use client'

import type { MemberInvitation } from '@myorg-kit/client'
import { useState } from 'react'

import type { ItemProgress } from '../../api/batch-results.ts'
import {
  type InvitationOutcome,
  type InvitationSettings,
  useCreateInvitations,
} from '../../api/invitations.queries.ts'
import { useScope } from '../../kit/scope.tsx'
import type { InvitationManagerAction, InvitationManagerSlot } from './invitation-manager.slots.ts'

/** What {@link useInvite} gives the form. */
export interface Invite {
  /** Sends; resolves with the addresses that failed (`undefined` when nothing was sent). */
  run: (emails: readonly string[], settings: InvitationSettings) => Promise<string[] | undefined>
  /** While sending: addresses answered so far. */
  progress: ItemProgress | undefined
  /** The last invite's outcome per address. */
  outcomes: InvitationOutcome[] | undefined
  /** A failure before any address got an outcome. */
  error: Error | null
}

/** Sends an invite, tracks its progress and outcomes, and reports each failure. */
export function useInvite(
  onInvited: ((invitations: MemberInvitation[]) => void) | undefined,
): Invite {
  const { reportError } = useScope<InvitationManagerSlot, InvitationManagerAction>()
  const create = useCreateInvitations()
  const [progress, setProgress] = useState<ItemProgress | undefined>(undefined)
  const [outcomes, setOutcomes] = useState<InvitationOutcome[] | undefined>(undefined)
  const run: Invite['run'] = async (emails, settings) => {
    setOutcomes(undefined)
    setProgress({ done: 0, total: emails.length })
    try {
      const result = await create.mutateAsync({ ...settings, emails, onProgress: setProgress })
      setOutcomes(result)
      const failed: string[] = []
      const created: MemberInvitation[] = []
      for (const outcome of result) {
        if (outcome.error) {
          failed.push(outcome.email)
          reportError(outcome.error, 'invite', { email: outcome.email })
        } else {
          created.push(outcome.invitation)
        }
      }
      if (created.length > 0) {
        onInvited?.(created)
      }
      return failed
    } catch (error) {
      reportError(error, 'invite')
      return undefined
    } finally {
      setProgress(undefined)
    }
  }
  return { run, progress, outcomes, error: create.error }
}
