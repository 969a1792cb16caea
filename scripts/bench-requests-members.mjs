// The members and invitations rows of scripts/bench-requests.mjs: the Members page load and the
// main writes of MemberList and InvitationManager, each against its minimum.
import { resolve } from 'node:path'

import { root } from './local-harness.mjs'
import { invitationsPath, membersPath } from './e2e-local-members.mjs'

const { randomId } = await import(resolve(root, 'packages/mock-api/dist/index.js'))

const membersTable = (page) => page.getByRole('table', { name: 'Your organization’s members' })
const invitationsTable = (page) => page.getByRole('table', { name: 'Invitations not yet accepted' })

/** The first seeded member (the list's first row), by name. */
const firstMember = (tenant) => tenant.store.state.members[0]

/** Adds pending invitations to the store, so a page shows `count` that can be revoked. */
function seedPendingInvitations(tenant, count) {
  const { state } = tenant.store
  const now = tenant.store.now()
  for (let index = 0; index < count; index += 1) {
    const ticket = `Bench${String(index).padStart(27, '0')}`
    state.invitations.push({
      id: randomId('uinv'),
      organization_id: state.organization.id,
      inviter: { name: 'Dana Reyes' },
      invitee: { email: `revoke${index + 1}@example.com` },
      created_at: new Date(now - (index + 1) * 60_000).toISOString(),
      expires_at: new Date(now + 7 * 86_400_000).toISOString(),
      roles: [],
      invitation_url: `${state.loginUri}?invitation=${ticket}&organization=${state.organization.id}`,
      ticket_id: ticket,
    })
  }
}

/** @param {import('./local-harness.mjs').LocalStack['tenant']} tenant */
export function memberPages(tenant) {
  return [
    {
      name: `Members ${membersPath}`,
      path: membersPath,
      // the roles column filled in proves the one request carried them
      ready: (page) =>
        membersTable(page)
          .getByRole('row')
          .filter({ hasText: firstMember(tenant).name })
          .getByText('Member', { exact: true })
          .waitFor(),
      // the first page of members, with their roles in the same request (`fields=…roles`)
      minimum: () => 1,
    },
  ]
}

/** @param {import('./local-harness.mjs').LocalStack['tenant']} tenant */
export function memberFlows(tenant) {
  const manage = async (page) => {
    const name = firstMember(tenant).name
    await page.getByRole('button', { name: `Manage ${name}` }).click()
    return { name, dialog: page.getByRole('dialog', { name: new RegExp(name) }) }
  }
  return [
    {
      name: 'Invite 25 people',
      path: invitationsPath,
      ready: (page) => invitationsTable(page).waitFor(),
      async run(page) {
        const emails = Array.from({ length: 25 }, (_, index) => `bench${index + 1}@example.com`)
        await page.getByRole('textbox', { name: 'Email addresses' }).fill(emails.join('\n'))
        await page.getByRole('button', { name: 'Send 25 invitations' }).click()
        await page.getByText('25 invitations were sent.').waitFor({ timeout: 30_000 })
      },
      minimum: 4, // three POST /member-invitations (10 + 10 + 5) + GET /member-invitations
      perWrite: { reads: 0, writes: 3, bulk: true },
    },
    {
      name: 'Revoke 12 invitations',
      path: invitationsPath,
      prepare: () => {
        // the seed's nine plus three more: twelve to revoke
        seedPendingInvitations(tenant, 3)
      },
      ready: (page) => invitationsTable(page).getByRole('row').nth(12).waitFor(),
      async run(page) {
        const boxes = invitationsTable(page).getByRole('checkbox', {
          name: /^Select the invitation/,
        })
        const count = await boxes.count()
        for (let index = 0; index < count; index += 1) {
          await boxes.nth(index).check()
        }
        await page.getByRole('button', { name: 'Revoke selected' }).click()
        await page
          .getByRole('alertdialog', { name: 'Revoke 12 invitations?' })
          .getByRole('button', { name: 'Revoke 12 invitations' })
          .click()
        await page.getByText('12 invitations were revoked.').waitFor()
      },
      minimum: 3, // two POST /delete-member-invitations (10 + 2) + GET /member-invitations
      // the two POSTs; the revoked ones leave the cached list, so nothing is refetched
      perWrite: { reads: 0, writes: 2, bulk: true },
    },
    {
      name: 'Assign a role to a member',
      path: membersPath,
      ready: (page) => membersTable(page).waitFor(),
      async run(page) {
        const { name, dialog } = await manage(page)
        await dialog.getByRole('searchbox', { name: /role/i }).fill('Auditor')
        await dialog.getByRole('button', { name: 'Add the role Auditor' }).click()
        await page.getByText(`Auditor was given to ${name}.`).waitFor()
      },
      // the details: GET /members/{id}/roles and the picker's GET /roles; the search
      // GET /roles?name=Auditor (on the server, as the issue asks); POST /members/{id}/roles;
      // one narrow refetch (the member's roles)
      minimum: 5,
      // the same three reads and the POST (a 204: the kit adds the role to its cache itself)
      perWrite: { reads: 3, writes: 1 },
    },
    {
      name: 'Remove a member',
      path: membersPath,
      ready: (page) => membersTable(page).waitFor(),
      async run(page) {
        const { name, dialog } = await manage(page)
        await dialog.getByRole('button', { name: 'Remove from organization' }).click()
        await page
          .getByRole('alertdialog', { name: `Remove ${name} from the organization?` })
          .getByRole('button', { name: 'Remove', exact: true })
          .click()
        await page.getByText(`${name} was removed from the organization.`).waitFor()
      },
      // the details (GET /members/{id}/roles, the picker's GET /roles), POST
      // /delete-memberships, GET /members
      minimum: 4,
      // the same two reads and the POST: the member leaves the cached list
      perWrite: { reads: 2, writes: 1 },
    },
  ]
}
