'use client'

import type { ReactNode } from 'react'

import { Button } from '../../ui/button.tsx'
import { useWizard, useWizardScope } from './wizard-context.tsx'
import { type WizardConfig, type WizardState, select } from './wizard-machine.ts'

/** Props of {@link WizardFooter}. */
export interface WizardFooterProps {
  state: WizardState
  config: WizardConfig
  /** Cancel; without it, no Cancel button. */
  onCancel: (() => void) | undefined
  onBack: () => void
  /** "Done" after failed links. */
  onFinish: () => void
}

/**
 * The linking status and the buttons: Cancel and Back until the provider is saved, "Done" after
 * failed links, and Continue, or the submit button on the last step (none when read-only).
 */
export function WizardFooter(props: WizardFooterProps): ReactNode {
  const { state, config } = props
  const { mode, readOnly } = useWizard()
  const { t, slot } = useWizardScope()
  const busy = select.busy(state)
  const unsaved = select.unsaved(state)
  const linking = select.linking(state)
  const last = select.isLast(state, config)
  return (
    <div {...slot('footer')}>
      <p role="status" className="mk-IdpWizard-linking">
        {linking ? t('idpWizard.actions.linking', linking) : ''}
      </p>
      <div {...slot('actions')}>
        {props.onCancel && unsaved ? (
          <Button variant="ghost" disabled={busy} onClick={props.onCancel}>
            {t('idpWizard.actions.cancel')}
          </Button>
        ) : null}
        {select.stepIndex(state, config) > 0 && unsaved ? (
          <Button disabled={busy} onClick={props.onBack}>
            {t('idpWizard.actions.back')}
          </Button>
        ) : null}
        {select.failures(state).length > 0 ? (
          <Button disabled={busy} onClick={props.onFinish}>
            {t('idpWizard.actions.finish')}
          </Button>
        ) : null}
        {last && readOnly ? null : (
          <Button type="submit" variant="primary" pending={last && busy} disabled={busy}>
            {t(last ? select.submitLabelKey(state, mode) : 'idpWizard.actions.next')}
          </Button>
        )}
      </div>
    </div>
  )
}
