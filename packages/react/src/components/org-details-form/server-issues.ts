import { MyOrgApiError } from '@myorg-kit/client'

import type { MyOrgTranslator } from '../../i18n/translator.ts'
import type { MyOrgMessageKey } from '../../i18n/types.ts'
import { type OrgDetailsFormFieldName, formFieldForIssue } from './org-details-form.schema.ts'

const fieldLabels = {
  name: 'orgDetailsForm.fields.name.label',
  displayName: 'orgDetailsForm.fields.displayName.label',
  logoUrl: 'orgDetailsForm.fields.logo.label',
  primaryColor: 'orgDetailsForm.fields.colors.primary.label',
  pageBackgroundColor: 'orgDetailsForm.fields.colors.pageBackground.label',
} as const satisfies Record<OrgDetailsFormFieldName, MyOrgMessageKey>

/**
 * The API words its validation details as fragments ("is required"): those get the field's
 * label in front, so the message reads as a sentence. Full sentences are kept as they are.
 */
function serverIssueMessage(
  t: MyOrgTranslator['t'],
  field: OrgDetailsFormFieldName,
  detail: string,
): string {
  const trimmed = detail.trim()
  if (!/^\p{Ll}/u.test(trimmed)) {
    return trimmed
  }
  return t('orgDetailsForm.validation.server', {
    label: t(fieldLabels[field]),
    detail: trimmed.replace(/\.$/, ''),
  })
}

/** A failed save's validation issues that belong to a form field, worded for that field. */
export function serverFieldErrors(
  error: unknown,
  t: MyOrgTranslator['t'],
): [OrgDetailsFormFieldName, string][] {
  if (!(error instanceof MyOrgApiError)) {
    return []
  }
  return error.validationErrors.flatMap((issue): [OrgDetailsFormFieldName, string][] => {
    const field = formFieldForIssue(issue)
    return field ? [[field, serverIssueMessage(t, field, issue.message)]] : []
  })
}
