// The login interaction of an `/authorize` that carries an invitation: the accept page (create
// an account for the invited email, or sign in to the existing one), or a clear dead end when
// the invitation expired or is not valid. The invitation is read from the interaction's own
// `/authorize` parameters, never from the form.
import { acceptInvitation, lookupInvitation } from './invitations.mjs'
import {
  acceptPage,
  expiredPage,
  invalidInvitationPage,
  minPasswordLength,
} from './invitation-pages.mjs'
import { readForm } from './op-pages.mjs'

/**
 * @typedef {object} InvitationInteraction
 * @property {string} uid
 * @property {string} method
 * @property {boolean} isAcceptPost `POST /interaction/:uid/accept`
 * @property {Record<string, unknown>} params The interaction's `/authorize` parameters.
 */

/**
 * @param {import('oidc-provider').default} provider
 * @param {import('koa').Context} ctx
 * @param {InvitationInteraction} interaction
 * @param {{ store: import('@myorg-kit/mock-api').MyOrgStore, accounts: import('./accounts.mjs').Accounts }} data
 */
export async function invitationInteraction(provider, ctx, interaction, { store, accounts }) {
  const { uid, method, isAcceptPost, params } = interaction
  const organization = store.state.organization
  const orgName = organization.display_name ?? organization.name ?? organization.id
  const lookup = lookupInvitation(store, {
    invitation: String(params.invitation),
    organization: typeof params.organization === 'string' ? params.organization : undefined,
  })
  ctx.type = 'html'
  if (lookup.status === 'unknown') {
    ctx.status = 404
    ctx.body = invalidInvitationPage()
    return
  }
  const { invitation } = lookup
  const email = invitation.invitee.email
  if (lookup.status === 'expired') {
    ctx.status = 410
    ctx.body = expiredPage({ email, organization: orgName, expiredAt: invitation.expires_at })
    return
  }
  const existing = accounts.findByEmail(email)
  /** @param {{ error?: string, name?: string }} [extra] */
  const render = (extra = {}) =>
    acceptPage({
      uid,
      email,
      organization: orgName,
      inviter: invitation.inviter?.name,
      roles: invitation.roles.flatMap((id) => store.findRole(id)?.name ?? []),
      existingAccount: Boolean(existing),
      ...extra,
    })
  if (!(method === 'POST' && isAcceptPost)) {
    ctx.body = render()
    return
  }

  const form = await readForm(ctx)
  const password = form.get('password') ?? ''
  const name = (form.get('name') ?? '').trim().slice(0, 80)
  const account = existing
    ? accounts.check(email, password)
    : password.length >= minPasswordLength
      ? accounts.signUp({ email, password, name: name || email.split('@')[0] || email })
      : undefined
  if (!account) {
    ctx.status = existing ? 401 : 400
    ctx.body = render(
      existing
        ? { error: 'Wrong password.' }
        : { name, error: `Choose a password of at least ${minPasswordLength} characters.` },
    )
    return
  }
  acceptInvitation(store, invitation, account)
  const redirectTo = await provider.interactionResult(ctx.req, ctx.res, {
    login: { accountId: account.id },
  })
  ctx.redirect(redirectTo)
}
