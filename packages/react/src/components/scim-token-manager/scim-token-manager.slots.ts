/**
 * The styling hooks of {@link ScimTokenManager}: each slot renders `mk-ScimTokenManager-<slot>`
 * and `data-slot="scim-token-manager-<slot>"`, and takes `classNames[slot]`.
 *
 * - `root`, `header`, `title`, `description`: the card and its heading.
 * - `notice`: the no-access, permission, unsupported and loading states.
 * - `setup`: the "not set up" view with "Enable SCIM provisioning".
 * - `details`: endpoint URL, user id attribute and dates; `mapping`: the attribute table.
 * - `actions`: refresh and disable buttons.
 * - `tokens`: the token section; `table`, `row`, `status` inside it.
 * - `rotation`: the inline rotation guide.
 * - `createForm`: the lifetime picker and "Create token"; `field`, `label`, `help`, `error`: its
 *   custom number of days.
 * - `dialog`: the confirmation dialogs; `revealDialog`: the show-once token dialog.
 */
export type ScimTokenManagerSlot =
  | 'root'
  | 'header'
  | 'title'
  | 'description'
  | 'notice'
  | 'setup'
  | 'details'
  | 'mapping'
  | 'actions'
  | 'tokens'
  | 'table'
  | 'row'
  | 'status'
  | 'rotation'
  | 'createForm'
  | 'field'
  | 'label'
  | 'help'
  | 'error'
  | 'dialog'
  | 'revealDialog'
