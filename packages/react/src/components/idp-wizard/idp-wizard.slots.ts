/**
 * The styling hooks of {@link IdpWizard}: each slot renders `mk-IdpWizard-<slot>` and
 * `data-slot="idp-wizard-<slot>"`, and takes `classNames[slot]`.
 *
 * - `root`, `header`, `title`, `description`: the card and its heading.
 * - `progress`, `progressItem`: the step indicator (`aria-current="step"` on the current one).
 * - `notice`: access, locked and error notes.
 * - `step`, `stepHeading`: the current step and its heading (focused on every step change).
 * - `strategyList`, `strategyOption`, `logo`: the provider picker.
 * - `valueList`, `value`: the values for the IdP admin, each with a copy button; `guide`: the
 *   per-vendor steps; `sheet`: the print/download buttons.
 * - `field`, `label`, `input`, `help`, `error`: every field; `certificate`: a certificate's
 *   subject and expiry.
 * - `summary`: the review list.
 * - `footer`, `actions`: Back, Continue, Create/Save and Cancel.
 * - `dialog`: the "leave without saving?" confirmation.
 */
export type IdpWizardSlot =
  | 'root'
  | 'header'
  | 'title'
  | 'description'
  | 'progress'
  | 'progressItem'
  | 'notice'
  | 'step'
  | 'stepHeading'
  | 'strategyList'
  | 'strategyOption'
  | 'logo'
  | 'valueList'
  | 'value'
  | 'guide'
  | 'sheet'
  | 'field'
  | 'label'
  | 'input'
  | 'help'
  | 'error'
  | 'certificate'
  | 'summary'
  | 'footer'
  | 'actions'
  | 'dialog'
