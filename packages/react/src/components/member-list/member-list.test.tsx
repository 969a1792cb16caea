import type { MockMember } from '@myorg-kit/mock-api'
import {
  createMockAccessToken,
  permissionSets,
  scopesWithout,
  seedOrganizationId,
} from '@myorg-kit/mock-api'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http } from 'msw'
import { describe, expect, it, vi } from 'vitest'

import { renderWithMyOrg } from '../../../test/render.tsx'
import { faults, server, store } from '../../../test/server.ts'
import { MemberList } from './member-list.tsx'

const api = 'https://tenant.example/my-org'

function captureGets(path: string) {
  const urls: URL[] = []
  server.use(
    http.get(`${api}${path}`, ({ request }) => {
      urls.push(new URL(request.url))
      return undefined
    }),
  )
  return urls
}

function member(index: number): MockMember {
  const found = store.state.members[index]
  if (!found) {
    throw new Error(`no member ${index}`)
  }
  return found
}

function person(name: string, overrides: Partial<MockMember> = {}): MockMember {
  const id = name.toLowerCase().replace(/[^a-z]/g, '') || 'x'
  return {
    user_id: `auth0|${id}`,
    email: `${id}@acme.com`,
    name,
    created_at: '2025-01-02T10:00:00.000Z',
    updated_at: '2025-01-02T10:00:00.000Z',
    role_ids: [],
    ...overrides,
  }
}

function row(name: string): HTMLElement {
  const tr = screen.getByRole('rowheader', { name: new RegExp(name) }).closest('tr')
  if (!tr) {
    throw new Error(`no row for ${name}`)
  }
  return tr
}

describe('MemberList', () => {
  describe('listing', () => {
    it('loads the first page with roles in one request, then all 120 with Load more', async () => {
      const lists = captureGets('/members')
      const user = userEvent.setup()
      renderWithMyOrg(<MemberList />)
      const table = await screen.findByRole('table', { name: 'Your organization’s members' })
      expect(within(table).getAllByRole('rowheader')).toHaveLength(50)
      expect(lists).toHaveLength(1)
      expect(lists[0]?.searchParams.get('fields')).toContain('roles')
      const first = member(0)
      expect(row(first.name)).toHaveTextContent(first.email)
      expect(row(first.name)).toHaveTextContent('Member')
      await user.click(screen.getByRole('button', { name: 'Load more' }))
      await waitFor(() => {
        expect(screen.getAllByRole('rowheader')).toHaveLength(100)
      })
      await user.click(screen.getByRole('button', { name: 'Load more' }))
      await waitFor(() => {
        expect(screen.getAllByRole('rowheader')).toHaveLength(120)
      })
      expect(screen.getByText(/Showing 120 members · All members are shown/)).toBeVisible()
      expect(lists).toHaveLength(3)
    }, 20_000)

    it('shows a loading state, then the members', async () => {
      faults.latencyMs = 150
      renderWithMyOrg(<MemberList />)
      expect(await screen.findByRole('status', { name: 'Loading members…' })).toBeInTheDocument()
      await screen.findByRole('table')
      expect(screen.queryByRole('status', { name: 'Loading members…' })).toBeNull()
    })

    it('explains the empty organization', async () => {
      store.reset({ members: [] })
      renderWithMyOrg(<MemberList />)
      expect(await screen.findByText('No members yet')).toBeVisible()
      expect(screen.queryByRole('table')).toBeNull()
    })

    it('shows initials, and a picture only from an https URL', async () => {
      store.reset({ members: [person('Ana Silva'), person('Bo Li')] })
      renderWithMyOrg(
        <MemberList
          getMemberPicture={(m) =>
            m.name === 'Ana Silva' ? 'https://cdn.acme.com/ana.png' : 'http://cdn.acme.com/bo.png'
          }
        />,
      )
      await screen.findByRole('table')
      expect(row('Ana Silva').querySelector('img')).toHaveAttribute(
        'src',
        'https://cdn.acme.com/ana.png',
      )
      expect(row('Bo Li').querySelector('img')).toBeNull()
      expect(row('Bo Li')).toHaveTextContent('BL')
    })

    it('renders hostile names as text: markup, right-to-left, very long', async () => {
      const long = 'Wolfeschlegelsteinhausenbergerdorff'.repeat(4)
      store.reset({
        members: [
          person('<script>alert(1)</script>', { user_id: 'auth0|xss', email: 'xss@acme.com' }),
          person('مريم الحسيني', { user_id: 'auth0|rtl', email: 'maryam@acme.com' }),
          person(long, { user_id: 'auth0|long', email: 'long@acme.com' }),
        ],
      })
      renderWithMyOrg(<MemberList />)
      expect(
        await screen.findByRole('rowheader', { name: /<script>alert\(1\)<\/script>/ }),
      ).toBeVisible()
      expect(document.querySelector('script')).toBeNull()
      expect(screen.getByRole('rowheader', { name: /مريم الحسيني/ })).toBeVisible()
      expect(screen.getByRole('rowheader', { name: new RegExp(long) })).toBeVisible()
    })

    it('isolates a role name that carries a right-to-left override', async () => {
      // An unterminated RIGHT-TO-LEFT OVERRIDE would reverse the badges after it.
      const hostile = { id: 'rol_hostile000000001', name: 'Admin\u202E', description: '' }
      const member = { id: 'rol_member0000000001', name: 'Member', description: '' }
      store.reset({
        roles: [hostile, member],
        members: [person('Ana Silva', { role_ids: [hostile.id, member.id] })],
      })
      renderWithMyOrg(<MemberList />)
      const badge = await screen.findByText('Admin\u202E')
      expect(badge).toHaveAttribute('dir', 'auto')
      expect(badge.tagName).toBe('BDI')
      expect(badge.parentElement).toHaveClass('mk-badge')
    })

    it('flags a name that hides invisible characters, as the other lists do', async () => {
      // "Ana Silva" with a zero-width space: looks like the admin's colleague, is not.
      store.reset({
        members: [
          person('Ana Silva', { user_id: 'auth0|ana', email: 'ana@acme.com' }),
          person('Ana\u200B Silva', { user_id: 'auth0|fake', email: 'ana@acme-support.com' }),
        ],
      })
      renderWithMyOrg(<MemberList />)
      const lookalike = await screen.findByRole('rowheader', { name: /ana@acme-support\.com/ })
      expect(within(lookalike).getByText('Invisible characters')).toHaveAttribute(
        'title',
        expect.stringContaining('⟨U+200B⟩'),
      )
      const real = screen.getByRole('rowheader', { name: /ana@acme\.com/ })
      expect(within(real).queryByText('Invisible characters')).toBeNull()
    })
  })

  describe('filtering', () => {
    it('narrows what is loaded and says that it searches only that', async () => {
      const user = userEvent.setup()
      renderWithMyOrg(<MemberList />)
      const filter = await screen.findByRole('searchbox', { name: 'Filter members' })
      expect(filter).toHaveAccessibleDescription(/Searches the 50 members loaded so far/)
      const target = member(3)
      await user.type(filter, target.email)
      expect(screen.getAllByRole('rowheader')).toHaveLength(1)
      expect(row(target.name)).toBeVisible()
      await user.clear(filter)
      await user.type(filter, 'zzz-nobody')
      expect(screen.getByText('No loaded member matches “zzz-nobody”.')).toBeVisible()
    })
  })

  describe('roles', () => {
    it('lists a member’s roles, gives one found on the server, and removes one', async () => {
      store.reset({ members: [person('Ana Silva', { role_ids: [] })] })
      const searches = captureGets('/roles')
      const onMemberRolesChanged = vi.fn()
      const user = userEvent.setup()
      renderWithMyOrg(<MemberList onMemberRolesChanged={onMemberRolesChanged} />)
      await user.click(await screen.findByRole('button', { name: 'Manage Ana Silva' }))
      const dialog = await screen.findByRole('dialog', { name: 'Ana Silva' })
      expect(await within(dialog).findByText('Ana Silva has no role yet.')).toBeVisible()
      await user.type(within(dialog).getByRole('searchbox', { name: 'Give a role' }), 'bill')
      await waitFor(() => {
        expect(searches.some((url) => url.searchParams.get('name') === 'bill')).toBe(true)
      })
      await waitFor(() => {
        expect(within(dialog).queryByRole('button', { name: 'Add the role Member' })).toBeNull()
      })
      const add = within(dialog).getByRole('button', { name: 'Add the role Billing manager' })
      await user.click(add)
      await waitFor(() => expect(row('Ana Silva')).toHaveTextContent('Billing manager'))
      expect(store.state.members[0]?.role_ids).toHaveLength(1)
      const remove = await within(dialog).findByRole('button', {
        name: 'Remove the role Billing manager from Ana Silva',
      })
      await user.click(remove)
      await waitFor(() => expect(row('Ana Silva')).toHaveTextContent('No roles'))
      expect(store.state.members[0]?.role_ids).toEqual([])
      expect(onMemberRolesChanged).toHaveBeenCalledTimes(2)
    })
  })

  describe('removing', () => {
    it('asks first, naming the person, then removes them', async () => {
      store.reset({ members: [person('Ana Silva'), person('Bo Li')] })
      const onMembersRemoved = vi.fn()
      const user = userEvent.setup()
      renderWithMyOrg(<MemberList onMembersRemoved={onMembersRemoved} />)
      await user.click(await screen.findByRole('button', { name: 'Manage Bo Li' }))
      await user.click(screen.getByRole('button', { name: 'Remove from organization' }))
      const confirm = await screen.findByRole('alertdialog', {
        name: 'Remove Bo Li from the organization?',
      })
      expect(within(confirm).queryByText(/This is you/)).toBeNull()
      await user.click(within(confirm).getByRole('button', { name: 'Remove' }))
      await waitFor(() => {
        expect(screen.queryByRole('rowheader', { name: /Bo Li/ })).toBeNull()
      })
      expect(onMembersRemoved).toHaveBeenCalledWith(['auth0|boli'])
      expect(store.state.members.map((m) => m.name)).toEqual(['Ana Silva'])
    })

    it('warns that removing yourself ends your access', async () => {
      store.reset({ members: [person('Ana Silva'), person('Bo Li')] })
      const user = userEvent.setup()
      renderWithMyOrg(<MemberList />, {
        getAccessToken: ({ audience }) =>
          Promise.resolve(
            createMockAccessToken({
              sub: 'auth0|anasilva',
              orgId: seedOrganizationId,
              audience,
            }),
          ),
      })
      expect(await screen.findByText('You')).toBeVisible()
      await user.click(screen.getByRole('checkbox', { name: 'Select Ana Silva' }))
      await user.click(screen.getByRole('button', { name: 'Remove selected' }))
      const confirm = await screen.findByRole('alertdialog', {
        name: 'Remove Ana Silva from the organization?',
      })
      expect(within(confirm).getByText(/This is you/)).toBeVisible()
    })

    it('removes several, one request each, and lists the one that failed', async () => {
      store.reset({ members: ['Ana Silva', 'Bo Li', 'Cy Dane', 'Di Eze'].map((n) => person(n)) })
      const onError = vi.fn()
      const user = userEvent.setup()
      renderWithMyOrg(<MemberList onError={onError} />)
      await user.click(await screen.findByRole('checkbox', { name: 'Select every member shown' }))
      expect(screen.getByText('4 members selected')).toBeVisible()
      faults.serverError = { operations: ['deleteMemberships'], times: 1 }
      await user.click(screen.getByRole('button', { name: 'Remove selected' }))
      const confirm = await screen.findByRole('alertdialog', {
        name: 'Remove 4 members from the organization?',
      })
      await user.click(within(confirm).getByRole('button', { name: 'Remove 4 members' }))
      const report = await screen.findByRole('alert', {}, { timeout: 5000 })
      expect(report).toHaveTextContent('3 members were removed; 1 was not:')
      expect(report).toHaveTextContent('Ana Silva: Something went wrong on the server')
      expect(store.state.members.map((m) => m.name)).toEqual(['Ana Silva'])
      expect(onError).toHaveBeenCalledWith(expect.any(Error), {
        action: 'remove',
        userId: 'auth0|anasilva',
      })
      await user.click(screen.getByRole('button', { name: 'Close' }))
      expect(screen.getAllByRole('rowheader')).toHaveLength(1)
      expect(screen.getByText('1 member selected')).toBeVisible()
    })
  })

  describe('permissions', () => {
    it('read-only: no selection or role changes, and says which permissions are missing', async () => {
      const user = userEvent.setup()
      renderWithMyOrg(<MemberList />, { scopes: permissionSets.readOnly })
      await screen.findByRole('table')
      expect(screen.queryByRole('checkbox')).toBeNull()
      expect(
        screen.getByText(
          /Not available with your access: giving roles \(needs create:my_org:member_roles\), removing roles \(needs delete:my_org:member_roles\), removing members \(needs delete:my_org:memberships\)/,
        ),
      ).toBeVisible()
      await user.click(screen.getAllByRole('button', { name: /^Manage/ })[0]!)
      const dialog = await screen.findByRole('dialog')
      expect(within(dialog).queryByRole('searchbox')).toBeNull()
      expect(within(dialog).queryByRole('button', { name: /^Remove/ })).toBeNull()
    })

    it('without the roles scope: no roles column, one request without fields', async () => {
      const lists = captureGets('/members')
      renderWithMyOrg(<MemberList />, { scopes: scopesWithout('listMemberRoles') })
      await screen.findByRole('table')
      expect(screen.queryByRole('columnheader', { name: 'Roles' })).toBeNull()
      expect(lists[0]?.searchParams.get('fields')).toBeNull()
      expect(screen.getByText(/seeing roles \(needs read:my_org:member_roles\)/)).toBeVisible()
    })

    it('without read: a clear no-access state and no request', async () => {
      const lists = captureGets('/members')
      renderWithMyOrg(<MemberList />, { scopes: permissionSets.none })
      expect(
        await screen.findByText('You don’t have access to your organization’s members'),
      ).toBeVisible()
      expect(lists).toHaveLength(0)
    })
  })

  describe('errors', () => {
    it('explains a load failure, reports it, and retries', async () => {
      faults.serverError = { operations: ['listMembers'], times: 1 }
      const onError = vi.fn()
      const user = userEvent.setup()
      renderWithMyOrg(<MemberList onError={onError} />)
      const alert = await screen.findByRole('alert', {}, { timeout: 5000 })
      expect(alert).toHaveTextContent('Something went wrong on the server')
      expect(onError).toHaveBeenCalledWith(expect.any(Error), { action: 'load' })
      await user.click(within(alert).getByRole('button', { name: 'Try again' }))
      expect(await screen.findByRole('table')).toBeVisible()
    })

    it('says when the API is rate limiting', async () => {
      faults.rateLimit = { operations: ['listMembers'], retryAfterSeconds: 1 }
      renderWithMyOrg(<MemberList />)
      const alert = await screen.findByRole('alert', {}, { timeout: 8000 })
      expect(alert).toHaveTextContent('Too many requests')
    }, 10_000)

    it('names the origin to allow when CORS blocks the request', async () => {
      faults.corsBlocked = {}
      renderWithMyOrg(<MemberList />)
      const alert = await screen.findByRole('alert', {}, { timeout: 5000 })
      expect(alert).toHaveTextContent('Allowed Origins (CORS)')
    })
  })
})
