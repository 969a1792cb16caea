// The dev tenant's invitation pages: accept (create an account for the invited email, or sign
// in to the existing one) and the dead ends (expired; revoked, accepted or unknown), each saying
// what happened and what to do.
import { escapeHtml, pageStyle } from './op-pages.mjs'

/** Shortest password an invitee may choose. */
export const minPasswordLength = 8

/**
 * @param {string} title
 * @param {string} body
 */
function page(title, body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)} · myorg-kit dev tenant</title><style>${pageStyle}
  .roles{display:flex;flex-wrap:wrap;gap:.35rem;list-style:none;padding:0;margin:.25rem 0 1rem}
  .roles li{background:#eef0fb;color:#2b3aa8;border-radius:999px;padding:.1rem .6rem;font-size:.85rem;font-weight:600}
  input[readonly]{background:#f0f2f5;color:#4a5360} .hint{font-size:.85rem;margin:.25rem 0 0}
  .what{background:#fff7e6;border:1px solid #f0c36d;border-radius:8px;padding:.75rem 1rem} .foot{margin-top:1.5rem}</style></head><body><main>
${body}
<p class="hint foot">myorg-kit dev tenant (a local stand-in for Auth0).</p></main></body></html>`
}

/**
 * @typedef {object} AcceptPageInput
 * @property {string} uid The interaction.
 * @property {string} email The invited address (fixed).
 * @property {string} organization The organization's display name.
 * @property {string | undefined} inviter
 * @property {readonly string[]} roles Role names given on acceptance.
 * @property {boolean} existingAccount Sign in to it instead of creating one.
 * @property {string} [name] What was typed before an error.
 * @property {string} [error]
 */

/** @param {AcceptPageInput} input */
export function acceptPage(input) {
  const { uid, email, organization, inviter, roles, existingAccount, name = '', error } = input
  const org = escapeHtml(organization)
  const intro = inviter
    ? `${escapeHtml(inviter)} invited you to join <strong>${org}</strong>.`
    : `You were invited to join <strong>${org}</strong>.`
  const roleList = roles.length
    ? `<p>You will join with the role${roles.length > 1 ? 's' : ''}:</p><ul class="roles" aria-label="Roles">${roles.map((role) => `<li>${escapeHtml(role)}</li>`).join('')}</ul>`
    : ''
  const fields = existingAccount
    ? `<label for="password">Password</label><input id="password" name="password" type="password" required autocomplete="current-password" autofocus>`
    : `<label for="name">Your name</label><input id="name" name="name" type="text" autocomplete="name" maxlength="80" value="${escapeHtml(name)}" autofocus>
<label for="password">Choose a password</label><input id="password" name="password" type="password" required minlength="${minPasswordLength}" autocomplete="new-password" aria-describedby="password-hint">
<p class="hint" id="password-hint">At least ${minPasswordLength} characters.</p>`
  return page(
    `Join ${organization}`,
    `<h1>Join ${org}</h1><p>${intro} ${existingAccount ? 'Sign in to accept.' : 'Create your account to accept.'}</p>
${roleList}
${error ? `<p class="error" role="alert" id="accept-error">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/interaction/${escapeHtml(uid)}/accept" autocomplete="off">
<label for="email">Email</label><input id="email" name="email" type="email" value="${escapeHtml(email)}" readonly aria-describedby="email-hint">
<p class="hint" id="email-hint">The invitation was sent to this address; it can’t be changed.</p>
${fields}
<button id="accept" type="submit">${existingAccount ? 'Sign in and join' : 'Create account and join'}</button></form>`,
  )
}

/**
 * @param {{ email: string, organization: string, expiredAt: string }} input
 */
export function expiredPage({ email, organization, expiredAt }) {
  const day = new Date(expiredAt).toLocaleDateString('en-US', { dateStyle: 'long' })
  return page(
    'Invitation expired',
    `<h1>This invitation has expired</h1>
<p>The invitation for <strong>${escapeHtml(email)}</strong> to join <strong>${escapeHtml(organization)}</strong> expired on ${escapeHtml(day)}. Invitations are valid for a limited time, so this link no longer works.</p>
<p class="what" id="what-to-do"><strong>What to do:</strong> ask your administrator to send you a new invitation, then open the link in the new email.</p>`,
  )
}

export function invalidInvitationPage() {
  return page(
    'Invitation not valid',
    `<h1>This invitation is no longer valid</h1>
<p>It may have been revoked by an administrator, already accepted, or the link is incomplete.</p>
<p class="what" id="what-to-do"><strong>What to do:</strong> if you already accepted it, sign in to the app as usual. Otherwise ask your administrator for a new invitation.</p>`,
  )
}
