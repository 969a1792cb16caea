'use client'

import type { ScimToken } from '@myorg-kit/client'
import { useState } from 'react'

import { useDeleteScimToken } from '../../api/scim-tokens.queries.ts'
import { useScimScope } from './scim-scope.ts'

/** What {@link useTokenRevocation} gives the token section. */
export interface TokenRevocation {
  /** The token whose revoke confirmation is open. */
  asking: ScimToken | null
  /** Opens the confirmation for `token` (a fresh one: the last failure is forgotten). */
  ask: (token: ScimToken) => void
  /** Closes the confirmation. */
  close: () => void
  /** Revokes `tokenId`, then calls `onDone`; a failure is reported and stays in `error`. */
  revoke: (tokenId: string, onDone: () => void) => void
  pending: boolean
  error: Error | null
}

/** Revoking tokens, from the table, the rotation guide or the show-once dialog. */
export function useTokenRevocation(
  idpId: string,
  onTokenRevoked: ((tokenId: string) => void) | undefined,
): TokenRevocation {
  const { reportError } = useScimScope()
  const mutation = useDeleteScimToken()
  const [asking, setAsking] = useState<ScimToken | null>(null)
  return {
    asking,
    ask: (token) => {
      mutation.reset()
      setAsking(token)
    },
    close: () => {
      setAsking(null)
    },
    revoke: (tokenId, onDone) => {
      mutation.mutate(
        { idpId, tokenId },
        {
          onSuccess: () => {
            onDone()
            onTokenRevoked?.(tokenId)
          },
          onError: (error) => {
            reportError(error, 'revokeToken')
          },
        },
      )
    },
    pending: mutation.isPending,
    error: mutation.error,
  }
}
