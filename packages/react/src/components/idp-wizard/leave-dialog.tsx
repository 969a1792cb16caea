'use client'

import type { ReactNode } from 'react'

import { ConfirmDialog } from '../../ui/confirm-dialog.tsx'
import { useWizardScope } from './wizard-context.tsx'

/** "Leave without saving?": Keep editing (first focus, Escape) or Leave. */
export function LeaveDialog(props: { onStay: () => void; onLeave: () => void }): ReactNode {
  const { t } = useWizardScope()
  return (
    <ConfirmDialog
      tone="danger"
      title={t('idpWizard.leave.title')}
      description={t('idpWizard.leave.description')}
      cancelLabel={t('idpWizard.leave.stay')}
      confirmLabel={t('idpWizard.leave.leave')}
      onCancel={props.onStay}
      onConfirm={props.onLeave}
    />
  )
}
