'use client'

import { type ReactNode, useId } from 'react'

import { StrategyLogo } from '../../../ui/strategy-logo.tsx'
import { useWizard, useWizardScope } from '../wizard-context.tsx'
import { strategyLabel } from './setup-sheet.ts'

/** Step 1: which identity provider the company uses, among those the organization may create. */
export function ProviderStep(): ReactNode {
  const { form, values, strategies } = useWizard()
  const { t, slot } = useWizardScope()
  const error = form.formState.errors.strategy?.message
  const errorId = useId()
  return (
    <fieldset
      {...slot('strategyList')}
      aria-describedby={error ? errorId : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend className="mk-label">{t('idpWizard.provider.legend')}</legend>
      <p className="mk-description">{t('idpWizard.provider.help')}</p>
      <div className="mk-IdpWizard-strategyGrid">
        {strategies.map((strategy) => (
          <label
            key={strategy}
            {...slot('strategyOption')}
            data-checked={values.strategy === strategy || undefined}
          >
            <input
              type="radio"
              {...form.register('strategy')}
              value={strategy}
              className="mk-IdpWizard-radio"
            />
            <StrategyLogo strategy={strategy} className={slot('logo').className} />
            <span className="mk-IdpWizard-strategyText">
              <span className="mk-IdpWizard-strategyLabel">{strategyLabel(t, strategy)}</span>
              <span className="mk-description">
                {t(`idpWizard.provider.strategies.${strategy}.description`)}
              </span>
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p {...slot('error', 'mk-field-error')} id={errorId}>
          {error}
        </p>
      ) : null}
    </fieldset>
  )
}
