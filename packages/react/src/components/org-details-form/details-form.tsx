'use client'

import type { OrgDetails } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import { ErrorNotice } from '../../kit/error-notice.tsx'
import { useScope } from '../../kit/scope.tsx'
import { Button, SubmitButton } from '../../ui/button.tsx'
import { FixList } from '../../ui/fix-list.tsx'
import { ColorFields } from './color-fields.tsx'
import { LoginPreview } from './login-preview.tsx'
import { LogoField } from './logo-field.tsx'
import { NameField } from './name-field.tsx'
import type { OrgDetailsFormSlot } from './org-details-form.slots.ts'
import type { OrgDetailsFormField } from './org-details-form.types.ts'
import { type OrgDetailsFormState, useOrgDetailsForm } from './use-org-details-form.ts'

/** Props of {@link DetailsForm}. */
export interface DetailsFormProps {
  details: OrgDetails
  /** The field groups to show, in this order. */
  fields: readonly OrgDetailsFormField[]
  showPreview: boolean
  /** Nothing may change: the `readOnly` prop, or no `update:my_org:details`. */
  locked: boolean
  /** Locked for want of `update:my_org:details`: says so above the fields. */
  lockedByPermission: boolean
  onSaved: ((details: OrgDetails) => void) | undefined
}

/** The form itself, once the details are loaded: fields, preview, save error and footer. */
export function DetailsForm(props: DetailsFormProps): ReactNode {
  const { details, showPreview } = props
  const { t, slot } = useScope<OrgDetailsFormSlot>()
  const state = useOrgDetailsForm(details, props.fields, props.locked, props.onSaved)
  return (
    <form
      {...slot('form')}
      noValidate
      aria-busy={state.saving || undefined}
      onSubmit={(event) => void state.submit(event)}
    >
      {props.lockedByPermission ? (
        <p {...slot('notice', 'mk-OrgDetailsForm-readOnly')}>{t('orgDetailsForm.readOnly')}</p>
      ) : null}
      <div {...slot('body')} data-preview={showPreview || undefined}>
        <div {...slot('fields')}>
          {props.fields.map((field) => (
            <FieldGroup
              key={field}
              field={field}
              state={state}
              details={details}
              locked={props.locked}
            />
          ))}
        </div>
        {showPreview ? <LoginPreview values={state.values} details={details} /> : null}
      </div>
      {state.saveError === null ? null : (
        <ErrorNotice error={state.saveError} onRetry={() => void state.submit()} />
      )}
      {props.locked ? null : <FormFooter state={state} />}
    </form>
  )
}

/** One entry of the `fields` prop. */
function FieldGroup(props: {
  field: OrgDetailsFormField
  state: OrgDetailsFormState
  details: OrgDetails
  locked: boolean
}): ReactNode {
  const { field, state } = props
  switch (field) {
    case 'name':
      return <NameField controls={state} name="name" autoComplete="off" />
    case 'displayName':
      return <NameField controls={state} name="displayName" autoComplete="organization" />
    case 'logo':
      return <LogoField controls={state} locked={props.locked} logoUrl={state.values.logoUrl} />
    case 'colors':
      return <ColorFields controls={state} values={state.values} details={props.details} />
    default:
      return field satisfies never
  }
}

/** Unsaved / saved state, Discard and Save. */
function FormFooter({ state }: { state: OrgDetailsFormState }): ReactNode {
  const { t, slot } = useScope<OrgDetailsFormSlot>()
  return (
    <div {...slot('footer')}>
      <div {...slot('status')}>
        {state.hasChanges ? (
          <p className="mk-OrgDetailsForm-unsaved">
            {state.needsFixes
              ? t('orgDetailsForm.status.fixErrors')
              : t('common.status.unsavedChanges')}
          </p>
        ) : null}
        {state.canSave ? null : <FixList items={state.fixes} className="mk-OrgDetailsForm-fixes" />}
        <p role="status" className="mk-OrgDetailsForm-saved">
          {state.saved ? t('orgDetailsForm.status.saved') : ''}
        </p>
      </div>
      <div {...slot('actions')}>
        <Button disabled={!state.hasChanges || state.saving} onClick={state.discard}>
          {t('common.actions.discard')}
        </Button>
        <SubmitButton
          disabled={!state.canSave}
          pending={state.saving}
          pendingLabel={t('common.actions.saving')}
          label={t('common.actions.save')}
        />
      </div>
    </div>
  )
}
