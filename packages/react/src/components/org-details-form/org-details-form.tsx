'use client'

import { zodResolver } from '@hookform/resolvers/zod'
import { MyOrgApiError, type OrgDetails } from '@myorg-kit/client'
import {
  type CSSProperties,
  type ReactNode,
  type Ref,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react'
import { type UseFormReturn, useForm, useWatch } from 'react-hook-form'

import { useOrgDetails, useUpdateOrgDetails } from '../../api/organization.queries.ts'
import type { MyOrgTranslator } from '../../i18n/translator.ts'
import type { DeepPartial, MyOrgMessageKey, MyOrgMessages } from '../../i18n/types.ts'
import { useMyOrgTranslator } from '../../i18n/use-my-org-translator.ts'
import { useMyOrgPermissions, useMyOrgSession } from '../../provider/use-my-org-session.ts'
import { cx, getSlotProps } from '../../theming/slots.ts'
import { useMyOrgRootProps } from '../../theming/use-my-org-root-props.ts'
import { MyOrgErrorNotice } from '../error-notice/error-notice.tsx'
import { renderAccessState } from '../shared/access-state.tsx'
import {
  ORG_BRANDING_DEFAULT_COLORS,
  type OrgDetailsFormFieldName,
  type OrgDetailsFormValues,
  buildDetailsPatch,
  createOrgDetailsSchema,
  effectiveColors,
  formFieldForIssue,
  isHttpsUrl,
  toFormValues,
  toPickerColor,
} from './org-details-form.schema.ts'
import type { OrgDetailsFormSlot } from './org-details-form.slots.ts'
import { orgDetailsFormMessages } from './org-details-form.messages.ts'

/** This component's US English texts: the base its locale bundle and overrides apply to. */
const ownTexts = { orgDetailsForm: orgDetailsFormMessages }

/** A group of fields {@link OrgDetailsForm} can show. */
export type OrgDetailsFormField = 'name' | 'displayName' | 'logo' | 'colors'

/** What the form was doing when an error happened: loading the details, or saving them. */
export type OrgDetailsFormAction = 'load' | 'save'

const ALL_FIELDS: readonly OrgDetailsFormField[] = ['name', 'displayName', 'logo', 'colors']

/** How long the logo URL must stay unchanged before the preview loads it. */
const LOGO_PREVIEW_DELAY_MS = 400

/** Props of {@link OrgDetailsForm}. */
export interface OrgDetailsFormProps {
  /**
   * Which fields to show, in the form's order. Hidden fields are never sent.
   * @default ['name', 'displayName', 'logo', 'colors']
   */
  fields?: readonly OrgDetailsFormField[]
  /**
   * Show the login page preview (logo, primary button, page background) next to the fields.
   * @default true
   */
  showPreview?: boolean
  /**
   * Show the details without letting anyone change them. The form is also read-only, with a
   * one-line reason, when the user's token lacks `update:my_org:details`.
   * @default false
   */
  readOnly?: boolean
  /**
   * Fires after a save succeeded, with the details the API returned.
   * @default undefined
   */
  onSaved?: (details: OrgDetails) => void
  /**
   * Fires on every failure the form shows: loading the details (`action: 'load'`) or saving
   * them (`action: 'save'`). The form explains the error itself; use this to log or report it.
   * @default undefined
   */
  onError?: (error: Error, context: { action: OrgDetailsFormAction }) => void
  /**
   * Heading level of the form's title, to fit the page outline.
   * @default 2
   */
  headingLevel?: 2 | 3 | 4 | 5 | 6
  /** Extra class on the root element, merged after library classes. @default undefined */
  className?: string
  /** Per-slot classes; see {@link OrgDetailsFormSlot}. @default undefined */
  classNames?: Partial<Record<OrgDetailsFormSlot, string>>
  /**
   * Text overrides for this instance, over the provider's `messages` (the form's texts are under
   * `orgDetailsForm`).
   * @default undefined
   */
  messages?: DeepPartial<MyOrgMessages>
  /** Render without library styles (CSS variables, classes and data attributes stay). @default false */
  unstyled?: boolean
  /** The root `<section>` element. @default undefined */
  ref?: Ref<HTMLElement>
}

/**
 * Lets a customer admin read and change their organization's name, display name, logo and login
 * page colours, with a live preview of the login page. Saves only what changed
 * (`PATCH /details`), keeps what the user typed when a save fails, and explains every failure
 * with the action that fixes it. Read-only without `update:my_org:details`; a "no access" state
 * (and no request) without `read:my_org:details`.
 *
 * @example
 * ```tsx
 * <MyOrgProvider domain="acme.eu.auth0.com">
 *   <OrgDetailsForm
 *     fields={['displayName', 'logo', 'colors']}
 *     onSaved={(details) => toast(`Saved ${details.display_name}`)}
 *     onError={(error, { action }) => reportError(error, { action })}
 *   />
 * </MyOrgProvider>
 * ```
 */
export function OrgDetailsForm(props: OrgDetailsFormProps): ReactNode {
  const {
    fields = ALL_FIELDS,
    showPreview = true,
    readOnly = false,
    onSaved,
    onError,
    headingLevel = 2,
    className,
    classNames,
    messages,
    unstyled,
    ref,
  } = props
  const translator = useMyOrgTranslator(messages, ownTexts)
  const { t } = translator
  const permissions = useMyOrgPermissions()
  const session = useMyOrgSession()
  const canRead = permissions.can('getOrganizationDetails')
  const canUpdate = permissions.can('updateOrganizationDetails')
  const details = useOrgDetails({ enabled: canRead })
  const titleId = useId()

  const rootSlot = getSlotProps('OrgDetailsForm', 'root', classNames)
  const rootProps = useMyOrgRootProps({
    componentClassName: cx('mk-OrgDetailsForm', rootSlot.className),
    className,
    unstyled,
  })

  const reportedLoadError = useRef<unknown>(null)
  useEffect(() => {
    if (details.error && reportedLoadError.current !== details.error) {
      reportedLoadError.current = details.error
      onError?.(details.error, { action: 'load' })
    }
  }, [details.error, onError])

  const Heading = `h${headingLevel}` as const
  const noticeHeadingLevel = Math.min(headingLevel + 1, 6) as 3 | 4 | 5 | 6
  const slot = (name: OrgDetailsFormSlot) => getSlotProps('OrgDetailsForm', name, classNames)
  const loading = permissions.status === 'loading' || (canRead && details.isPending)

  let content: ReactNode = renderAccessState({
    permissions,
    session,
    canRead,
    noAccess: {
      title: t('orgDetailsForm.noAccess.title'),
      description: t('orgDetailsForm.noAccess.description'),
    },
    noticeSlot: slot('notice'),
    headingLevel: noticeHeadingLevel,
    messages,
    unstyled,
  })
  if (content !== undefined) {
    // The session failed or the read scope is missing: nothing to load.
  } else if (details.data) {
    content = (
      <DetailsForm
        details={details.data}
        fields={fields}
        showPreview={showPreview}
        locked={readOnly || !canUpdate}
        lockedByPermission={!readOnly && !canUpdate}
        translator={translator}
        slot={slot}
        noticeHeadingLevel={noticeHeadingLevel}
        messages={messages}
        unstyled={unstyled}
        onSaved={onSaved}
        onError={onError}
      />
    )
  } else if (details.error) {
    content = (
      <MyOrgErrorNotice
        error={details.error}
        onRetry={() => void details.refetch()}
        headingLevel={noticeHeadingLevel}
        messages={messages}
        unstyled={unstyled}
      />
    )
  } else {
    content = <LoadingFields label={t('orgDetailsForm.loading')} slot={slot} />
  }

  const headerSlot = slot('header')
  const titleSlot = slot('title')
  const descriptionSlot = slot('description')
  return (
    <section
      {...rootProps}
      ref={ref}
      data-slot={rootSlot['data-slot']}
      aria-labelledby={titleId}
      aria-busy={loading || undefined}
    >
      <header {...headerSlot}>
        <Heading {...titleSlot} id={titleId}>
          {t('orgDetailsForm.title')}
        </Heading>
        <p {...descriptionSlot}>{t('orgDetailsForm.description')}</p>
      </header>
      {content}
    </section>
  )
}

type SlotFn = (name: OrgDetailsFormSlot) => ReturnType<typeof getSlotProps>

/** Skeleton rows while the token or the details load: never an endless spinner. */
function LoadingFields(props: { label: string; slot: SlotFn }): ReactNode {
  const noticeSlot = props.slot('notice')
  return (
    <div
      {...noticeSlot}
      className={cx(noticeSlot.className, 'mk-OrgDetailsForm-loading')}
      role="status"
      aria-label={props.label}
    >
      {[0, 1, 2].map((row) => (
        <div key={row} className="mk-OrgDetailsForm-skeletonField">
          <span className="mk-skeleton" style={{ inlineSize: '7rem' }} />
          <span className="mk-skeleton" style={{ blockSize: '2.25rem' }} />
        </div>
      ))}
    </div>
  )
}

interface DetailsFormProps {
  details: OrgDetails
  fields: readonly OrgDetailsFormField[]
  showPreview: boolean
  locked: boolean
  lockedByPermission: boolean
  translator: MyOrgTranslator
  slot: SlotFn
  noticeHeadingLevel: 3 | 4 | 5 | 6
  messages: DeepPartial<MyOrgMessages> | undefined
  unstyled: boolean | undefined
  onSaved: ((details: OrgDetails) => void) | undefined
  onError: ((error: Error, context: { action: OrgDetailsFormAction }) => void) | undefined
}

/** The form itself, once the details are loaded. */
function DetailsForm(props: DetailsFormProps): ReactNode {
  const { details, fields, showPreview, locked, translator, slot, onSaved, onError } = props
  const { t } = translator
  const schema = useMemo(() => createOrgDetailsSchema(t), [t])
  const serverValues = useMemo(() => toFormValues(details), [details])
  const form = useForm<OrgDetailsFormValues>({
    // Following `values` keeps the form in step with refetches; keepDirtyValues means a
    // refetch never overwrites what the user typed.
    values: serverValues,
    resetOptions: { keepDirtyValues: true },
    resolver: zodResolver(schema),
    // 'onChange', not 'onTouched': with onTouched, a pasted value (one input event) left
    // isValid stale until blur, so Save stayed disabled and the user's click was lost.
    mode: 'onChange',
  })
  const { control, formState, handleSubmit, reset, setError } = form
  const watched = useWatch({ control })
  const values: OrgDetailsFormValues = { ...serverValues, ...watched }
  const update = useUpdateOrgDetails()
  const [justSaved, setJustSaved] = useState(false)

  const patch = buildDetailsPatch(details, values)
  const hasChanges = Object.keys(patch).length > 0
  const saving = update.isPending
  const editable = !locked && !saving
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
        onSaved?.(saved)
      },
      onError: (error) => {
        if (error instanceof MyOrgApiError) {
          let focused = false
          for (const issue of error.validationErrors) {
            const field = formFieldForIssue(issue)
            if (field) {
              setError(
                field,
                { type: 'server', message: serverIssueMessage(t, field, issue.message) },
                { shouldFocus: !focused },
              )
              focused = true
            }
          }
        }
        onError?.(error, { action: 'save' })
      },
    })
  })

  const discard = (): void => {
    reset(serverValues, { keepDirtyValues: false })
    update.reset()
    setJustSaved(false)
  }

  // A validation failure whose fields the user has since fixed needs no notice any more.
  const saveError = update.error
  const showSaveError =
    saveError !== null &&
    !(
      saveError instanceof MyOrgApiError &&
      saveError.validationErrors.some((issue) => formFieldForIssue(issue)) &&
      !hasFieldErrors
    )

  const ids = {
    name: useId(),
    displayName: useId(),
    logoUrl: useId(),
    primaryColor: useId(),
    pageBackgroundColor: useId(),
  }
  const formSlot = slot('form')
  const bodySlot = slot('body')
  const fieldsSlot = slot('fields')
  const footerSlot = slot('footer')
  const statusSlot = slot('status')
  const actionsSlot = slot('actions')
  const noticeSlot = slot('notice')

  const shared = { form, editable, locked, slot, t, ids }
  return (
    <form
      {...formSlot}
      noValidate
      aria-busy={saving || undefined}
      onSubmit={(event) => void submit(event)}
    >
      {props.lockedByPermission ? (
        <p {...noticeSlot} className={cx(noticeSlot.className, 'mk-OrgDetailsForm-readOnly')}>
          {t('orgDetailsForm.readOnly')}
        </p>
      ) : null}
      <div {...bodySlot} data-preview={showPreview || undefined}>
        <div {...fieldsSlot}>
          {fields.map((field) => {
            switch (field) {
              case 'name':
                return (
                  <TextField
                    key={field}
                    {...shared}
                    name="name"
                    label={t('orgDetailsForm.fields.name.label')}
                    help={t('orgDetailsForm.fields.name.help')}
                    autoComplete="off"
                  />
                )
              case 'displayName':
                return (
                  <TextField
                    key={field}
                    {...shared}
                    name="displayName"
                    label={t('orgDetailsForm.fields.displayName.label')}
                    help={t('orgDetailsForm.fields.displayName.help')}
                    autoComplete="organization"
                  />
                )
              case 'logo':
                return <LogoField key={field} {...shared} logoUrl={values.logoUrl} />
              case 'colors':
                return <ColorFields key={field} {...shared} values={values} details={details} />
              default:
                return field satisfies never
            }
          })}
        </div>
        {showPreview ? <LoginPreview values={values} details={details} slot={slot} t={t} /> : null}
      </div>

      {showSaveError ? (
        <MyOrgErrorNotice
          error={saveError}
          onRetry={() => void submit()}
          headingLevel={props.noticeHeadingLevel}
          messages={props.messages}
          unstyled={props.unstyled}
        />
      ) : null}

      {locked ? null : (
        <div {...footerSlot}>
          <div {...statusSlot}>
            {hasChanges ? (
              <p className="mk-OrgDetailsForm-unsaved">
                {!formState.isValid && hasFieldErrors
                  ? t('orgDetailsForm.status.fixErrors')
                  : t('common.status.unsavedChanges')}
              </p>
            ) : null}
            <p role="status" className="mk-OrgDetailsForm-saved">
              {justSaved && !hasChanges ? t('orgDetailsForm.status.saved') : ''}
            </p>
          </div>
          <div {...actionsSlot}>
            <button
              type="button"
              className="mk-button"
              disabled={!hasChanges || saving}
              onClick={discard}
            >
              {t('common.actions.discard')}
            </button>
            <button
              type="submit"
              className="mk-button"
              data-variant="primary"
              disabled={!hasChanges || !formState.isValid || saving}
            >
              {saving ? <span className="mk-spinner" aria-hidden="true" /> : null}
              {saving ? t('common.actions.saving') : t('common.actions.save')}
            </button>
          </div>
        </div>
      )}
    </form>
  )
}

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

interface FieldProps {
  form: UseFormReturn<OrgDetailsFormValues>
  editable: boolean
  locked: boolean
  slot: SlotFn
  t: MyOrgTranslator['t']
  ids: Record<OrgDetailsFormFieldName, string>
}

/** Ids of a field's help, hint and error texts, joined for `aria-describedby`. */
function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const joined = ids.filter(Boolean).join(' ')
  return joined === '' ? undefined : joined
}

function FieldError(props: { id: string; message: string | undefined; slot: SlotFn }): ReactNode {
  const errorSlot = props.slot('error')
  if (!props.message) {
    return null
  }
  return (
    <p {...errorSlot} className={cx(errorSlot.className, 'mk-field-error')} id={props.id}>
      {props.message}
    </p>
  )
}

function Help(props: { id: string; children: ReactNode; slot: SlotFn }): ReactNode {
  const helpSlot = props.slot('help')
  return (
    <p {...helpSlot} className={cx(helpSlot.className, 'mk-description')} id={props.id}>
      {props.children}
    </p>
  )
}

function TextField(
  props: FieldProps & {
    name: 'name' | 'displayName'
    label: string
    help: string
    autoComplete: string
  },
): ReactNode {
  const { form, name, slot, editable, ids } = props
  const id = ids[name]
  const error = form.formState.errors[name]?.message
  const inputSlot = slot('input')
  return (
    <FieldShell name={name} id={id} label={props.label} help={props.help} error={error} slot={slot}>
      <input
        {...form.register(name)}
        {...inputSlot}
        className={cx(inputSlot.className, 'mk-input')}
        id={id}
        type="text"
        autoComplete={props.autoComplete}
        spellCheck={false}
        readOnly={!editable}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(`${id}-help`, error && `${id}-error`)}
      />
    </FieldShell>
  )
}

/**
 * What every field shares: the wrapper with its state attributes, the label, the help text and
 * the error, wired by id. `children` is the control; `after` goes between help and error.
 */
function FieldShell(props: {
  name: string
  id: string
  label: string
  help: string
  error: string | undefined
  slot: FieldProps['slot']
  after?: ReactNode
  children: ReactNode
}): ReactNode {
  const { name, id, error, slot } = props
  const fieldSlot = slot('field')
  const labelSlot = slot('label')
  return (
    <div
      {...fieldSlot}
      className={cx(fieldSlot.className, 'mk-field')}
      data-field={name}
      data-invalid={error ? '' : undefined}
    >
      <label {...labelSlot} className={cx(labelSlot.className, 'mk-label')} htmlFor={id}>
        {props.label}
      </label>
      {props.children}
      <Help id={`${id}-help`} slot={slot}>
        {props.help}
      </Help>
      {props.after}
      <FieldError id={`${id}-error`} message={error} slot={slot} />
    </div>
  )
}

/** `value` once it has stopped changing for `delayMs`. */
function useSettledValue(value: string, delayMs: number): string {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => {
      setSettled(value)
    }, delayMs)
    return () => {
      clearTimeout(timer)
    }
  }, [value, delayMs])
  return settled
}

/** The logo URL that can be shown: settled, https and well-formed. */
function usePreviewLogo(logoUrl: string): string | undefined {
  const settled = useSettledValue(logoUrl.trim(), LOGO_PREVIEW_DELAY_MS)
  return isHttpsUrl(settled) ? settled : undefined
}

function LogoField(props: FieldProps & { logoUrl: string }): ReactNode {
  const { form, slot, editable, locked, ids, t, logoUrl } = props
  const id = ids.logoUrl
  const error = form.formState.errors.logoUrl?.message
  const previewUrl = usePreviewLogo(logoUrl)
  const [brokenUrl, setBrokenUrl] = useState<string | undefined>(undefined)
  const broken = previewUrl !== undefined && brokenUrl === previewUrl
  const fieldSlot = slot('field')
  const labelSlot = slot('label')
  const inputSlot = slot('input')
  const logoSlot = slot('logo')
  return (
    <div
      {...fieldSlot}
      className={cx(fieldSlot.className, 'mk-field')}
      data-field="logoUrl"
      data-invalid={error ? '' : undefined}
    >
      <label {...labelSlot} className={cx(labelSlot.className, 'mk-label')} htmlFor={id}>
        {t('orgDetailsForm.fields.logo.label')}
      </label>
      <div className="mk-OrgDetailsForm-logoRow">
        <div {...logoSlot} data-state={broken ? 'broken' : previewUrl ? 'loaded' : 'empty'}>
          {previewUrl && !broken ? (
            <img
              key={previewUrl}
              src={previewUrl}
              alt={t('orgDetailsForm.fields.logo.previewAlt')}
              onError={() => {
                setBrokenUrl(previewUrl)
              }}
            />
          ) : (
            <span className="mk-OrgDetailsForm-logoEmpty" aria-hidden="true" />
          )}
        </div>
        <input
          {...form.register('logoUrl')}
          {...inputSlot}
          className={cx(inputSlot.className, 'mk-input')}
          id={id}
          type="url"
          inputMode="url"
          autoComplete="url"
          spellCheck={false}
          placeholder={t('orgDetailsForm.fields.logo.placeholder')}
          readOnly={!editable}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(
            `${id}-help`,
            broken && !error && `${id}-broken`,
            error && `${id}-error`,
          )}
        />
        {!locked && logoUrl.trim() !== '' ? (
          <button
            type="button"
            className="mk-button mk-OrgDetailsForm-removeLogo"
            data-variant="ghost"
            data-size="sm"
            disabled={!editable}
            onClick={() => {
              form.setValue('logoUrl', '', {
                shouldDirty: true,
                shouldTouch: true,
                shouldValidate: true,
              })
            }}
          >
            {t('orgDetailsForm.fields.logo.remove')}
          </button>
        ) : null}
      </div>
      <Help id={`${id}-help`} slot={slot}>
        {t('orgDetailsForm.fields.logo.help')}
      </Help>
      {broken && !error ? (
        <p className="mk-OrgDetailsForm-warning" id={`${id}-broken`}>
          {t('orgDetailsForm.fields.logo.broken')}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} slot={slot} />
    </div>
  )
}

function ColorFields(
  props: FieldProps & { values: OrgDetailsFormValues; details: OrgDetails },
): ReactNode {
  const { slot, t, values, details } = props
  const colors = effectiveColors(values, details)
  const fieldSlot = slot('field')
  const hintKey =
    colors?.reason === 'cleared'
      ? 'orgDetailsForm.fields.colors.resetToDefault'
      : 'orgDetailsForm.fields.colors.filledWithDefault'
  return (
    <fieldset
      {...fieldSlot}
      className={cx(fieldSlot.className, 'mk-OrgDetailsForm-colors')}
      data-field="colors"
      aria-describedby={`${props.ids.primaryColor}-group-help`}
    >
      <legend className="mk-label">{t('orgDetailsForm.fields.colors.legend')}</legend>
      <p className="mk-description" id={`${props.ids.primaryColor}-group-help`}>
        {t('orgDetailsForm.fields.colors.help')}
      </p>
      <div className="mk-OrgDetailsForm-colorGrid">
        <ColorField
          {...props}
          name="primaryColor"
          label={t('orgDetailsForm.fields.colors.primary.label')}
          pickerLabel={t('orgDetailsForm.fields.colors.primary.picker')}
          help={t('orgDetailsForm.fields.colors.primary.help')}
          defaultColor={ORG_BRANDING_DEFAULT_COLORS.primary}
          hint={
            colors?.filled.primary
              ? t(hintKey, { color: ORG_BRANDING_DEFAULT_COLORS.primary })
              : undefined
          }
        />
        <ColorField
          {...props}
          name="pageBackgroundColor"
          label={t('orgDetailsForm.fields.colors.pageBackground.label')}
          pickerLabel={t('orgDetailsForm.fields.colors.pageBackground.picker')}
          help={t('orgDetailsForm.fields.colors.pageBackground.help')}
          defaultColor={ORG_BRANDING_DEFAULT_COLORS.page_background}
          hint={
            colors?.filled.page_background
              ? t(hintKey, { color: ORG_BRANDING_DEFAULT_COLORS.page_background })
              : undefined
          }
        />
      </div>
    </fieldset>
  )
}

function ColorField(
  props: FieldProps & {
    name: 'primaryColor' | 'pageBackgroundColor'
    values: OrgDetailsFormValues
    label: string
    pickerLabel: string
    help: string
    defaultColor: string
    hint: string | undefined
  },
): ReactNode {
  const { form, name, slot, editable, ids, values } = props
  const id = ids[name]
  const error = form.formState.errors[name]?.message
  const pickerValue = toPickerColor(values[name]) ?? toPickerColor(props.defaultColor) ?? '#000000'
  const inputSlot = slot('input')
  const pickerSlot = slot('colorPicker')
  return (
    <FieldShell
      name={name}
      id={id}
      label={props.label}
      help={props.help}
      error={error}
      slot={slot}
      after={
        props.hint ? (
          <p className="mk-OrgDetailsForm-hint" id={`${id}-hint`}>
            {props.hint}
          </p>
        ) : null
      }
    >
      <div className="mk-OrgDetailsForm-colorControl">
        <input
          {...pickerSlot}
          type="color"
          value={pickerValue}
          aria-label={props.pickerLabel}
          disabled={!editable}
          onChange={(event) => {
            form.setValue(name, event.target.value.toUpperCase(), {
              shouldDirty: true,
              shouldTouch: true,
              shouldValidate: true,
            })
          }}
        />
        <input
          {...form.register(name)}
          {...inputSlot}
          className={cx(inputSlot.className, 'mk-input')}
          id={id}
          type="text"
          autoComplete="off"
          spellCheck={false}
          placeholder={props.hint ? props.defaultColor : '#RRGGBB'}
          readOnly={!editable}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(
            `${id}-help`,
            props.hint && `${id}-hint`,
            error && `${id}-error`,
          )}
        />
      </div>
    </FieldShell>
  )
}

/** Black or white, whichever reads better on `hex` (WCAG relative luminance). */
function readableOn(hex: string): string {
  const channels = [1, 3, 5].map((start) => {
    const value = parseInt(hex.slice(start, start + 2), 16) / 255
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4
  })
  const [r = 0, g = 0, b = 0] = channels
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.05 ? '#ffffff' : '#000000'
}

/** A miniature of the login page that follows the fields as they are typed. */
function LoginPreview(props: {
  values: OrgDetailsFormValues
  details: OrgDetails
  slot: SlotFn
  t: MyOrgTranslator['t']
}): ReactNode {
  const { values, details, slot, t } = props
  const titleId = useId()
  const captionId = useId()
  const logo = usePreviewLogo(values.logoUrl)
  const [brokenLogo, setBrokenLogo] = useState<string | undefined>(undefined)
  const saved = details.branding?.colors
  const colors = effectiveColors(values, details)
  const pick = (typed: string, planned: string | undefined, fallback: string): string =>
    toPickerColor(typed) ??
    (typed.trim() === '' && planned ? toPickerColor(planned) : undefined) ??
    toPickerColor(fallback) ??
    fallback
  const primary = pick(
    values.primaryColor,
    colors?.primary,
    saved?.primary ?? ORG_BRANDING_DEFAULT_COLORS.primary,
  )
  const background = pick(
    values.pageBackgroundColor,
    colors?.page_background,
    saved?.page_background ?? ORG_BRANDING_DEFAULT_COLORS.page_background,
  )
  const name = values.displayName.trim() || details.display_name || values.name
  const previewSlot = slot('preview')
  const style = {
    '--mk-OrgDetailsForm-page': background,
    '--mk-OrgDetailsForm-brand': primary,
    '--mk-OrgDetailsForm-brand-contrast': readableOn(primary),
  } as CSSProperties
  return (
    <figure {...previewSlot} aria-labelledby={titleId} aria-describedby={captionId}>
      <p className="mk-OrgDetailsForm-previewLabel" id={titleId}>
        {t('orgDetailsForm.preview.label')}
      </p>
      <div className="mk-OrgDetailsForm-previewPage" style={style} aria-hidden="true">
        <div className="mk-OrgDetailsForm-previewCard">
          {logo && brokenLogo !== logo ? (
            <img
              key={logo}
              className="mk-OrgDetailsForm-previewLogo"
              src={logo}
              alt=""
              onError={() => {
                setBrokenLogo(logo)
              }}
            />
          ) : null}
          <p className="mk-OrgDetailsForm-previewTitle">{t('orgDetailsForm.preview.welcome')}</p>
          <p className="mk-OrgDetailsForm-previewText">
            {t('orgDetailsForm.preview.subtitle', { name })}
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
