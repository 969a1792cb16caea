/**
 * The styling hooks of {@link OrgDetailsForm}: each slot renders `mk-OrgDetailsForm-<slot>` and
 * `data-slot="org-details-form-<slot>"`, and takes `classNames[slot]`.
 *
 * - `root`, `header`, `title`, `description`: the card and its heading.
 * - `notice`: the read-only, no-access and loading states.
 * - `form`, `body`, `fields`, `field`, `label`, `input`, `help`, `error`: the form and each field.
 * - `logo`: the logo thumbnail next to the logo URL; `colorPicker`: the native colour inputs.
 * - `preview`: the login page preview.
 * - `footer`, `status`, `actions`: unsaved/saved state and the Save and Discard buttons.
 */
export type OrgDetailsFormSlot =
  | 'root'
  | 'header'
  | 'title'
  | 'description'
  | 'notice'
  | 'form'
  | 'body'
  | 'fields'
  | 'field'
  | 'label'
  | 'input'
  | 'help'
  | 'error'
  | 'logo'
  | 'colorPicker'
  | 'preview'
  | 'footer'
  | 'status'
  | 'actions'
