'use client'

import type { ReactNode } from 'react'

import { useScope } from '../../kit/scope.tsx'
import { Button } from '../../ui/button.tsx'
import { Field } from '../../ui/field.tsx'
import type { OrgDetailsFormSlot } from './org-details-form.slots.ts'
import type { OrgDetailsFieldControls } from './org-details-form.types.ts'
import { usePreviewLogo } from './use-preview-logo.ts'

/** Props of {@link LogoField}. */
export interface LogoFieldProps {
  controls: OrgDetailsFieldControls
  /** No editing at all: the Remove button is not offered. */
  locked: boolean
  /** The URL as typed. */
  logoUrl: string
}

/**
 * The logo URL, with a thumbnail of the image it points to, a Remove button, and a warning when
 * the image cannot be loaded.
 */
export function LogoField(props: LogoFieldProps): ReactNode {
  const { t, slot } = useScope<OrgDetailsFormSlot>()
  const { form, editable, change } = props.controls
  const error = form.formState.errors.logoUrl?.message
  const logo = usePreviewLogo(props.logoUrl)
  const shown = logo.src !== undefined && !logo.broken
  return (
    <Field
      name="logoUrl"
      label={t('orgDetailsForm.fields.logo.label')}
      description={t('orgDetailsForm.fields.logo.help')}
      note={logo.broken && !error ? t('orgDetailsForm.fields.logo.broken') : undefined}
      noteClassName="mk-OrgDetailsForm-warning"
      error={error}
    >
      {(control) => (
        <div className="mk-OrgDetailsForm-logoRow">
          <div {...slot('logo')} data-state={logo.broken ? 'broken' : shown ? 'loaded' : 'empty'}>
            {shown ? (
              <img
                key={logo.src}
                src={logo.src}
                alt={t('orgDetailsForm.fields.logo.previewAlt')}
                onError={logo.onError}
              />
            ) : (
              <span className="mk-OrgDetailsForm-logoEmpty" aria-hidden="true" />
            )}
          </div>
          <input
            {...control}
            {...form.register('logoUrl')}
            {...slot('input', 'mk-input')}
            type="url"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            placeholder={t('orgDetailsForm.fields.logo.placeholder')}
            readOnly={!editable}
          />
          {!props.locked && props.logoUrl.trim() !== '' ? (
            <Button
              variant="ghost"
              size="sm"
              className="mk-OrgDetailsForm-removeLogo"
              disabled={!editable}
              onClick={() => {
                change('logoUrl', '')
              }}
            >
              {t('orgDetailsForm.fields.logo.remove')}
            </Button>
          ) : null}
        </div>
      )}
    </Field>
  )
}
