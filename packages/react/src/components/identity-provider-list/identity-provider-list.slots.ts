/**
 * The styling hooks of {@link IdentityProviderList}: each slot renders
 * `mk-IdentityProviderList-<slot>` and `data-slot="identity-provider-list-<slot>"`, and takes
 * `classNames[slot]`.
 *
 * - `root`, `header`, `title`, `description`: the card and its heading.
 * - `notice`: the no-access, permission and loading states.
 * - `toolbar`: the count and "Add identity provider".
 * - `list`, `item`, `logo`, `switch`, `domains`, `details`, `actions`: the providers.
 * - `domainsEditor`: the link/unlink form of a provider.
 * - `result`: the attribute-mapping diff after a refresh.
 * - `empty`: the empty state.
 * - `panel`: the in-place wizard / provisioning region.
 * - `dialog`: the delete, remove and refresh confirmations.
 * - `field`, `label`, `help`, `error`: the delete confirmation's "type the name" field.
 */
export type IdentityProviderListSlot =
  | 'root'
  | 'header'
  | 'title'
  | 'description'
  | 'notice'
  | 'toolbar'
  | 'list'
  | 'item'
  | 'logo'
  | 'switch'
  | 'domains'
  | 'details'
  | 'actions'
  | 'domainsEditor'
  | 'result'
  | 'empty'
  | 'panel'
  | 'dialog'
  | 'field'
  | 'label'
  | 'help'
  | 'error'
