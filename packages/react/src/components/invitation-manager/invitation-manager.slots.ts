/**
 * The styling hooks of {@link InvitationManager}: each slot renders
 * `mk-InvitationManager-<slot>` and `data-slot="invitation-manager-<slot>"`, and takes
 * `classNames[slot]`.
 *
 * - `root`, `header`, `title`, `description`: the card and its heading.
 * - `notice`: the no-access, permission and loading states.
 * - `inviteForm`, `field`, `label`, `help`, `error`, `results`: the invite form and its outcome.
 * - `toolbar`: the selection count and "Revoke selected".
 * - `table`, `row`, `status`, `actions`: the list of invitations.
 * - `empty`, `footer`: the empty state; the count and "Load more".
 * - `dialog`: the revoke confirmation.
 */
export type InvitationManagerSlot =
  | 'root'
  | 'header'
  | 'title'
  | 'description'
  | 'notice'
  | 'inviteForm'
  | 'field'
  | 'label'
  | 'help'
  | 'error'
  | 'results'
  | 'toolbar'
  | 'table'
  | 'row'
  | 'status'
  | 'actions'
  | 'empty'
  | 'footer'
  | 'dialog'

/** What the manager was doing when an error happened (the `action` of `onError`). */
export type InvitationManagerAction = 'load' | 'invite' | 'resend' | 'revoke'
