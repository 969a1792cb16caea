// Invitations on the dev tenant, as Auth0 honours them: links that start at the app's login URI
// (its Application Login URI), and `/authorize?invitation&organization` that lets the invitee
// create an account (or sign in to an existing one), makes them a member with the invitation's
// roles and consumes the invitation. The data is the API's own store, so the admin's lists see
// every change.

/**
 * Points the store's invitation links at `loginUri`: new ones (the API builds them from
 * `state.loginUri`) and the seeded ones, keeping their query.
 * @param {import('@myorg-kit/mock-api').MyOrgStore} store
 * @param {string} loginUri
 */
export function applyLoginUri(store, loginUri) {
  store.state.loginUri = loginUri
  for (const invitation of store.state.invitations) {
    const link = new URL(invitation.invitation_url)
    invitation.invitation_url = `${loginUri}${link.search}`
  }
}

/**
 * @typedef {{ status: 'valid', invitation: import('@myorg-kit/mock-api').MockInvitation }
 *   | { status: 'expired', invitation: import('@myorg-kit/mock-api').MockInvitation }
 *   | { status: 'unknown' }} InvitationLookup
 * `unknown`: never issued, revoked, already accepted, or for another organization.
 */

/**
 * The invitation a ticket names, and whether it can still be accepted.
 * @param {import('@myorg-kit/mock-api').MyOrgStore} store
 * @param {{ invitation: string, organization: string | undefined }} params `/authorize`'s
 * @returns {InvitationLookup}
 */
export function lookupInvitation(store, params) {
  const invitation = store.state.invitations.find((entry) => entry.ticket_id === params.invitation)
  if (
    !invitation ||
    store.state.organizationDeleted ||
    invitation.organization_id !== store.state.organization.id ||
    params.organization !== invitation.organization_id
  ) {
    return { status: 'unknown' }
  }
  const expired = Date.parse(invitation.expires_at) <= store.now()
  return expired ? { status: 'expired', invitation } : { status: 'valid', invitation }
}

/**
 * Accepts an invitation for an account: it becomes a member holding the invitation's roles
 * (added to those it has, if it was one), and the invitation is consumed.
 * @param {import('@myorg-kit/mock-api').MyOrgStore} store
 * @param {import('@myorg-kit/mock-api').MockInvitation} invitation
 * @param {{ id: string, username: string, name: string }} account
 */
export function acceptInvitation(store, invitation, account) {
  const { state } = store
  const at = new Date(store.now()).toISOString()
  const roleIds = invitation.roles.filter((roleId) => store.findRole(roleId))
  const existing = store.findMember(account.id)
  if (existing) {
    existing.role_ids = [...new Set([...existing.role_ids, ...roleIds])]
    existing.updated_at = at
  } else {
    state.members.push({
      user_id: account.id,
      email: account.username,
      name: account.name,
      nickname: account.username.split('@')[0] ?? account.username,
      created_at: at,
      updated_at: at,
      last_login: at,
      role_ids: roleIds,
    })
  }
  state.invitations = state.invitations.filter((entry) => entry.id !== invitation.id)
}
