'use client'

import type { OrgDetails } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import { useScope } from '../../kit/scope.tsx'
import { toPickerColor } from '../../lib/color.ts'
import { Field, FieldSet } from '../../ui/field.tsx'
import {
  ORG_BRANDING_DEFAULT_COLORS,
  type OrgDetailsFormValues,
  effectiveColors,
} from './org-details-form.schema.ts'
import type { OrgDetailsFormSlot } from './org-details-form.slots.ts'
import type { OrgDetailsFieldControls } from './org-details-form.types.ts'

/** Each colour field: its texts (under `orgDetailsForm.fields.colors`) and Auth0's default. */
const colorFields = {
  primaryColor: { texts: 'primary', filled: 'primary' },
  pageBackgroundColor: { texts: 'pageBackground', filled: 'page_background' },
} as const

type ColorFieldName = keyof typeof colorFields

/** Props of {@link ColorFields}. */
export interface ColorFieldsProps {
  controls: OrgDetailsFieldControls
  values: OrgDetailsFormValues
  details: OrgDetails
}

/**
 * The login page colours: the primary colour and the page background, each a hex text field
 * with a native colour picker, and a hint when Auth0's default will be saved in an empty one.
 */
export function ColorFields(props: ColorFieldsProps): ReactNode {
  const { t } = useScope<OrgDetailsFormSlot>()
  const colors = effectiveColors(props.values, props.details)
  const hintOf = (name: ColorFieldName): string | undefined => {
    const part = colorFields[name].filled
    if (!colors?.filled[part]) {
      return undefined
    }
    const key =
      colors.reason === 'cleared'
        ? 'orgDetailsForm.fields.colors.resetToDefault'
        : 'orgDetailsForm.fields.colors.filledWithDefault'
    return t(key, { color: ORG_BRANDING_DEFAULT_COLORS[part] })
  }
  return (
    <FieldSet
      name="colors"
      className="mk-OrgDetailsForm-colors"
      legend={t('orgDetailsForm.fields.colors.legend')}
      description={t('orgDetailsForm.fields.colors.help')}
    >
      <div className="mk-OrgDetailsForm-colorGrid">
        {(Object.keys(colorFields) as ColorFieldName[]).map((name) => (
          <ColorField key={name} {...props} name={name} hint={hintOf(name)} />
        ))}
      </div>
    </FieldSet>
  )
}

/** One colour: the native picker and the hex text field, kept in step. */
function ColorField(props: ColorFieldsProps & { name: ColorFieldName; hint: string | undefined }) {
  const { t, slot } = useScope<OrgDetailsFormSlot>()
  const { form, editable, change } = props.controls
  const { name, hint } = props
  const { texts, filled } = colorFields[name]
  const defaultColor = ORG_BRANDING_DEFAULT_COLORS[filled]
  const pickerValue = toPickerColor(props.values[name]) ?? defaultColor.toLowerCase()
  const stored = props.details.branding?.colors?.[filled]
  // A stored colour that is not hex (the response schema takes any string) is shown as text
  // for the user to fix, never painted: the preview falls back to the default.
  const storedInvalid =
    stored !== undefined && toPickerColor(stored) === undefined && props.values[name] === stored
  return (
    <Field
      name={name}
      label={t(`orgDetailsForm.fields.colors.${texts}.label`)}
      description={t(`orgDetailsForm.fields.colors.${texts}.help`)}
      note={hint}
      noteClassName="mk-OrgDetailsForm-hint"
      error={
        storedInvalid
          ? t('orgDetailsForm.fields.colors.storedInvalid', { color: stored })
          : form.formState.errors[name]?.message
      }
    >
      {(control) => (
        <div className="mk-OrgDetailsForm-colorControl">
          <input
            {...slot('colorPicker')}
            type="color"
            value={pickerValue}
            aria-label={t(`orgDetailsForm.fields.colors.${texts}.picker`)}
            disabled={!editable}
            onChange={(event) => {
              change(name, event.target.value.toUpperCase())
            }}
          />
          <input
            {...control}
            {...form.register(name)}
            {...slot('input', 'mk-input')}
            type="text"
            autoComplete="off"
            spellCheck={false}
            placeholder={hint ? defaultColor : t('orgDetailsForm.fields.colors.placeholder')}
            readOnly={!editable}
          />
        </div>
      )}
    </Field>
  )
}
