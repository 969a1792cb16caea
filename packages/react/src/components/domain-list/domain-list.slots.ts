/**
 * The styling hooks of {@link DomainList}: each slot renders `mk-DomainList-<slot>` and
 * `data-slot="domain-list-<slot>"`, and takes `classNames[slot]`.
 *
 * - `root`, `header`, `title`, `description`: the card and its heading.
 * - `notice`: the no-access, permission and loading states.
 * - `addForm`, `input`, `preview`, `error`: the "Add a domain" form.
 * - `table`, `row`, `status`, `actions`: the list of domains.
 * - `panel`: the verification panel (TXT record, copy buttons, outcome).
 * - `empty`, `footer`: the empty state; the count and "Load more".
 * - `dialog`: the delete confirmation.
 */
export type DomainListSlot =
  | 'root'
  | 'header'
  | 'title'
  | 'description'
  | 'notice'
  | 'addForm'
  | 'input'
  | 'preview'
  | 'error'
  | 'table'
  | 'row'
  | 'status'
  | 'actions'
  | 'panel'
  | 'empty'
  | 'footer'
  | 'dialog'

/** What the list was doing when an error happened (the `action` of `onError`). */
export type DomainListAction = 'load' | 'create' | 'verify' | 'delete'
