'use client'

import type { OrgDetails } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import { useOrgDetails } from '../../api/organization.queries.ts'
import { ComponentFrame } from '../../kit/component-frame.tsx'
import { ErrorNotice } from '../../kit/error-notice.tsx'
import { type CommonComponentProps, useMyOrgComponent } from '../../kit/use-my-org-component.ts'
import { useReportOnce } from '../../kit/use-report-once.ts'
import { DetailsForm } from './details-form.tsx'
import { LoadingFields } from './loading-fields.tsx'
import { orgDetailsFormMessages } from './org-details-form.messages.ts'
import type { OrgDetailsFormSlot } from './org-details-form.slots.ts'
import type { OrgDetailsFormAction, OrgDetailsFormField } from './org-details-form.types.ts'

/** This component's US English texts: the base its locale bundle and overrides apply to. */
const ownTexts = { orgDetailsForm: orgDetailsFormMessages }
const ALL_FIELDS: readonly OrgDetailsFormField[] = ['name', 'displayName', 'logo', 'colors']

/** Props of {@link OrgDetailsForm}. */
export interface OrgDetailsFormProps extends CommonComponentProps<
  OrgDetailsFormSlot,
  OrgDetailsFormAction
> {
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
  /** Fires after a save succeeded, with the details the API returned. @default undefined */
  onSaved?: (details: OrgDetails) => void
  /**
   * Fires on every failure the form shows: loading the details (`action: 'load'`), saving
   * them (`action: 'save'`) or, for a bug, rendering (`action: 'render'`). The form explains the
   * error itself; use this to log or report it.
   * @default undefined
   */
  onError?: (error: Error, context: { action: OrgDetailsFormAction }) => void
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
  const { fields = ALL_FIELDS, showPreview = true, readOnly = false, onSaved, ref } = props
  const kit = useMyOrgComponent<OrgDetailsFormSlot, OrgDetailsFormAction>('OrgDetailsForm', props, {
    texts: ownTexts,
    read: 'getOrganizationDetails',
    noAccess: 'orgDetailsForm',
  })
  const details = useOrgDetails({ enabled: kit.canRead })
  useReportOnce(kit.reportError, details.error, 'load')
  const canUpdate = kit.can('updateOrganizationDetails')
  return (
    <ComponentFrame
      kit={kit}
      rootRef={ref}
      title={kit.t('orgDetailsForm.title')}
      description={kit.t('orgDetailsForm.description')}
      busy={kit.canRead && details.isPending}
    >
      {() =>
        details.data ? (
          <DetailsForm
            details={details.data}
            fields={fields}
            showPreview={showPreview}
            locked={readOnly || !canUpdate}
            lockedByPermission={!readOnly && !canUpdate}
            onSaved={onSaved}
          />
        ) : details.error ? (
          <ErrorNotice error={details.error} onRetry={() => void details.refetch()} />
        ) : (
          <LoadingFields />
        )
      }
    </ComponentFrame>
  )
}
