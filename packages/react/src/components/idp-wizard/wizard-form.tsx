'use client'

import type { IdentityProvider } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import { LazyBoundary } from '../../kit/lazy-boundary.tsx'
import { lazyPart, usePreloadParts } from '../../kit/lazy-part.ts'
import { displayNameOf } from '../../lib/identity-provider.ts'
import { CurrentStep } from './current-step.tsx'
import { type WizardFormProps, useIdpWizard } from './use-idp-wizard.ts'
import { WizardAlerts } from './wizard-alerts.tsx'
import { WizardProvider, useWizardScope } from './wizard-context.tsx'
import { WizardFooter } from './wizard-footer.tsx'
import { type SaveOutcome, select } from './wizard-machine.ts'
import { WizardProgress } from './wizard-progress.tsx'

// Asked only when the admin cancels with unsaved input: loaded then, preloaded when Cancel shows.
const leaveDialog = lazyPart(() => import('./leave-dialog.tsx'), 'LeaveDialog')

/**
 * The wizard's `<form>`: progress, the access-level note (edit), the current step, what went
 * wrong and the buttons; the leave confirmation beside it. Once saved, only the outcome.
 */
export function WizardForm(props: WizardFormProps): ReactNode {
  const wizard = useIdpWizard(props)
  const { state, config, context } = wizard
  const { t, slot } = useWizardScope()
  usePreloadParts(props.onCancel !== undefined && leaveDialog)
  if (state.phase.kind === 'done') {
    return <SavedNotice idp={state.phase.idp} outcome={state.phase.outcome} />
  }
  const level = wizard.accessLevel === 'none' ? 'readonly' : wizard.accessLevel
  return (
    <WizardProvider value={context}>
      <form
        className="mk-IdpWizard-form"
        noValidate
        aria-busy={select.busy(state) || undefined}
        onSubmit={wizard.onSubmit}
      >
        <WizardProgress state={state} config={config} />
        {context.mode === 'edit' ? (
          <p {...slot('notice', 'mk-alert')} role="note">
            <span className="mk-alert-description">{t(`idpWizard.accessLevel.${level}`)}</span>
          </p>
        ) : null}
        <CurrentStep
          step={state.step}
          index={select.stepIndex(state, config)}
          total={config.steps.length}
          headingRef={wizard.headingRef}
        />
        <WizardAlerts state={state} errorFields={wizard.errorFields} />
        <WizardFooter
          state={state}
          config={config}
          onCancel={props.onCancel ? wizard.cancel : undefined}
          onBack={wizard.back}
          onFinish={wizard.finish}
        />
      </form>
      <LazyBoundary>
        {state.leaving ? <leaveDialog.Part onStay={wizard.stay} onLeave={wizard.leave} /> : null}
      </LazyBoundary>
    </WizardProvider>
  )
}

/** "… was created." / "Changes to … were saved." */
function SavedNotice(props: { idp: IdentityProvider; outcome: SaveOutcome }): ReactNode {
  const { t, slot } = useWizardScope()
  const name = displayNameOf(props.idp)
  return (
    <div {...slot('notice', 'mk-alert')} data-variant="success" role="status">
      <p className="mk-alert-title">
        {props.outcome === 'created'
          ? t('idpWizard.success.created', { name })
          : t('idpWizard.success.updated', { name })}
      </p>
    </div>
  )
}
