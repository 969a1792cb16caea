/// <reference types="msw-storybook-addon/types" />
import type { MockMember } from '@myorg-kit/mock-api'
import { hostileSeed, permissionSets } from '@myorg-kit/mock-api'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'

import { faults } from '../../../../../.storybook/mock-api.ts'
import { expectHarmless, watchHostile } from '../../../test/hostile-checks.ts'
import { expectRowsAsCards, phone } from '../../../test/narrow-cards.tsx'
import { apiFailureStory } from '../../../test/api-failure-stories.ts'
import { MemberList } from './member-list.tsx'

const meta = {
  title: 'Components/MemberList',
  component: MemberList,
  args: { onMembersRemoved: fn(), onMemberRolesChanged: fn(), onError: fn() },
  parameters: { layout: 'fullscreen' },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '72rem', marginInline: 'auto' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof MemberList>

export default meta
type Story = StoryObj<typeof meta>

function person(name: string, id: string, overrides: Partial<MockMember> = {}): MockMember {
  return {
    user_id: `auth0|${id}`,
    email: `${id}@acme.com`,
    name,
    created_at: '2025-03-02T10:00:00.000Z',
    updated_at: '2025-03-02T10:00:00.000Z',
    last_login: '2026-11-30T08:15:00.000Z',
    role_ids: [],
    ...overrides,
  }
}

const wait = { timeout: 8000 }

/** Acme's 120 members, 50 per page, with their roles from the same request. */
export const Loaded: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const table = await canvas.findByRole('table', { name: 'Your organization’s members' }, wait)
    await expect(within(table).getAllByRole('rowheader')).toHaveLength(50)
    await expect(canvas.getByRole('searchbox', { name: 'Filter members' })).toBeVisible()
  },
}

export const Loading: Story = {
  parameters: { myOrg: { latencyMs: 60_000 } },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByRole('status', { name: 'Loading members…' }),
    ).toBeInTheDocument()
  },
}

export const Empty: Story = {
  parameters: { myOrg: { seed: { members: [] } } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No members yet')).toBeVisible()
  },
}

/** "Load more" twice shows all 120; the filter then searches them all. */
export const ManyPages: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await canvas.findByRole('table', {}, wait)
    await userEvent.click(canvas.getByRole('button', { name: 'Load more' }))
    await waitFor(() => expect(canvas.getAllByRole('rowheader')).toHaveLength(100), wait)
    await userEvent.click(canvas.getByRole('button', { name: 'Load more' }))
    await waitFor(() => expect(canvas.getAllByRole('rowheader')).toHaveLength(120), wait)
    await expect(canvas.getByRole('searchbox')).toHaveAccessibleDescription(/all 120 members/)
  },
}

/** A member's details: roles, the server-searched picker, removal. */
export const Details: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const [first] = await canvas.findAllByRole('button', { name: /^Manage / }, wait)
    if (first) {
      await userEvent.click(first)
    }
    const body = within(canvasElement.ownerDocument.body)
    const dialog = await body.findByRole('dialog')
    await expect(
      await within(dialog).findByRole('searchbox', { name: 'Give a role' }),
    ).toBeVisible()
  },
}

/** Four selected, the first removal fails on the server: three leave, one line explains. */
export const PartialBatchFailure: Story = {
  parameters: {
    myOrg: {
      seed: {
        members: [
          person('Ana Silva', 'ana'),
          person('Bo Li', 'bo'),
          person('Cy Dane', 'cy'),
          person('Di Eze', 'di'),
        ],
      },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(
      await canvas.findByRole('checkbox', { name: 'Select every member shown' }, wait),
    )
    await userEvent.click(canvas.getByRole('button', { name: 'Remove selected' }))
    const body = within(canvasElement.ownerDocument.body)
    const dialog = await body.findByRole('alertdialog')
    faults.serverError = { operations: ['deleteMemberships'], times: 1 }
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove 4 members' }))
    const report = await body.findByRole('alert', {}, wait)
    await expect(report).toHaveTextContent('3 members were removed; 1 was not:')
  },
}

/**
 * Markup, right-to-left and very long names are shown as text, long addresses wrap at their dots,
 * and a look-alike name (a zero-width space in "Ana Silva") is flagged.
 */
export const HostileData: Story = {
  parameters: {
    myOrg: {
      seed: {
        members: [
          person('Ana Silva', 'ana'),
          person('Ana\u200B Silva', 'ana-support', { email: 'ana@acme-support.com' }),
          person('<script>alert(1)</script>', 'xss'),
          person('مريم الحسيني', 'maryam'),
          person('Wolfeschlegelsteinhausenbergerdorff'.repeat(3), 'long', {
            email: `${'very.long.address'.repeat(4)}@acme.com`,
          }),
        ],
      },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('rowheader', { name: /<script>/ }, wait)).toBeVisible()
    await expect(canvas.getByRole('rowheader', { name: /مريم/ })).toBeVisible()
    const lookalike = canvas.getByRole('rowheader', { name: /ana@acme-support\.com/ })
    await expect(within(lookalike).getByText('Invisible characters')).toBeVisible()
    const real = canvas.getByRole('rowheader', { name: /ana@acme\.com/ })
    await expect(within(real).queryByText('Invisible characters')).toBeNull()
  },
}

/**
 * The mock API's `hostileSeed()` (issue 14): bidi, markup and 3,000-character names. Nothing
 * runs, nothing leaves for another host, nothing overflows, and a member's details still open.
 */
export const HostileSeed: Story = {
  parameters: { myOrg: { seed: hostileSeed() } },
  beforeEach: watchHostile,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await canvas.findByRole('table', {}, wait)
    await expectHarmless(canvasElement)
    const manage = canvas.getAllByRole('button', { name: /^Manage / })
    await userEvent.click(manage[0] as HTMLElement)
    await expect(
      await within(canvasElement.ownerDocument.body).findByRole('dialog', {}, wait),
    ).toBeVisible()
  },
}

/** On a phone each row is a card: the person, then roles and dates named, then "Manage". */
export const Phone: Story = {
  decorators: [phone],
  play: async ({ canvasElement }) => {
    await expectRowsAsCards(canvasElement, /^Manage /, ['Roles', 'Last sign-in', 'Joined'])
  },
}

export const ReadOnly: Story = {
  parameters: { myOrg: { scopes: permissionSets.readOnly } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await canvas.findByRole('table', {}, wait)
    await expect(canvas.getByText(/Not available with your access/)).toBeVisible()
    await expect(canvas.queryByRole('checkbox')).toBeNull()
  },
}

export const NoAccess: Story = {
  parameters: { myOrg: { scopes: ['read:my_org:details'] } },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText(
        'You don’t have access to your organization’s members',
      ),
    ).toBeVisible()
  },
}

export const RateLimited: Story = apiFailureStory('rate-limited')

export const ServerError: Story = apiFailureStory('server-error')

export const CorsFailure: Story = apiFailureStory('cors')

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const root = await within(canvasElement).findByRole('region', { name: 'Members' })
    await expect(root).toHaveAttribute('data-mk-theme', 'dark')
  },
}
