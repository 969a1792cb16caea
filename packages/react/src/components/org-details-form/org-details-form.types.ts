import type { UseFormReturn } from 'react-hook-form'

import type { OrgDetailsFormFieldName, OrgDetailsFormValues } from './org-details-form.schema.ts'

/** A group of fields {@link OrgDetailsForm} can show. */
export type OrgDetailsFormField = 'name' | 'displayName' | 'logo' | 'colors'

/**
 * What the form was doing when an error happened: loading the details, saving them, or
 * rendering (a bug caught by the component's error boundary).
 */
export type OrgDetailsFormAction = 'load' | 'save' | 'render'

/** What the fields need: the form, whether they may be edited, and a programmatic change. */
export interface OrgDetailsFieldControls {
  form: UseFormReturn<OrgDetailsFormValues>
  editable: boolean
  /** Sets a field as if typed: dirty, touched and validated. */
  change: (name: OrgDetailsFormFieldName, value: string) => void
}
