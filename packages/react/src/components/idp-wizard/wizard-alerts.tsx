'use client'

import type { ReactNode } from 'react'

import { ErrorNotice } from '../../kit/error-notice.tsx'
import { stepNoticeLevel, useWizardScope } from './wizard-context.tsx'
import { type WizardState, select } from './wizard-machine.ts'

/**
 * What went wrong, under the step: the domains that could not be linked, a failure that belongs
 * to no field, and a reminder when the step's fields have errors.
 */
export function WizardAlerts(props: { state: WizardState; hasStepErrors: boolean }): ReactNode {
  const { state } = props
  const scope = useWizardScope()
  const { t, translator } = scope
  const failures = select.failures(state)
  const level = stepNoticeLevel(scope)
  return (
    <>
      {failures.length > 0 ? (
        <div className="mk-alert" data-variant="warning" role="alert">
          <p className="mk-alert-description">
            {t('idpWizard.errors.linkFailed', {
              count: failures.length,
              domains: translator.formatList(failures.map((failure) => failure.domain)),
            })}
          </p>
          <ErrorNotice error={failures[0]?.error} headingLevel={level} />
        </div>
      ) : null}
      {state.submitError ? <ErrorNotice error={state.submitError} headingLevel={level} /> : null}
      {props.hasStepErrors ? (
        <p className="mk-field-error" role="alert">
          {t('idpWizard.errors.stepHasErrors')}
        </p>
      ) : null}
    </>
  )
}
