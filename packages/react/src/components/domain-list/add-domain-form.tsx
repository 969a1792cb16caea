'use client'

import type { OrgDomain } from '@myorg-kit/client'
import { type ReactNode, useId } from 'react'

import { ErrorNotice } from '../../kit/error-notice.tsx'
import { useScope } from '../../kit/scope.tsx'
import { SubmitButton } from '../../ui/button.tsx'
import { describedBy } from '../../ui/field.tsx'
import type { DomainListAction, DomainListSlot } from './domain-list.slots.ts'
import { useAddDomain } from './use-add-domain.ts'

/** The "Add a domain" form: normalises as you type, shows what will be added. */
export function AddDomainForm(props: { onAdded: (domain: OrgDomain) => void }): ReactNode {
  const { t, slot } = useScope<DomainListSlot, DomainListAction>()
  const { value, setValue, normalized, fieldError, notice, pending, inputRef, submit } =
    useAddDomain(props.onAdded)
  const inputId = useId()
  return (
    <form
      {...slot('addForm')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        submit()
      }}
      aria-busy={pending || undefined}
    >
      <div className="mk-field" data-invalid={fieldError ? '' : undefined}>
        <label className="mk-label" htmlFor={inputId}>
          {t('domainList.add.label')}
        </label>
        <p className="mk-description" id={`${inputId}-help`}>
          {t('domainList.add.help')}
        </p>
        <div className="mk-DomainList-addRow">
          <input
            {...slot('input', 'mk-input')}
            ref={inputRef}
            id={inputId}
            type="text"
            inputMode="url"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            placeholder={t('domainList.add.placeholder')}
            value={value}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={describedBy(
              `${inputId}-help`,
              `${inputId}-preview`,
              fieldError && `${inputId}-error`,
            )}
            onChange={(event) => {
              setValue(event.target.value)
            }}
          />
          <SubmitButton
            pending={pending}
            pendingLabel={t('domainList.add.adding')}
            label={t('domainList.add.submit')}
          />
        </div>
        <p {...slot('preview')} id={`${inputId}-preview`} aria-live="polite">
          {normalized.ok ? t('domainList.add.preview', { domain: normalized.domain }) : ''}
        </p>
        {fieldError ? (
          <p {...slot('error', 'mk-field-error')} id={`${inputId}-error`}>
            {fieldError}
          </p>
        ) : null}
      </div>
      {notice ? <ErrorNotice error={notice} onRetry={submit} /> : null}
    </form>
  )
}
