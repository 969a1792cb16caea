'use client'

import { type ReactNode, useId, useState } from 'react'

import type { ItemProgress } from '../api/batch-results.ts'
import { useScope } from '../kit/scope.tsx'
import type { BatchReport } from './batch-report.ts'
import { Button } from './button.tsx'
import { ConfirmDialog } from './confirm-dialog.tsx'
import { Dialog } from './dialog.tsx'
import { Notice } from './notice.tsx'

/** Props of {@link BatchConfirmDialog}. */
export interface BatchConfirmDialogProps {
  title: ReactNode
  description: ReactNode
  /** Warnings between the description and the buttons. @default undefined */
  children?: ReactNode
  confirmLabel: ReactNode
  /** "Removing 3 of 12…". */
  progressLabel: (progress: ItemProgress) => string
  /** The name of what it acts on, when it is one thing (hidden characters are flagged). @default undefined */
  subject?: string | undefined
  /**
   * Runs the batch, reporting progress. Resolves with what failed (the dialog then lists it), or
   * `undefined` when everything succeeded (the dialog closes).
   */
  run: (onProgress: (progress: ItemProgress) => void) => Promise<BatchReport | undefined>
  /** Cancelled, or done: focus then goes to the component's title (the rows may be gone). */
  onClose: () => void
}

/**
 * A destructive confirmation for several items at once: confirm, then the progress on the
 * button ("Removing 3 of 12…"), then a line per item that failed. Items that succeeded stay
 * done whatever happens to the others.
 */
export function BatchConfirmDialog(props: BatchConfirmDialogProps): ReactNode {
  const { t, slot, focusTitle } = useScope()
  const close = (): void => {
    props.onClose()
    focusTitle()
  }
  const [progress, setProgress] = useState<ItemProgress | undefined>(undefined)
  const [report, setReport] = useState<BatchReport | undefined>(undefined)
  const [error, setError] = useState<unknown>(undefined)
  const titleId = useId()
  if (report) {
    return (
      <Dialog slot={slot('dialog')} labelledBy={titleId} onDismiss={close}>
        <div className="mk-dialog-form">
          <h2 className="mk-dialog-title" id={titleId}>
            {props.title}
          </h2>
          <Notice variant="warning" role="alert" title={report.title}>
            <p>{report.summary}</p>
            <ul className="mk-BatchFailures">
              {report.failures.map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ul>
          </Notice>
          <div className="mk-dialog-actions">
            <Button variant="primary" onClick={close}>
              {t('common.actions.close')}
            </Button>
          </div>
        </div>
      </Dialog>
    )
  }
  const pending = progress !== undefined
  return (
    <ConfirmDialog
      title={props.title}
      description={props.description}
      tone="danger"
      subject={props.subject}
      pending={pending}
      pendingLabel={progress ? props.progressLabel(progress) : undefined}
      confirmLabel={props.confirmLabel}
      error={error}
      onCancel={close}
      onConfirm={() => {
        setError(undefined)
        setProgress({ done: 0, total: 0 })
        props.run(setProgress).then(
          (result) => {
            setProgress(undefined)
            if (result) {
              setReport(result)
            } else {
              close()
            }
          },
          (failure: unknown) => {
            setProgress(undefined)
            setError(failure)
          },
        )
      }}
    >
      {props.children}
    </ConfirmDialog>
  )
}
