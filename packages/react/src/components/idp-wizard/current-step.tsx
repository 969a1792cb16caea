'use client'

import type { ComponentType, ReactNode, RefObject } from 'react'

import type { MyOrgMessageKey } from '../../i18n/types.ts'
import { LazyBoundary } from '../../kit/lazy-boundary.tsx'
import { lazyPart, usePreloadParts } from '../../kit/lazy-part.ts'
import { ProviderStep } from './steps/provider-step.tsx'
import { useWizard, useWizardScope } from './wizard-context.tsx'
import type { IdpWizardStep } from './wizard-values.ts'

// The first step of create mode comes with the wizard; the others (their fields, the certificate
// and metadata readers, the setup sheet) load on first use, preloaded once the form is shown.
const LATER_STEPS = {
  'sp-values': lazyPart(() => import('./steps/sp-values-step.tsx'), 'SpValuesStep'),
  connection: lazyPart(() => import('./steps/connection-step.tsx'), 'ConnectionStep'),
  details: lazyPart(() => import('./steps/details-step.tsx'), 'DetailsStep'),
  domains: lazyPart(() => import('./steps/domains-step.tsx'), 'DomainsStep'),
  review: lazyPart(() => import('./steps/review-step.tsx'), 'ReviewStep'),
}

const STEP_VIEWS = {
  provider: ProviderStep,
  'sp-values': LATER_STEPS['sp-values'].Part,
  connection: LATER_STEPS.connection.Part,
  details: LATER_STEPS.details.Part,
  domains: LATER_STEPS.domains.Part,
  review: LATER_STEPS.review.Part,
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

/**
 * The step on screen: "Step n of m", its heading (focusable) and its content. While a step's code
 * is still loading, the heading is there (and focused) with a loading line in place of the content.
 */
export function CurrentStep(props: CurrentStepProps): ReactNode {
  const { step, index, total, headingRef } = props
  const { mode } = useWizard()
  const { t, slot, levels } = useWizardScope()
  usePreloadParts(...Object.values(LATER_STEPS))
  const StepHeading = `h${levels.section}` as const
  const View = STEP_VIEWS[step]
  const action = mode === 'create' ? 'idpWizard.review.actionCreate' : 'idpWizard.review.actionSave'
  return (
    <div {...slot('step')} data-step={step}>
      <p className="mk-IdpWizard-stepOf">{t('idpWizard.stepOf', { current: index + 1, total })}</p>
      <StepHeading {...slot('stepHeading')} ref={headingRef} tabIndex={-1}>
        {t(STEP_HEADINGS[step], { action: t(action) })}
      </StepHeading>
      {/* Keyed by step: a step that failed to load doesn't hide the next one shown. */}
      <LazyBoundary key={step}>
        <View />
      </LazyBoundary>
    </div>
  )
}
