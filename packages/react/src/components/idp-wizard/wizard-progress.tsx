'use client'

import type { ReactNode } from 'react'

import { useWizard, useWizardScope } from './wizard-context.tsx'
import { type WizardConfig, type WizardState, select } from './wizard-machine.ts'

/** The step indicator: the steps reached so far are buttons back to them. */
export function WizardProgress(props: { state: WizardState; config: WizardConfig }): ReactNode {
  const { state, config } = props
  const { goTo } = useWizard()
  const { t, slot } = useWizardScope()
  const currentIndex = select.stepIndex(state, config)
  return (
    <nav aria-label={t('idpWizard.progressLabel')}>
      <ol {...slot('progress')}>
        {config.steps.map((item, index) => {
          const current = item === state.step
          const label = (
            <>
              <span className="mk-IdpWizard-progressIndex" aria-hidden="true">
                {index + 1}
              </span>
              {t(`idpWizard.steps.${item}`)}
            </>
          )
          return (
            <li
              key={item}
              {...slot('progressItem')}
              data-state={current ? 'current' : index < currentIndex ? 'complete' : 'upcoming'}
            >
              {select.reachable(state, index) && !current ? (
                <button
                  type="button"
                  className="mk-IdpWizard-progressButton"
                  onClick={() => {
                    goTo(item)
                  }}
                >
                  {label}
                </button>
              ) : (
                <span
                  className="mk-IdpWizard-progressButton"
                  aria-current={current ? 'step' : undefined}
                >
                  {label}
                </span>
              )}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
