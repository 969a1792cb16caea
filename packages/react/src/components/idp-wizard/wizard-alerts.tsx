'use client'

import type { ReactNode } from 'react'

import { ErrorNotice } from '../../kit/error-notice.tsx'
import { FixList } from '../../ui/fix-list.tsx'
import type { ReviewField } from './strategies.ts'
import { stepNoticeLevel, useWizard, useWizardScope } from './wizard-context.tsx'
import { type WizardState, select } from './wizard-machine.ts'
import type { IdpWizardField } from './wizard-values.ts'

/** The label a field has in the review list (the fields without one of their own share one). */
function reviewFieldOf(field: IdpWizardField): ReviewField | 'provider' {
  switch (field) {
    case 'strategy':
      return 'provider'
    case 'adfsSource':
      return 'samlSource'
    case 'metadataFileName':
      return 'metadataXml'
    default:
      return field
  }
}

/**
 * What went wrong, under the step: the domains that could not be linked, a failure that belongs
 * to no field, and when the step's fields have errors, each of them by name, a button to it.
 */
export function WizardAlerts(props: {
  state: WizardState
  /** The step's fields that have errors, in the order shown. */
  errorFields: readonly IdpWizardField[]
}): ReactNode {
  const { state } = props
  const { form } = useWizard()
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
      {props.errorFields.length > 0 ? (
        <div role="alert">
          <p className="mk-field-error">{t('idpWizard.errors.stepHasErrors')}</p>
          <FixList
            className="mk-IdpWizard-fixes"
            items={props.errorFields.map((field) => {
              const label = reviewFieldOf(field)
              return {
                key: field,
                label:
                  label === 'provider'
                    ? t('idpWizard.review.provider')
                    : t(`idpWizard.review.fields.${label}`),
                focus: () => {
                  form.setFocus(field)
                },
              }
            })}
          />
        </div>
      ) : null}
    </>
  )
}
