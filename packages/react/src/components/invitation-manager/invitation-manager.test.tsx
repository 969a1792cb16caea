import type { MockInvitation } from '@myorg-kit/mock-api'
import { permissionSets } from '@myorg-kit/mock-api'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http } from 'msw'
import { describe, expect, it, vi } from 'vitest'

import { renderWithMyOrg } from '../../../test/render.tsx'
import { faults, server, store } from '../../../test/server.ts'
import { InvitationManager } from './invitation-manager.tsx'

const api = 'https://tenant.example/my-org'

function capturePosts(path: string) {
  const bodies: unknown[] = []
  server.use(
    http.post(`${api}${path}`, async ({ request }) => {
      bodies.push(await request.clone().json())
      return undefined
    }),
  )
  return bodies
}

function row(email: string): HTMLElement {
  const tr = screen.getByRole('rowheader', { name: email }).closest('tr')
  if (!tr) {
    throw new Error(`no row for ${email}`)
  }
  return tr
}

function invitation(email: string, overrides: Partial<MockInvitation> = {}): MockInvitation {
  const base = store.state.invitations[0]
  if (!base) {
    throw new Error('the seed has no invitation')
  }
  const id = `uinv_${email
    .replace(/[^a-z0-9]/gi, '')
    .padEnd(16, 'x')
    .slice(0, 16)}`
  return { ...base, id, invitee: { email }, ...overrides }
}

describe('InvitationManager', () => {
  describe('listing', () => {
    it('shows pending and expired invitations with roles, inviter and Resend', async () => {
      renderWithMyOrg(<InvitationManager />)
      const table = await screen.findByRole('table', { name: 'Invitations not yet accepted' })
      expect(within(table).getByRole('rowheader', { name: 'lena.fischer@acme.com' })).toBeVisible()
      expect(row('former.intern@acme.com')).toHaveTextContent('Expired')
      expect(row('lena.fischer@acme.com')).toHaveTextContent('Pending')
      expect(
        within(row('former.intern@acme.com')).getByRole('button', {
          name: 'Resend the invitation to former.intern@acme.com',
        }),
      ).toBeVisible()
      expect(
        within(row('lena.fischer@acme.com')).getByRole('button', {
          name: 'Copy the invitation link for lena.fischer@acme.com',
        }),
      ).toBeVisible()
    })

    it('shows a loading state, then the invitations', async () => {
      faults.latencyMs = 150
      renderWithMyOrg(<InvitationManager />)
      expect(
        await screen.findByRole('status', { name: 'Loading invitations…' }),
      ).toBeInTheDocument()
      await screen.findByRole('table')
    })

    it('explains when there is no pending invitation', async () => {
      store.reset({ invitations: [] })
      renderWithMyOrg(<InvitationManager />)
      expect(await screen.findByText('No pending invitations')).toBeVisible()
    })

    it('loads many pages with Load more', async () => {
      store.reset({
        invitations: Array.from({ length: 60 }, (_, i) => invitation(`person${i}@acme.com`)),
      })
      const user = userEvent.setup()
      renderWithMyOrg(<InvitationManager pageSize={25} />)
      await screen.findByRole('table')
      expect(screen.getAllByRole('rowheader')).toHaveLength(25)
      await user.click(screen.getByRole('button', { name: 'Load more' }))
      await waitFor(() => {
        expect(screen.getAllByRole('rowheader')).toHaveLength(50)
      })
      await user.click(screen.getByRole('button', { name: 'Load more' }))
      await waitFor(() => {
        expect(screen.getAllByRole('rowheader')).toHaveLength(60)
      })
      expect(screen.getByText(/All invitations are shown/)).toBeVisible()
    }, 15_000)

    it('renders hostile addresses and inviters as text', async () => {
      store.reset({
        invitations: [
          invitation('rtl@acme.com', { inviter: { name: 'مريم الحسيني' } }),
          invitation('xss@acme.com', { inviter: { name: '<img src=x onerror=alert(1)>' } }),
        ],
      })
      renderWithMyOrg(<InvitationManager />)
      await screen.findByRole('table')
      expect(row('rtl@acme.com')).toHaveTextContent('مريم الحسيني')
      expect(row('xss@acme.com')).toHaveTextContent('<img src=x onerror=alert(1)>')
      expect(row('xss@acme.com').querySelector('img')).toBeNull()
    })
  })

  describe('inviting', () => {
    it('folds duplicates, marks invalid addresses, and sends 30 in three requests', async () => {
      const posts = capturePosts('/member-invitations')
      const onInvitationsCreated = vi.fn()
      const user = userEvent.setup()
      renderWithMyOrg(<InvitationManager onInvitationsCreated={onInvitationsCreated} />)
      const box = await screen.findByRole('textbox', { name: 'Email addresses' })
      const addresses = Array.from({ length: 30 }, (_, i) => `new${i}@acme.com`)
      await user.click(box)
      await user.paste(`${addresses.join(', ')}\nNEW0@acme.com not-an-address`)
      expect(screen.getByText(/30 addresses will be invited · 1 duplicate folded/)).toBeVisible()
      expect(box).toHaveAccessibleDescription(/Not a valid address, won’t be sent: not-an-address/)
      const lifetime = screen.getByRole('spinbutton', { name: 'Link valid for (days)' })
      expect(lifetime).toHaveValue(7)
      await user.clear(lifetime)
      await user.type(lifetime, '14')
      await user.click(screen.getByRole('button', { name: 'Send 30 invitations' }))
      expect(
        await screen.findByText('30 invitations were sent.', {}, { timeout: 8000 }),
      ).toBeVisible()
      expect(posts).toHaveLength(3)
      expect(posts[0]).toMatchObject({ ttl_sec: 14 * 86_400 })
      expect(onInvitationsCreated.mock.calls[0]?.[0]).toHaveLength(30)
      // What wasn't sent stays, to fix.
      expect(box).toHaveValue('not-an-address')
      expect(await screen.findByRole('rowheader', { name: 'new29@acme.com' })).toBeVisible()
    }, 15_000)

    it('sends the chosen roles and provider, and refuses a lifetime over 30 days', async () => {
      const posts = capturePosts('/member-invitations')
      const user = userEvent.setup()
      renderWithMyOrg(<InvitationManager />)
      await user.type(await screen.findByRole('textbox', { name: 'Email addresses' }), 'a@acme.com')
      await user.type(screen.getByRole('searchbox', { name: 'Find a role' }), 'dev')
      await user.click(await screen.findByRole('button', { name: 'Add the role Developer' }))
      expect(screen.getByRole('button', { name: 'Don’t give Developer' })).toBeVisible()
      const provider = await screen.findByRole('combobox', { name: 'Sign in with' })
      await user.selectOptions(provider, within(provider).getAllByRole('option')[1]!)
      const lifetime = screen.getByRole('spinbutton', { name: 'Link valid for (days)' })
      await user.clear(lifetime)
      await user.type(lifetime, '31')
      expect(lifetime).toHaveAccessibleDescription(/whole number of days from 1 to 30/)
      await user.click(screen.getByRole('button', { name: 'Send 1 invitation' }))
      expect(posts).toHaveLength(0)
      await user.clear(lifetime)
      await user.type(lifetime, '30')
      await user.click(screen.getByRole('button', { name: 'Send 1 invitation' }))
      await screen.findByText('1 invitation was sent.')
      const body = posts[0] as { invitees: { roles: string[] }[]; identity_provider_id?: string }
      expect(body.invitees[0]?.roles).toHaveLength(1)
      expect(body.identity_provider_id).toMatch(/^con_/)
    })

    it('gives each address its outcome when one request fails', async () => {
      const user = userEvent.setup()
      renderWithMyOrg(<InvitationManager />)
      const box = await screen.findByRole('textbox', { name: 'Email addresses' })
      await user.click(box)
      await user.paste(Array.from({ length: 12 }, (_, i) => `p${i}@acme.com`).join(' '))
      faults.serverError = { operations: ['createMemberInvitations'], times: 1 }
      await user.click(screen.getByRole('button', { name: 'Send 12 invitations' }))
      const alert = await screen.findByRole('alert', {}, { timeout: 8000 })
      expect(alert).toHaveTextContent('Some invitations were not sent')
      expect(alert).toHaveTextContent('p0@acme.com: Something went wrong on the server')
      expect(screen.getByText('2 invitations were sent.')).toBeVisible()
      expect(box).toHaveValue(Array.from({ length: 10 }, (_, i) => `p${i}@acme.com`).join('\n'))
    })

    it('asks for an address before sending', async () => {
      const user = userEvent.setup()
      renderWithMyOrg(<InvitationManager />)
      await user.click(await screen.findByRole('button', { name: 'Send invitations' }))
      expect(screen.getByRole('textbox', { name: 'Email addresses' })).toHaveAccessibleDescription(
        /Enter at least one valid email address/,
      )
    })
  })

  describe('resend and revoke', () => {
    it('resends with the same roles, provider and lifetime', async () => {
      const posts = capturePosts('/member-invitations')
      const user = userEvent.setup()
      renderWithMyOrg(<InvitationManager />)
      const email = 'ines.duarte@acme.com'
      const old = store.state.invitations.find((item) => item.invitee.email === email)!
      await user.click(
        await screen.findByRole('button', { name: `Resend the invitation to ${email}` }),
      )
      await waitFor(() => {
        expect(posts).toHaveLength(1)
      })
      expect(posts[0]).toEqual({
        invitees: [{ email, ...(old.roles.length ? { roles: old.roles } : {}) }],
        ...(old.identity_provider_id ? { identity_provider_id: old.identity_provider_id } : {}),
        ttl_sec: 30 * 86_400,
        ...(old.inviter ? { inviter: old.inviter } : {}),
      })
      await waitFor(() => {
        expect(store.state.invitations.filter((i) => i.invitee.email === email)).toHaveLength(1)
      })
    })

    it('revokes one after a confirmation naming the address', async () => {
      const user = userEvent.setup()
      const onInvitationsRevoked = vi.fn()
      renderWithMyOrg(<InvitationManager onInvitationsRevoked={onInvitationsRevoked} />)
      const email = 'tom.becker@acme.co.uk'
      await user.click(
        await screen.findByRole('button', { name: `Revoke the invitation to ${email}` }),
      )
      const dialog = await screen.findByRole('alertdialog', {
        name: `Revoke the invitation to ${email}?`,
      })
      await user.click(within(dialog).getByRole('button', { name: 'Revoke' }))
      await waitFor(() => {
        expect(screen.queryByRole('rowheader', { name: email })).toBeNull()
      })
      expect(onInvitationsRevoked).toHaveBeenCalledTimes(1)
    })

    it('revokes 12 selected in two requests', async () => {
      store.reset({
        invitations: Array.from({ length: 12 }, (_, i) => invitation(`r${i}@acme.com`)),
      })
      const posts = capturePosts('/delete-member-invitations')
      const user = userEvent.setup()
      renderWithMyOrg(<InvitationManager />)
      await user.click(await screen.findByRole('checkbox', { name: 'Select' }))
      await user.click(screen.getByRole('button', { name: 'Revoke selected' }))
      const dialog = await screen.findByRole('alertdialog', { name: 'Revoke 12 invitations?' })
      await user.click(within(dialog).getByRole('button', { name: 'Revoke 12 invitations' }))
      expect(await screen.findByText('No pending invitations')).toBeVisible()
      expect(posts).toHaveLength(2)
    })

    it('revokes 12 in two requests and lists the ones a failed request left', async () => {
      store.reset({
        invitations: Array.from({ length: 12 }, (_, i) => invitation(`f${i}@acme.com`)),
      })
      const onError = vi.fn()
      const user = userEvent.setup()
      renderWithMyOrg(<InvitationManager onError={onError} />)
      await user.click(await screen.findByRole('checkbox', { name: 'Select' }))
      faults.serverError = { operations: ['deleteMemberInvitations'], times: 1 }
      await user.click(screen.getByRole('button', { name: 'Revoke selected' }))
      const dialog = await screen.findByRole('alertdialog', { name: 'Revoke 12 invitations?' })
      await user.click(within(dialog).getByRole('button', { name: 'Revoke 12 invitations' }))
      const report = await screen.findByRole('alert', {}, { timeout: 5000 })
      expect(report).toHaveTextContent('Some invitations were not revoked')
      expect(report).toHaveTextContent('2 were revoked; 10 were not:')
      expect(report).toHaveTextContent('f0@acme.com: Something went wrong on the server')
      expect(within(report).getAllByRole('listitem')).toHaveLength(10)
      expect(onError).toHaveBeenCalledTimes(10)
      const stillPending = new Set(store.state.invitations.map((item) => item.id))
      for (const [, context] of onError.mock.calls as [unknown, { invitationId: string }][]) {
        expect(context).toMatchObject({ action: 'revoke' })
        expect(stillPending.has(context.invitationId)).toBe(true)
      }
      await user.click(screen.getByRole('button', { name: 'Close' }))
      expect(screen.getAllByRole('rowheader')).toHaveLength(10)
    })
  })

  describe('permissions and errors', () => {
    it('read-only: no form, no resend or revoke, and the reason', async () => {
      renderWithMyOrg(<InvitationManager />, { scopes: permissionSets.readOnly })
      await screen.findByRole('table')
      expect(screen.queryByRole('textbox', { name: 'Email addresses' })).toBeNull()
      expect(screen.queryByRole('button', { name: /^(Resend|Revoke)/ })).toBeNull()
      expect(
        screen.getByText(/inviting people \(needs create:my_org:member_invitations\)/),
      ).toBeVisible()
    })

    it('without read: a clear no-access state', async () => {
      renderWithMyOrg(<InvitationManager />, { scopes: permissionSets.none })
      expect(
        await screen.findByText('You don’t have access to your organization’s invitations'),
      ).toBeVisible()
    })

    it('explains a load failure', async () => {
      faults.serverError = { operations: ['listMemberInvitations'], times: 1 }
      renderWithMyOrg(<InvitationManager />)
      const alert = await screen.findByRole('alert', {}, { timeout: 5000 })
      expect(within(alert).getByRole('button', { name: 'Try again' })).toBeVisible()
    })

    it('says when the API is rate limiting', async () => {
      faults.rateLimit = { operations: ['listMemberInvitations'], retryAfterSeconds: 1 }
      renderWithMyOrg(<InvitationManager />)
      const alert = await screen.findByRole('alert', {}, { timeout: 8000 })
      expect(alert).toHaveTextContent('Too many requests')
    }, 10_000)

    it('names the origin to allow when CORS blocks the request', async () => {
      faults.corsBlocked = {}
      renderWithMyOrg(<InvitationManager />)
      const alert = await screen.findByRole('alert', {}, { timeout: 5000 })
      expect(alert).toHaveTextContent('Allowed Origins (CORS)')
    })
  })
})
