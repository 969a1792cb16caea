'use client'

import type { OrgDetails } from '@myorg-kit/client'
import { type BaseSyntheticEvent, useEffect, useMemo, useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'

import { useUpdateOrgDetails } from '../../api/organization.queries.ts'
import { useScope } from '../../kit/scope.tsx'
import { useStableCallback } from '../../kit/use-stable-callback.ts'
import { keepErrorsOf, zodResolver } from '../../lib/zod-resolver.ts'
import type { FixListItem } from '../../ui/fix-list.tsx'
import { fieldFixes, isShownField } from './field-fixes.ts'
import {
  type OrgDetailsFormValues,
  buildDetailsPatch,
  createOrgDetailsSchema,
  toFormValues,
} from './org-details-form.schema.ts'
import type { OrgDetailsFormSlot } from './org-details-form.slots.ts'
import type {
  OrgDetailsFieldControls,
  OrgDetailsFormAction,
  OrgDetailsFormField,
} from './org-details-form.types.ts'
import { serverFieldErrors } from './server-issues.ts'

/** The form's state and actions, as {@link useOrgDetailsForm} returns them. */
export interface OrgDetailsFormState extends OrgDetailsFieldControls {
  /** What the fields show now: the saved details under the user's edits. */
  values: OrgDetailsFormValues
  /** Something would be sent on save. */
  hasChanges: boolean
  /** There are changes and they are valid. */
  canSave: boolean
  /** Fields show errors that block saving. */
  needsFixes: boolean
  /** The shown fields whose errors block saving, each focusing its field. */
  fixes: FixListItem[]
  saving: boolean
  /** The last save succeeded and nothing changed since. */
  saved: boolean
  /** The save failure to explain, or `null` (also once the fields it blamed are fixed). */
  saveError: unknown
  submit: (event?: BaseSyntheticEvent) => Promise<void>
  discard: () => void
}

/**
 * The details form's logic: follows the saved details (a refetch never overwrites what the user
 * typed), validates as the user types, saves only what changed (`PATCH /details`), puts the
 * API's validation issues on their fields and reports save failures to the host.
 */
export function useOrgDetailsForm(
  details: OrgDetails,
  shown: readonly OrgDetailsFormField[],
  locked: boolean,
  onSaved: ((details: OrgDetails) => void) | undefined,
): OrgDetailsFormState {
  const { t, reportError } = useScope<OrgDetailsFormSlot, OrgDetailsFormAction>()
  const shownKey = shown.join(',')
  // Hidden fields are never sent: their stored values must not block saving the others.
  const resolver = useMemo(
    () =>
      keepErrorsOf(zodResolver(createOrgDetailsSchema(t)), (field) =>
        isShownField(field, shownKey.split(',') as OrgDetailsFormField[]),
      ),
    [t, shownKey],
  )
  const serverValues = useMemo(() => toFormValues(details), [details])
  const form = useForm<OrgDetailsFormValues>({
    // Following `values` keeps the form in step with refetches; keepDirtyValues means a
    // refetch never overwrites what the user typed.
    values: serverValues,
    resetOptions: { keepDirtyValues: true },
    resolver,
    // 'onChange', not 'onTouched': with onTouched, a pasted value (one input event) left
    // isValid stale until blur, so Save stayed disabled and the user's click was lost.
    mode: 'onChange',
  })
  const { control, formState, handleSubmit, reset, setError, trigger } = form
  // Details made invalid elsewhere are marked as soon as they load, not once edited.
  useEffect(() => {
    void trigger()
  }, [trigger, serverValues])
  const watched = useWatch({ control })
  const values: OrgDetailsFormValues = { ...serverValues, ...watched }
  const update = useUpdateOrgDetails()
  const [justSaved, setJustSaved] = useState(false)
  const notifySaved = useStableCallback(onSaved)

  const hasChanges = Object.keys(buildDetailsPatch(details, values)).length > 0
  const hasFieldErrors = Object.keys(formState.errors).some((key) => key !== 'root')

  const submit = handleSubmit((submitted) => {
    const body = buildDetailsPatch(details, submitted)
    if (Object.keys(body).length === 0) {
      return
    }
    setJustSaved(false)
    update.mutate(body, {
      onSuccess: (saved) => {
        // `reset` would otherwise apply the form's keepDirtyValues and keep the old edits.
        reset(toFormValues(saved), { keepDirtyValues: false })
        setJustSaved(true)
        notifySaved(saved)
      },
      onError: (error) => {
        serverFieldErrors(error, t).forEach(([field, message], index) => {
          setError(field, { type: 'server', message }, { shouldFocus: index === 0 })
        })
        reportError(error, 'save')
      },
    })
  })

  // A validation failure whose fields the user has since fixed needs no notice any more.
  const blamedFields = serverFieldErrors(update.error, t).length > 0
  const saveError =
    update.error !== null && !(blamedFields && !hasFieldErrors) ? update.error : null

  return {
    form,
    editable: !locked && !update.isPending,
    change: (name, value) => {
      form.setValue(name, value, { shouldDirty: true, shouldTouch: true, shouldValidate: true })
    },
    values,
    hasChanges,
    canSave: hasChanges && formState.isValid,
    needsFixes: !formState.isValid && hasFieldErrors,
    fixes: fieldFixes(form, shown, t),
    saving: update.isPending,
    saved: justSaved && !hasChanges,
    saveError,
    submit,
    discard: () => {
      reset(serverValues, { keepDirtyValues: false })
      update.reset()
      setJustSaved(false)
    },
  }
}
