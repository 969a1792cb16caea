// The invitation flows of scripts/e2e-local.mjs: an invitation link's way back in (the demo's
// login route → the dev tenant's accept page → signed in as a member) and the dead ends.
// `registerInvitationFlows` adds them to the runner with its own helpers.
import { resolve } from 'node:path'

/**
 * @typedef {object} FlowKit What e2e-local.mjs shares with these flows.
 * @property {(name: string, run: (ctx: any) => Promise<void>, options?: { timeout?: number }) => void} flow
 * @property {(condition: unknown, message: string) => void} assert
 * @property {import('./local-harness.mjs').LocalStack} stack
 * @property {(stack: import('./local-harness.mjs').LocalStack) => Promise<import('./local-harness.mjs').Session>} openSession
 * @property {string} screenshots
 */

/** A seeded invitation by its invitee's email. */
function seededInvitation(tenant, email) {
  const invitation = tenant.store.state.invitations.find((entry) => entry.invitee.email === email)
  if (!invitation) {
    throw new Error(`the seed has no invitation for ${email}`)
  }
  return invitation
}

/**
 * Opens an invitation link in a fresh browser context (the invitee's), as from an email.
 * @param {FlowKit} kit
 * @param {{ invitation_url: string }} invitation
 * @param {(session: import('./local-harness.mjs').Session) => void} keep lets the runner close it
 */
export async function openInvitation(kit, invitation, keep) {
  const session = await kit.openSession(kit.stack)
  keep(session)
  await session.page.goto(invitation.invitation_url)
  return session
}

/**
 * The invitee's part: the accept page on the tenant, a password, and back in the demo signed in.
 * @param {FlowKit} kit
 * @param {import('./local-harness.mjs').Session} session
 * @param {{ name: string, password: string }} invitee
 * @param {string} [screenshot] a path for a picture of the filled-in accept page
 */
export async function acceptInvitation(kit, session, invitee, screenshot) {
  const { page } = session
  const { tenant, appOrigin } = kit.stack
  await page.waitForURL(
    (url) => url.origin === tenant.origin && url.pathname.startsWith('/interaction/'),
  )
  await page.getByRole('heading', { name: /^Join / }).waitFor()
  await page.getByLabel('Your name').fill(invitee.name)
  await page.getByLabel('Choose a password').fill(invitee.password)
  if (screenshot) {
    await page.screenshot({ path: screenshot })
  }
  await page.getByRole('button', { name: 'Create account and join' }).click()
  await page.waitForURL(
    (url) => url.origin === appOrigin && !url.search.includes('code=') && url.pathname === '/',
  )
  await page.getByRole('navigation', { name: 'Organization settings' }).waitFor()
}

/** @param {FlowKit} kit */
export function registerInvitationFlows(kit) {
  const { flow, assert, stack, screenshots } = kit
  const { tenant, appOrigin } = stack

  flow(
    'Invitation: the invitee opens the link, creates an account, lands signed in as a member',
    async (ctx) => {
      const invitation = seededInvitation(tenant, 'tom.becker@acme.co.uk')
      const link = new URL(invitation.invitation_url)
      assert(
        `${link.origin}${link.pathname}` === `${appOrigin}/login`,
        `the link opens the demo's login route (${link.origin}${link.pathname})`,
      )
      const session = await openInvitation(kit, invitation, ctx.keep)
      await acceptInvitation(
        kit,
        session,
        { name: 'Tom Becker', password: 'tom-becker-pass' },
        resolve(screenshots, 'invitation-accept-page.png'),
      )
      const { page } = session
      const authorize = session.seen.find((request) => request.kind === 'authorize')
      assert(
        authorize?.query.get('invitation') === invitation.ticket_id &&
          authorize.query.get('organization') === tenant.organization.id,
        'the login route sent the invitation and the organization to /authorize',
      )
      await page.getByRole('button', { name: /Tom Becker/ }).waitFor()
      const account = tenant.accounts.findByEmail('tom.becker@acme.co.uk')
      assert(account, 'the invitee has an account')
      const member = tenant.store.findMember(account.id)
      const roles = (member?.role_ids ?? []).map((id) => tenant.store.findRole(id)?.name)
      assert(
        JSON.stringify(roles) === JSON.stringify(['Developer', 'Member']),
        `a member with the invitation's roles (has ${JSON.stringify(roles)})`,
      )
      assert(!tenant.store.findInvitation(invitation.id), 'the invitation was consumed')
      await page.screenshot({ path: resolve(screenshots, 'invitation-accepted.png') })
    },
  )

  flow('Invitation: an expired link says so and what to do, and signs no one in', async (ctx) => {
    const invitation = seededInvitation(tenant, 'paula.neumann@acme.com')
    const session = await openInvitation(kit, invitation, ctx.keep)
    const { page } = session
    await page.getByRole('heading', { name: 'This invitation has expired' }).waitFor()
    await page.getByText('ask your administrator to send you a new invitation').waitFor()
    assert((await page.locator('form').count()) === 0, 'no form on the expired page')
    assert(
      session.seen.every((request) => request.kind !== 'token'),
      'no token was issued',
    )
    await page.screenshot({ path: resolve(screenshots, 'invitation-expired.png') })
  })

  flow('Invitation: a damaged link stays in the demo and explains itself', async (ctx) => {
    const session = await kit.openSession(stack)
    ctx.keep(session)
    const { page } = session
    await page.goto(`${appOrigin}/login?invitation=x%27%3E&organization=${tenant.organization.id}`)
    await page.getByRole('alert').filter({ hasText: 'This invitation link doesn’t work' }).waitFor()
    assert(
      session.seen.every((request) => request.kind !== 'authorize'),
      'nothing went to /authorize',
    )
  })
}
