'use client'

import type { ComponentType, ReactNode, RefObject } from 'react'

import type { MyOrgMessageKey } from '../../i18n/types.ts'
import { ConnectionStep } from './steps/connection-step.tsx'
import { DetailsStep } from './steps/details-step.tsx'
import { DomainsStep } from './steps/domains-step.tsx'
import { ProviderStep } from './steps/provider-step.tsx'
import { ReviewStep } from './steps/review-step.tsx'
import { SpValuesStep } from './steps/sp-values-step.tsx'
import { useWizard, useWizardScope } from './wizard-context.tsx'
import type { IdpWizardStep } from './wizard-values.ts'

const STEP_VIEWS = {
  provider: ProviderStep,
  'sp-values': SpValuesStep,
  connection: ConnectionStep,
  details: DetailsStep,
  domains: DomainsStep,
  review: ReviewStep,
} satisfies Record<IdpWizardStep, ComponentType>

const STEP_HEADINGS = {
  provider: 'idpWizard.provider.heading',
  'sp-values': 'idpWizard.spValues.heading',
  connection: 'idpWizard.connection.heading',
  details: 'idpWizard.details.heading',
  domains: 'idpWizard.domains.heading',
  review: 'idpWizard.review.heading',
} as const satisfies Record<IdpWizardStep, MyOrgMessageKey>

/** Props of {@link CurrentStep}. */
export interface CurrentStepProps {
  step: IdpWizardStep
  index: number
  total: number
  /** Focused on every step change. */
  headingRef: RefObject<HTMLHeadingElement | null>
}

/** The step on screen: "Step n of m", its heading (focusable) and its content. */
export function CurrentStep(props: CurrentStepProps): ReactNode {
  const { step, index, total, headingRef } = props
  const { mode } = useWizard()
  const { t, slot, levels } = useWizardScope()
  const StepHeading = `h${levels.section}` as const
  const View = STEP_VIEWS[step]
  const action = mode === 'create' ? 'idpWizard.review.actionCreate' : 'idpWizard.review.actionSave'
  return (
    <div {...slot('step')} data-step={step}>
      <p className="mk-IdpWizard-stepOf">{t('idpWizard.stepOf', { current: index + 1, total })}</p>
      <StepHeading {...slot('stepHeading')} ref={headingRef} tabIndex={-1}>
        {t(STEP_HEADINGS[step], { action: t(action) })}
      </StepHeading>
      <View />
    </div>
  )
}
