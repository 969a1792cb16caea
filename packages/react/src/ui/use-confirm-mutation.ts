'use client'

import type { UseMutationResult } from '@tanstack/react-query'

import { type ErrorDetails, useScope } from '../kit/scope.tsx'
import type { ConfirmDialogProps } from './confirm-dialog.tsx'

/** What {@link useConfirmMutation} runs, and what follows. */
export interface ConfirmMutationOptions<TData, TVariables, Action extends string> {
  /** What the mutation runs with; while `undefined`, confirming does nothing. */
  variables: TVariables | undefined
  /** The host's `onError` action a failure is reported as. */
  action: Action
  /** Joins the failure's context. @default undefined */
  details?: ErrorDetails | undefined
  onSuccess: (data: TData) => void
}

/**
 * The part of a {@link ConfirmDialog} a mutation drives: its last failure, its pending state
 * and the confirm that runs it. The outcome is awaited (`mutateAsync`), not per-call `mutate`
 * callbacks, so `onSuccess` runs even when the dialog went away meanwhile (e.g. the view under
 * it changed with the cache).
 */
export function useConfirmMutation<TData, TVariables, Action extends string>(
  mutation: UseMutationResult<TData, Error, TVariables>,
  options: ConfirmMutationOptions<TData, TVariables, Action>,
): Pick<ConfirmDialogProps, 'error' | 'pending' | 'onConfirm'> {
  const { reportError } = useScope<string, Action>()
  const { variables } = options
  return {
    error: mutation.error,
    pending: mutation.isPending,
    onConfirm: () => {
      if (variables === undefined) {
        return
      }
      mutation.mutateAsync(variables).then(options.onSuccess, (error: unknown) => {
        reportError(error, options.action, options.details)
      })
    },
  }
}
