/**
 * Texts of `InvitationManager` (US English), composed into `enUS.invitationManager`. Override
 * any of them with the provider's or the component's `messages` prop.
 */
export const invitationManagerMessages = {
  title: 'Invitations',
  description: 'Invite people to your organization and follow the invitations not yet accepted.',
  loading: 'Loading invitations…',
  caption: 'Invitations not yet accepted',
  noAccess: {
    title: 'You don’t have access to your organization’s invitations',
    description:
      'Viewing invitations needs the read:my_org:member_invitations permission. Ask an administrator of your organization for access.',
  },
  permissions: {
    missing: 'Not available with your access: {actions}.',
    invite: 'inviting people (needs create:my_org:member_invitations)',
    revoke: 'revoking invitations (needs delete:my_org:member_invitations)',
    roles: 'choosing roles (needs read:my_org:member_roles)',
  },
  invite: {
    legend: 'Invite people',
    addresses: 'Email addresses',
    addressesHelp:
      'Paste or type as many as you like, separated by commas, spaces or new lines. Duplicates are sent once.',
    summary:
      '{count, plural, =0 {No address to invite yet} one {# address will be invited} other {# addresses will be invited}}',
    duplicates: '{count, plural, one {# duplicate folded} other {# duplicates folded}}',
    invalid:
      '{count, plural, one {Not a valid address, won’t be sent:} other {Not valid addresses, won’t be sent:}} {addresses}',
    noAddress: 'Enter at least one valid email address.',
    roles: 'Roles given on acceptance',
    noRolesChosen: 'No role chosen: they join without roles.',
    removeRole: 'Don’t give {role}',
    tooManyRoles: 'An invitation gives at most 10 roles.',
    provider: 'Sign in with',
    anyProvider: 'The organization’s usual sign-in',
    providerHelp: 'Optional: the identity provider invitees must use to accept.',
    lifetime: 'Link valid for (days)',
    lifetimeHelp: 'From 1 to 30 days.',
    lifetimeInvalid: 'Enter a whole number of days from 1 to 30.',
    submit:
      '{count, plural, =0 {Send invitations} one {Send # invitation} other {Send # invitations}}',
    pending: 'Sending {done} of {total}…',
    sent: '{count, plural, one {# invitation was sent} other {# invitations were sent}}.',
    partialTitle: 'Some invitations were not sent',
    resultFailed: '{email}: {reason}',
  },
  columns: {
    select: 'Select',
    invitee: 'Invitee',
    roles: 'Roles',
    inviter: 'Invited by',
    sent: 'Sent',
    expires: 'Expires',
    actions: 'Actions',
  },
  expired: 'Expired',
  pendingStatus: 'Pending',
  unknownInviter: '—',
  noRoles: 'No roles',
  select: 'Select the invitation to {email}',
  empty: {
    title: 'No pending invitations',
    description: 'Invitations you send appear here until they are accepted.',
  },
  count:
    '{count, plural, =0 {No invitations} one {Showing # invitation} other {Showing # invitations}}',
  allLoaded: 'All invitations are shown.',
  loadingMore: 'Loading more invitations…',
  selection: {
    count: '{count, plural, one {# invitation selected} other {# invitations selected}}',
    revoke: 'Revoke selected',
    clear: 'Clear selection',
  },
  actions: {
    copy: 'Copy the invitation link for {email}',
    copied: 'The link for {email} was copied',
    resend: 'Resend the invitation to {email}',
    resendShort: 'Resend',
    resending: 'Resending…',
    resent: 'A new invitation was sent to {email}.',
    revoke: 'Revoke the invitation to {email}',
    revokeShort: 'Revoke',
  },
  revoke: {
    title: 'Revoke the invitation to {email}?',
    titleMany: '{count, plural, one {Revoke # invitation?} other {Revoke # invitations?}}',
    description: 'The link stops working at once. You can invite them again later.',
    confirm: 'Revoke',
    confirmMany: '{count, plural, one {Revoke # invitation} other {Revoke # invitations}}',
    pending: 'Revoking {done} of {total}…',
    revoked: '{count, plural, one {# invitation was revoked} other {# invitations were revoked}}.',
    partialTitle: 'Some invitations were not revoked',
    partial:
      '{revoked, plural, =0 {None was revoked} one {# was revoked} other {# were revoked}}; {failed, plural, one {# was not} other {# were not}}:',
    failure: '{email}: {reason}',
  },
}

/** `InvitationManager`'s texts. */
export type InvitationManagerMessages = typeof invitationManagerMessages
