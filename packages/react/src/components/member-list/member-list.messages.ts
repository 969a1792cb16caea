/**
 * Texts of `MemberList` (US English), composed into `enUS.memberList`. Override any of them with
 * the provider's or the component's `messages` prop.
 */
export const memberListMessages = {
  title: 'Members',
  description: 'The people in your organization, their roles, and when they last signed in.',
  loading: 'Loading members…',
  caption: 'Your organization’s members',
  noAccess: {
    title: 'You don’t have access to your organization’s members',
    description:
      'Viewing members needs the read:my_org:members permission. Ask an administrator of your organization for access.',
  },
  permissions: {
    missing: 'Not available with your access: {actions}.',
    viewRoles: 'seeing roles (needs read:my_org:member_roles)',
    assign: 'giving roles (needs create:my_org:member_roles)',
    unassign: 'removing roles (needs delete:my_org:member_roles)',
    remove: 'removing members (needs delete:my_org:memberships)',
  },
  filter: {
    label: 'Filter members',
    placeholder: 'Name or email',
    helpPartial:
      '{count, plural, one {Searches the # member loaded so far} other {Searches the # members loaded so far}}, by name or email. Load more to search further.',
    helpAll:
      '{count, plural, one {Searches the # member} other {Searches all # members}}, by name or email.',
    noMatch: 'No loaded member matches “{query}”.',
    matches: '{count, plural, =0 {No match} one {# match} other {# matches}}',
  },
  columns: {
    select: 'Select',
    member: 'Member',
    roles: 'Roles',
    lastLogin: 'Last sign-in',
    joined: 'Joined',
    actions: 'Actions',
  },
  never: 'Never',
  unnamed: 'Unnamed member',
  moreRoles: '+{count}',
  noRoles: 'No roles',
  you: 'You',
  select: 'Select {name}',
  selectAll: 'Select every member shown',
  empty: {
    title: 'No members yet',
    description: 'Invite people to your organization: once they accept, they are listed here.',
  },
  count: '{count, plural, =0 {No members} one {Showing # member} other {Showing # members}}',
  allLoaded: 'All members are shown.',
  loadingMore: 'Loading more members…',
  selection: {
    count: '{count, plural, one {# member selected} other {# members selected}}',
    remove: 'Remove selected',
    clear: 'Clear selection',
  },
  actions: {
    manage: 'Manage {name}',
    manageShort: 'Manage',
  },
  details: {
    close: 'Close',
    roles: 'Roles',
    rolesLoading: 'Loading roles…',
    noRoles: '{name} has no role yet.',
    moreRoles: 'Show more roles',
    unassign: 'Remove the role {role} from {name}',
    unassignShort: 'Remove',
    assigned: '{role} was given to {name}.',
    unassigned: '{role} was removed from {name}.',
    addRoles: 'Give a role',
    lastLogin: 'Last sign-in: {date}',
    joined: 'Joined: {date}',
    removeSection: 'Membership',
    removeHelp: 'Removing someone ends their membership; their user account stays.',
    remove: 'Remove from organization',
  },
  remove: {
    title: 'Remove {name} from the organization?',
    titleMany:
      '{count, plural, one {Remove # member from the organization?} other {Remove # members from the organization?}}',
    description:
      'They lose access to the organization at once. Their user account is not deleted, and you can invite them again.',
    self: 'This is you. Once removed, you lose access to this organization, including this page.',
    confirm: 'Remove',
    confirmMany: '{count, plural, one {Remove # member} other {Remove # members}}',
    pending: 'Removing {done} of {total}…',
    removed: '{name} was removed from the organization.',
    removedMany: '{count, plural, one {# member was removed} other {# members were removed}}.',
    partialTitle: 'Some members were not removed',
    partial:
      '{removed, plural, =0 {No member was removed} one {# member was removed} other {# members were removed}}; {failed, plural, one {# was not} other {# were not}}:',
    failure: '{name}: {reason}',
  },
}

/** `MemberList`'s texts. */
export type MemberListMessages = typeof memberListMessages
