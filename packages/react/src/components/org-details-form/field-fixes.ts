import type { UseFormReturn } from 'react-hook-form'

import type { ComponentScope } from '../../kit/scope.tsx'
import type { FixListItem } from '../../ui/fix-list.tsx'
import type { OrgDetailsFormFieldName, OrgDetailsFormValues } from './org-details-form.schema.ts'
import type { OrgDetailsFormField } from './org-details-form.types.ts'

/** Each form field in the order shown, with the group of the `fields` prop that shows it. */
const FIELD_GROUPS: readonly (readonly [OrgDetailsFormFieldName, OrgDetailsFormField])[] = [
  ['name', 'name'],
  ['displayName', 'displayName'],
  ['logoUrl', 'logo'],
  ['primaryColor', 'colors'],
  ['pageBackgroundColor', 'colors'],
]

/** Whether `field` (a form field's name) is on screen with the groups `shown`. */
export function isShownField(field: string, shown: readonly OrgDetailsFormField[]): boolean {
  return FIELD_GROUPS.some(([name, group]) => name === field && shown.includes(group))
}

function labelOf(field: OrgDetailsFormFieldName, t: ComponentScope['t']): string {
  switch (field) {
    case 'name':
    case 'displayName':
      return t(`orgDetailsForm.fields.${field}.label`)
    case 'logoUrl':
      return t('orgDetailsForm.fields.logo.label')
    case 'primaryColor':
      return t('orgDetailsForm.fields.colors.primary.label')
    case 'pageBackgroundColor':
      return t('orgDetailsForm.fields.colors.pageBackground.label')
  }
}

/** The shown fields that have an error, in the form's order, each focusing its field. */
export function fieldFixes(
  form: UseFormReturn<OrgDetailsFormValues>,
  shown: readonly OrgDetailsFormField[],
  t: ComponentScope['t'],
): FixListItem[] {
  return FIELD_GROUPS.filter(
    ([name, group]) => shown.includes(group) && form.formState.errors[name] !== undefined,
  ).map(([name]) => ({
    key: name,
    label: labelOf(name, t),
    focus: () => {
      form.setFocus(name)
    },
  }))
}
