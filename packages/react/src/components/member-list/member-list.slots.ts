/**
 * The styling hooks of {@link MemberList}: each slot renders `mk-MemberList-<slot>` and
 * `data-slot="member-list-<slot>"`, and takes `classNames[slot]`.
 *
 * - `root`, `header`, `title`, `description`: the card and its heading.
 * - `notice`: the no-access, permission and loading states.
 * - `filter`, `field`, `label`, `help`, `error`: the filter box and the dialogs' fields.
 * - `toolbar`: the selection count and "Remove selected".
 * - `table`, `row`, `avatar`, `roles`, `actions`: the list of members.
 * - `empty`, `footer`: the empty state; the count and "Load more".
 * - `dialog`: the member's details and the removal confirmation.
 */
export type MemberListSlot =
  | 'root'
  | 'header'
  | 'title'
  | 'description'
  | 'notice'
  | 'filter'
  | 'field'
  | 'label'
  | 'help'
  | 'error'
  | 'toolbar'
  | 'table'
  | 'row'
  | 'avatar'
  | 'roles'
  | 'actions'
  | 'empty'
  | 'footer'
  | 'dialog'

/** What the list was doing when an error happened (the `action` of `onError`). */
export type MemberListAction = 'load' | 'loadRoles' | 'assignRoles' | 'unassignRoles' | 'remove'
