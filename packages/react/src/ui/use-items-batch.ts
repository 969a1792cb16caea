'use client'

import type { BatchResult, ItemProgress } from '../api/batch-results.ts'
import { describeError } from '../i18n/describe-error.ts'
import { useScope } from '../kit/scope.tsx'
import { isolateDirection } from '../lib/text.ts'
import type { BatchConfirmDialogProps } from './batch-confirm-dialog.tsx'
import { reportBatch } from './batch-report.ts'

/**
 * The batches, by where their texts are (`title`, `titleMany`, `description`, `confirm`,
 * `confirmMany`, `pending`, `partialTitle`, `partial`, `failure`): the placeholder that names an
 * item, the one that counts what took effect in `partial`, and whether names are
 * direction-isolated (people's names may be right-to-left; addresses are not).
 */
const BATCHES = {
  'memberList.remove': { item: 'name', done: 'removed', isolate: true },
  'invitationManager.revoke': { item: 'email', done: 'revoked', isolate: false },
} as const

/** Props of a dialog that runs a batch over items (removing members, revoking invitations). */
export interface ItemsBatchDialogProps<T> {
  /** One (named in the title) or several. */
  items: readonly T[]
  /** After the batch (announced, and the host told): the ids it took effect on. */
  onDone: (ids: string[]) => void
  onClose: () => void
}

/** What {@link useItemsBatch} runs, and on what. */
export interface ItemsBatchOptions<T> {
  path: keyof typeof BATCHES
  /** One (named in the title) or several. */
  items: readonly T[]
  idOf: (item: T) => string | undefined
  /** An item's name, as the texts show it. */
  nameOf: (item: T) => string
  mutation: {
    mutateAsync: (variables: {
      ids: string[]
      onProgress: (progress: ItemProgress) => void
    }) => Promise<BatchResult<string>>
  }
  /** Each failure goes to the host's `onError` as `action`, with the item's id as `idKey`. */
  report: readonly [action: string, idKey: string]
  /** After the batch, before its report: announce it and tell the host. */
  onDone: (result: BatchResult<string>, only: T | undefined) => void
}

/**
 * A {@link BatchConfirmDialog} over items: its texts, one item named or several counted, and
 * the run on their ids, each failure reported and listed with its item's name and why.
 */
export function useItemsBatch<T>(
  options: ItemsBatchOptions<T>,
): Omit<BatchConfirmDialogProps, 'children' | 'onClose'> {
  const { t, translator, reportError } = useScope()
  const { path, items, idOf } = options
  const { item: itemParam, done: doneParam, isolate } = BATCHES[path]
  const only = items.length === 1 ? items[0] : undefined
  const count = items.length
  const named = (name: string): string => (isolate ? isolateDirection(name) : name)
  const nameById = (id: string): string => {
    const item = items.find((candidate) => idOf(candidate) === id)
    return named(item ? options.nameOf(item) : id)
  }
  return {
    title: only
      ? t(`${path}.title`, { [itemParam]: named(options.nameOf(only)) })
      : t(`${path}.titleMany`, { count }),
    description: t(`${path}.description`),
    subject: only ? options.nameOf(only) : undefined,
    confirmLabel: only ? t(`${path}.confirm`) : t(`${path}.confirmMany`, { count }),
    progressLabel: ({ done, total }) => t(`${path}.pending`, { done, total }),
    run: async (onProgress) => {
      const ids = items.flatMap((item) => idOf(item) ?? [])
      const result = await options.mutation.mutateAsync({ ids, onProgress })
      options.onDone(result, only)
      const [action, idKey] = options.report
      return reportBatch(result, {
        onFailure: (failure) => {
          reportError(failure.error, action, { [idKey]: failure.item })
        },
        title: t(`${path}.partialTitle`),
        summary: t(`${path}.partial`, {
          [doneParam]: result.succeeded.length,
          failed: result.failed.length,
        }),
        line: (failure) =>
          t(`${path}.failure`, {
            [itemParam]: nameById(failure.item),
            reason: describeError(failure.error, translator).title,
          }),
      })
    },
  }
}
