import type { FieldIssue, OrgDetails, UpdateOrgDetailsRequest } from '@myorg-kit/client'
import * as z from 'zod/mini'

import type { MyOrgTranslator } from '../../i18n/translator.ts'
import { isHexColor } from '../../lib/color.ts'
import { isHttpsUrl } from '../../lib/url.ts'

/**
 * Auth0 Universal Login's default colours. The API needs both colours once either is set
 * (`OrgBrandingColors` requires `primary` and `page_background`), so the form fills an empty one
 * with its default and says so next to the field.
 */
export const ORG_BRANDING_DEFAULT_COLORS = {
  /** Universal Login's default primary colour (buttons, links). */
  primary: '#635DFF',
  /** Universal Login's default page background. */
  page_background: '#000000',
} as const

/** What the form edits: flat strings, empty meaning "not set". */
export interface OrgDetailsFormValues {
  name: string
  displayName: string
  logoUrl: string
  primaryColor: string
  pageBackgroundColor: string
}

/** A form field name. */
export type OrgDetailsFormFieldName = keyof OrgDetailsFormValues

/** Limits from the API's `OrgDetails` schema. */
const NAME_MAX_LENGTH = 50
const DISPLAY_NAME_MAX_LENGTH = 255

/**
 * The form's zod schema (zod/mini, to keep hosts' bundles small), with texts from the
 * translator so every message is localized.
 *
 * @example
 * const { t } = useMyOrgTranslator()
 * useForm({ resolver: zodResolver(createOrgDetailsSchema(t)) }) // lib/zod-resolver.ts
 */
export function createOrgDetailsSchema(t: MyOrgTranslator['t']) {
  const color = z.string().check(
    z.refine((value) => value.trim() === '' || isHexColor(value.trim()), {
      message: t('orgDetailsForm.validation.colorInvalid'),
    }),
  )
  return z.object({
    name: z.string().check(
      z.refine((value) => value.trim().length > 0, {
        message: t('orgDetailsForm.validation.nameRequired'),
      }),
      z.refine((value) => value.trim().length <= NAME_MAX_LENGTH, {
        message: t('orgDetailsForm.validation.nameTooLong'),
      }),
    ),
    displayName: z.string().check(
      z.refine((value) => value.trim().length > 0, {
        message: t('orgDetailsForm.validation.displayNameRequired'),
      }),
      z.refine((value) => value.trim().length <= DISPLAY_NAME_MAX_LENGTH, {
        message: t('orgDetailsForm.validation.displayNameTooLong'),
      }),
    ),
    logoUrl: z.string().check(
      z.refine((value) => value.trim() === '' || /^https:\/\//i.test(value.trim()), {
        message: t('orgDetailsForm.validation.logoNotHttps'),
        abort: true,
      }),
      z.refine((value) => value.trim() === '' || isHttpsUrl(value.trim()), {
        message: t('orgDetailsForm.validation.logoInvalid'),
      }),
    ),
    primaryColor: color,
    pageBackgroundColor: color,
  })
}

/** The form values for the details the API returned. */
export function toFormValues(details: OrgDetails | undefined): OrgDetailsFormValues {
  return {
    name: details?.name ?? '',
    displayName: details?.display_name ?? '',
    logoUrl: details?.branding?.logo_url ?? '',
    primaryColor: details?.branding?.colors?.primary ?? '',
    pageBackgroundColor: details?.branding?.colors?.page_background ?? '',
  }
}

/** The colours that will be saved, and which of them come from Auth0's defaults. */
export interface EffectiveColors {
  primary: string
  page_background: string
  /** Fields filled with Auth0's default rather than typed. */
  filled: { primary: boolean; page_background: boolean }
  /**
   * Why defaults were used: `incomplete` when only the other colour was given, `cleared` when
   * both were emptied but the organization had colours (the API cannot remove them).
   */
  reason: 'incomplete' | 'cleared' | undefined
}

/**
 * The colours the form would save. The API needs both colours once either is set, and cannot
 * remove them, so an empty field gets Auth0's default when the other colour is given, or when
 * the organization already had colours. `undefined` when there are no colours to save.
 */
export function effectiveColors(
  values: OrgDetailsFormValues,
  current: OrgDetails | undefined,
): EffectiveColors | undefined {
  const primary = values.primaryColor.trim()
  const background = values.pageBackgroundColor.trim()
  if (primary === '' && background === '' && !current?.branding?.colors) {
    return undefined
  }
  const filled = { primary: primary === '', page_background: background === '' }
  return {
    primary: primary || ORG_BRANDING_DEFAULT_COLORS.primary,
    page_background: background || ORG_BRANDING_DEFAULT_COLORS.page_background,
    filled,
    reason:
      filled.primary && filled.page_background
        ? 'cleared'
        : filled.primary || filled.page_background
          ? 'incomplete'
          : undefined,
  }
}

function sameColor(a: string | undefined, b: string | undefined): boolean {
  return (a ?? '').toLowerCase() === (b ?? '').toLowerCase()
}

/**
 * The `PATCH /details` body for what changed since `current`: only changed top-level fields,
 * never an empty string. `branding` carries only its changed parts: `logo_url` (`null` when the
 * logo was removed) and/or `colors` (always both, as the API requires). Empty object when
 * nothing changed.
 */
export function buildDetailsPatch(
  current: OrgDetails | undefined,
  values: OrgDetailsFormValues,
): UpdateOrgDetailsRequest {
  const patch: UpdateOrgDetailsRequest = {}
  const name = values.name.trim()
  if (name !== '' && name !== (current?.name ?? '')) {
    patch.name = name
  }
  const displayName = values.displayName.trim()
  if (displayName !== '' && displayName !== (current?.display_name ?? '')) {
    patch.display_name = displayName
  }

  const branding: NonNullable<UpdateOrgDetailsRequest['branding']> = {}
  const logoUrl = values.logoUrl.trim()
  const currentLogo = current?.branding?.logo_url ?? ''
  if (logoUrl !== currentLogo) {
    branding.logo_url = logoUrl === '' ? null : logoUrl
  }
  const colors = effectiveColors(values, current)
  const currentColors = current?.branding?.colors
  if (
    colors &&
    (!sameColor(colors.primary, currentColors?.primary) ||
      !sameColor(colors.page_background, currentColors?.page_background))
  ) {
    branding.colors = { primary: colors.primary, page_background: colors.page_background }
  }
  if (Object.keys(branding).length > 0) {
    patch.branding = branding
  }
  return patch
}

/** Where a server validation issue belongs in the form (`undefined`: no single field). */
export function formFieldForIssue(issue: FieldIssue): OrgDetailsFormFieldName | undefined {
  switch (issue.field) {
    case 'name':
      return 'name'
    case 'display_name':
      return 'displayName'
    case 'branding.logo_url':
      return 'logoUrl'
    case 'branding.colors.primary':
    case 'branding.colors':
      return 'primaryColor'
    case 'branding.colors.page_background':
      return 'pageBackgroundColor'
    default:
      return undefined
  }
}
