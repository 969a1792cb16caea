'use client'

import type { OrgDetails } from '@myorg-kit/client'
import { type CSSProperties, type ReactNode, useId } from 'react'

import { useScope } from '../../kit/scope.tsx'
import { readableOn, toPickerColor } from '../../lib/color.ts'
import {
  ORG_BRANDING_DEFAULT_COLORS,
  type OrgDetailsFormValues,
} from './org-details-form.schema.ts'
import type { OrgDetailsFormSlot } from './org-details-form.slots.ts'
import { usePreviewLogo } from './use-preview-logo.ts'

/**
 * The colour the preview paints for a field, always a `#rrggbb` hex (nothing else may reach
 * CSS: a stored `url(…)` would make the browser fetch it): the typed colour; for an empty
 * field, Auth0's default (what a save fills in); while a colour is being typed, the saved one
 * when it is a hex colour, else the default.
 */
function previewColor(typed: string, saved: string | undefined, auth0Default: string): string {
  const candidates = typed.trim() === '' ? [] : [typed, saved ?? '']
  const color = candidates.map(toPickerColor).find((hex) => hex !== undefined)
  return color ?? toPickerColor(auth0Default) ?? auth0Default
}

/** A miniature of the login page that follows the fields as they are typed. */
export function LoginPreview(props: {
  values: OrgDetailsFormValues
  details: OrgDetails
}): ReactNode {
  const { values, details } = props
  const { t, slot } = useScope<OrgDetailsFormSlot>()
  const titleId = useId()
  const captionId = useId()
  const logo = usePreviewLogo(values.logoUrl)
  const saved = details.branding?.colors
  const defaults = ORG_BRANDING_DEFAULT_COLORS
  const primary = previewColor(values.primaryColor, saved?.primary, defaults.primary)
  const style = {
    '--mk-OrgDetailsForm-page': previewColor(
      values.pageBackgroundColor,
      saved?.page_background,
      defaults.page_background,
    ),
    '--mk-OrgDetailsForm-brand': primary,
    '--mk-OrgDetailsForm-brand-contrast': readableOn(primary),
  } as CSSProperties
  const name = values.displayName.trim() || details.display_name || values.name
  // Cut at three lines (a stored name can be thousands of characters): whole in its title.
  const subtitle = t('orgDetailsForm.preview.subtitle', { name })
  return (
    <figure {...slot('preview')} aria-labelledby={titleId} aria-describedby={captionId}>
      <p className="mk-OrgDetailsForm-previewLabel" id={titleId}>
        {t('orgDetailsForm.preview.label')}
      </p>
      <div className="mk-OrgDetailsForm-previewPage" style={style} aria-hidden="true">
        <div className="mk-OrgDetailsForm-previewCard">
          {logo.src !== undefined && !logo.broken ? (
            <img
              key={logo.src}
              className="mk-OrgDetailsForm-previewLogo"
              src={logo.src}
              alt=""
              onError={logo.onError}
            />
          ) : null}
          <p className="mk-OrgDetailsForm-previewTitle">{t('orgDetailsForm.preview.welcome')}</p>
          <p className="mk-OrgDetailsForm-previewText" title={subtitle}>
            {subtitle}
          </p>
          <div className="mk-OrgDetailsForm-previewInput">{t('orgDetailsForm.preview.email')}</div>
          <div className="mk-OrgDetailsForm-previewButton">
            {t('orgDetailsForm.preview.continue')}
          </div>
        </div>
      </div>
      <figcaption id={captionId} className="mk-description">
        {t('orgDetailsForm.preview.caption')}
      </figcaption>
    </figure>
  )
}
