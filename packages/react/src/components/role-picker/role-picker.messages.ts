/** Texts of the role picker shared by `MemberList` and `InvitationManager` (US English). */
export const rolePickerMessages = {
  label: 'Find a role',
  help: 'Type part of a role’s name to search all of the organization’s roles.',
  results: 'Roles',
  add: 'Add',
  addRole: 'Add the role {role}',
  none: 'No role matches “{query}”.',
  searching: 'Searching roles…',
  alreadyHeld: 'Added',
}

/** The role picker's texts. */
export type RolePickerMessages = typeof rolePickerMessages
