'use client'

import { type ReactNode, useId } from 'react'
import type { UseFormRegister } from 'react-hook-form'

import { InputField } from '../../ui/input-field.tsx'
import { useScimScope } from './scim-scope.ts'
import {
  MAX_CUSTOM_DAYS,
  TOKEN_LIFETIME_PRESETS,
  type TokenLifetimeChoice,
  type TokenLifetimeValues,
} from './token-lifetime.ts'

/** Props of {@link LifetimePicker}. */
export interface LifetimePickerProps {
  /** The provider's name (the "never expires" warning names it). */
  name: string
  register: UseFormRegister<TokenLifetimeValues>
  /** The current choice. */
  lifetime: TokenLifetimeChoice
  /** The custom number of days' error. @default undefined */
  customError?: string | undefined
}

/** The lifetime radios, the custom number of days, and the "never expires" warning. */
export function LifetimePicker(props: LifetimePickerProps): ReactNode {
  const { t } = useScimScope()
  const { register, lifetime } = props
  const id = useId()
  const options: { value: TokenLifetimeChoice; label: string }[] = [
    ...TOKEN_LIFETIME_PRESETS.map((days) => ({
      value: String(days) as TokenLifetimeChoice,
      label:
        days === 365
          ? t('scimTokenManager.create.oneYear')
          : t('scimTokenManager.create.days', { days }),
    })),
    { value: 'custom', label: t('scimTokenManager.create.custom') },
    { value: 'never', label: t('scimTokenManager.create.never') },
  ]
  return (
    <>
      <div
        className="mk-ScimTokenManager-lifetimes"
        role="radiogroup"
        aria-labelledby={`${id}-lifetime`}
        aria-describedby={`${id}-lifetime-help`}
      >
        <span className="mk-label" id={`${id}-lifetime`}>
          {t('scimTokenManager.create.lifetime')}
        </span>
        <span className="mk-description" id={`${id}-lifetime-help`}>
          {t('scimTokenManager.create.lifetimeHelp')}
        </span>
        <span className="mk-ScimTokenManager-choices">
          {options.map((option) => (
            <label key={option.value} className="mk-ScimTokenManager-choice">
              <input type="radio" value={option.value} {...register('lifetime')} />
              <span>{option.label}</span>
            </label>
          ))}
        </span>
      </div>
      {lifetime === 'custom' ? (
        <InputField
          label={t('scimTokenManager.create.customDays')}
          description={t('scimTokenManager.create.customHelp', { max: MAX_CUSTOM_DAYS })}
          error={props.customError}
          className="mk-ScimTokenManager-days"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          {...register('customDays')}
        />
      ) : null}
      {lifetime === 'never' ? (
        <p className="mk-alert" data-variant="warning">
          <span className="mk-alert-description">
            {t('scimTokenManager.create.neverHelp', { name: props.name })}
          </span>
        </p>
      ) : null}
    </>
  )
}
