// The members and invitations flows of scripts/e2e-local.mjs, through the demo's MemberList and
// InvitationManager: the admin invites three people with a role, one accepts (a fresh browser
// context, through the demo's login route and the dev tenant's accept page), the admin sees them
// with that role, changes it, removes them; revoke and resend; and a bulk invite of 25 for the
// low-tier flows.
import { resolve } from 'node:path'

import { acceptInvitation, openInvitation } from './e2e-local-invitations.mjs'

/** The demo's pages. */
export const membersPath = '/members'
export const invitationsPath = '/invitations'

/** The role picker's search box (MemberList's details and InvitationManager's form). */
function rolePicker(scope) {
  return scope.getByRole('searchbox', { name: /role/i })
}

/** Picks a role by name in a role picker inside `scope`. */
async function pickRole(scope, name) {
  await rolePicker(scope).fill(name)
  await scope.getByRole('button', { name: `Add the role ${name}` }).click()
}

/** Sends invitations through InvitationManager's form and waits for the confirmation. */
async function invite(page, emails, roleName, separator = ', ') {
  await page.getByRole('textbox', { name: 'Email addresses' }).fill(emails.join(separator))
  if (roleName) {
    await pickRole(page, roleName)
  }
  const count = emails.length
  await page
    .getByRole('button', {
      name: count === 1 ? 'Send 1 invitation' : `Send ${count} invitations`,
    })
    .click()
  await page
    .getByText(count === 1 ? '1 invitation was sent.' : `${count} invitations were sent.`)
    .waitFor({ timeout: 60_000 })
}

/** A member's row in MemberList, loading more pages until it is there. */
async function memberRow(page, name) {
  const table = page.getByRole('table', { name: 'Your organization’s members' })
  await table.waitFor()
  const row = table.getByRole('row').filter({ hasText: name })
  for (let attempt = 0; attempt < 10 && (await row.count()) === 0; attempt += 1) {
    const more = page.getByRole('button', { name: 'Load more' })
    if ((await more.count()) === 0) {
      break
    }
    await more.click()
    await page.waitForTimeout(300)
  }
  await row.waitFor()
  return row
}

/** @param {import('./e2e-local-invitations.mjs').FlowKit} kit */
export function registerMemberFlows(kit) {
  const { flow, assert, assertNoAlert, stack, screenshots } = kit
  const { tenant } = stack
  const roleId = (name) => tenant.store.state.roles.find((role) => role.name === name)?.id
  const pendingFor = (email) =>
    tenant.store.state.invitations.filter(
      (entry) => entry.invitee.email === email && Date.parse(entry.expires_at) > tenant.store.now(),
    )

  flow(
    'Members: invite three with a role; one accepts, shows with it; role changed; removed',
    async (ctx) => {
      const admin = tenant.users.find((user) => user.username.startsWith('admin@'))
      const { page } = await ctx.as(admin, invitationsPath)
      const emails = ['ana.e2e@example.com', 'ben.e2e@example.com', 'cara.e2e@example.com']
      await invite(page, emails, 'Developer')
      for (const email of emails) {
        const [sent] = pendingFor(email)
        assert(
          sent && JSON.stringify(sent.roles) === JSON.stringify([roleId('Developer')]),
          `the API holds an invitation for ${email} with the Developer role`,
        )
      }

      // The invitee, in their own browser: the link from the email.
      const invitee = await openInvitation(kit, pendingFor('ana.e2e@example.com')[0], () => {})
      try {
        await acceptInvitation(kit, invitee, { name: 'Ana Etoe', password: 'ana-etoe-pass' })
        await invitee.page.getByRole('button', { name: /Ana Etoe/ }).waitFor()
      } finally {
        await invitee.context.close()
      }
      const account = tenant.accounts.findByEmail('ana.e2e@example.com')
      assert(account && tenant.store.findMember(account.id), 'Ana is a member on the API')

      await page.goto(`${stack.appOrigin}${membersPath}`)
      const row = await memberRow(page, 'Ana Etoe')
      await row.getByText('Developer').waitFor()
      await row.scrollIntoViewIfNeeded()
      await page.screenshot({ path: resolve(screenshots, 'members-invitee-joined.png') })

      await row.getByRole('button', { name: 'Manage Ana Etoe' }).click()
      const details = page.getByRole('dialog', { name: /Ana Etoe/ })
      await pickRole(details, 'Auditor')
      await page.getByText('Auditor was given to Ana Etoe.').waitFor()
      await details.getByRole('button', { name: 'Remove the role Developer from Ana Etoe' }).click()
      await page.getByText('Developer was removed from Ana Etoe.').waitFor()
      const held = tenant.store.findMember(account.id)?.role_ids ?? []
      assert(
        JSON.stringify(held) === JSON.stringify([roleId('Auditor')]),
        `Ana now holds only Auditor on the API (${JSON.stringify(held)})`,
      )

      await details.getByRole('button', { name: 'Remove from organization' }).click()
      await page
        .getByRole('alertdialog', { name: 'Remove Ana Etoe from the organization?' })
        .getByRole('button', { name: 'Remove', exact: true })
        .click()
      await page.getByText('Ana Etoe was removed from the organization.').waitFor()
      assert(!tenant.store.findMember(account.id), 'Ana is no longer a member on the API')
      await assertNoAlert(page, 'members')
    },
    { timeout: 90_000 },
  )

  flow('Invitations: the admin revokes one and resends an expired one', async (ctx) => {
    const admin = tenant.users.find((user) => user.username.startsWith('admin@'))
    const revoked = 'contractor.ops@partner.example'
    const expired = tenant.store.state.invitations.find(
      (entry) => entry.invitee.email === 'paula.neumann@acme.com',
    )
    const { page } = await ctx.as(admin, invitationsPath)
    await page.getByRole('button', { name: `Revoke the invitation to ${revoked}` }).click()
    await page
      .getByRole('alertdialog', { name: `Revoke the invitation to ${revoked}?` })
      .getByRole('button', { name: 'Revoke', exact: true })
      .click()
    await page.getByText('1 invitation was revoked.').waitFor()
    assert(
      tenant.store.state.invitations.every((entry) => entry.invitee.email !== revoked),
      'the API no longer has the revoked invitation',
    )

    await page
      .getByRole('button', { name: 'Resend the invitation to paula.neumann@acme.com' })
      .click()
    await page.getByText('A new invitation was sent to paula.neumann@acme.com.').waitFor()
    const [fresh] = pendingFor('paula.neumann@acme.com')
    assert(
      fresh && JSON.stringify(fresh.roles) === JSON.stringify(expired?.roles),
      'the API holds a fresh invitation for Paula with the same roles',
    )
    await assertNoAlert(page, 'invitations')
  })
}

/** The low-tier bulk action: 25 addresses become three paced invitation requests. */
export function memberBulkActions({ tenant, assert }) {
  return [
    {
      name: 'invite 25 people at once',
      path: invitationsPath,
      async run({ page }) {
        const emails = Array.from({ length: 25 }, (_, index) => `bulk${index + 1}@example.com`)
        // The first request is refused with the real 429 body and headers, so Retry-After is
        // exercised even when the pacing alone stays within the tier.
        tenant.faults.rateLimit = {
          retryAfterSeconds: 1,
          operations: ['createMemberInvitations'],
          times: 1,
        }
        await invite(page, emails, undefined, '\n')
        const created = tenant.store.state.invitations.filter((entry) =>
          entry.invitee.email.startsWith('bulk'),
        )
        assert(created.length === 25, `the API holds 25 invitations (has ${created.length})`)
      },
    },
  ]
}
