/// <reference types="msw-storybook-addon/types" />
import { permissionSets } from '@myorg-kit/mock-api'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'

import { faults } from '../../../../../.storybook/mock-api.ts'
import { expectHarmless, watchHostile } from '../../../test/hostile-checks.ts'
import { expectRowsAsCards, phone } from '../../../test/narrow-cards.tsx'
import { apiFailureStory } from '../../../test/api-failure-stories.ts'
import { InvitationManager } from './invitation-manager.tsx'

const meta = {
  title: 'Components/InvitationManager',
  component: InvitationManager,
  args: { onInvitationsCreated: fn(), onInvitationsRevoked: fn(), onError: fn() },
  parameters: { layout: 'fullscreen' },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '72rem', marginInline: 'auto' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof InvitationManager>

export default meta
type Story = StoryObj<typeof meta>

const wait = { timeout: 8000 }

/** Acme's invitations: pending, expiring and expired, with copy, resend and revoke. */
export const Loaded: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await canvas.findByRole('table', { name: 'Invitations not yet accepted' }, wait)
    await expect(canvas.getAllByText('Expired').length).toBeGreaterThan(0)
  },
}

export const Loading: Story = {
  parameters: { myOrg: { latencyMs: 60_000 } },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByRole('status', { name: 'Loading invitations…' }),
    ).toBeInTheDocument()
  },
}

export const Empty: Story = {
  parameters: { myOrg: { seed: { invitations: [] } } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No pending invitations')).toBeVisible()
  },
}

/** Three per page: "Load more" until all are shown. */
export const ManyPages: Story = {
  args: { pageSize: 3 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await canvas.findByRole('table', {}, wait)
    await expect(canvas.getAllByRole('rowheader')).toHaveLength(3)
    await userEvent.click(canvas.getByRole('button', { name: 'Load more' }))
    await waitFor(() => expect(canvas.getAllByRole('rowheader')).toHaveLength(6), wait)
  },
}

/** Pasted addresses: a duplicate folded, an invalid one marked and kept, the rest sent. */
export const InviteMany: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const box = await canvas.findByRole('textbox', { name: 'Email addresses' }, wait)
    await userEvent.click(box)
    await userEvent.paste('ana@acme.com, bo@acme.com; ANA@acme.com\nnot-an-address')
    await expect(canvas.getByText(/2 addresses will be invited · 1 duplicate folded/)).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: 'Send 2 invitations' }))
    await expect(await canvas.findByText('2 invitations were sent.', {}, wait)).toBeVisible()
    await expect(box).toHaveValue('not-an-address')
  },
}

/** 12 addresses, the first request fails: 2 sent, 10 listed with why and kept to retry. */
export const PartialBatchFailure: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const box = await canvas.findByRole('textbox', { name: 'Email addresses' }, wait)
    await userEvent.click(box)
    await userEvent.paste(Array.from({ length: 12 }, (_, i) => `p${i}@acme.com`).join(' '))
    faults.serverError = { operations: ['createMemberInvitations'], times: 1 }
    await userEvent.click(canvas.getByRole('button', { name: 'Send 12 invitations' }))
    const alert = await canvas.findByRole('alert', {}, wait)
    await expect(alert).toHaveTextContent('Some invitations were not sent')
  },
}

/** Markup and right-to-left text in an inviter's name are shown as text. */
export const HostileData: Story = {
  beforeEach: watchHostile,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const box = await canvas.findByRole('textbox', { name: 'Email addresses' }, wait)
    await userEvent.type(box, '<script>alert(1)</script> مريم@acme.com')
    await expect(canvasElement.querySelector('script')).toBeNull()
    await expect(box).toHaveAccessibleDescription(/<script>alert\(1\)<\/script>/)
    await expectHarmless(canvasElement)
  },
}

/** On a phone each row is a card: the invitee, then roles, inviter and dates named, then actions. */
export const Phone: Story = {
  decorators: [phone],
  play: async ({ canvasElement }) => {
    await expectRowsAsCards(canvasElement, /^Revoke /, ['Roles', 'Invited by', 'Sent', 'Expires'])
  },
}

export const ReadOnly: Story = {
  parameters: { myOrg: { scopes: permissionSets.readOnly } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await canvas.findByRole('table', {}, wait)
    await expect(canvas.queryByRole('textbox', { name: 'Email addresses' })).toBeNull()
    await expect(canvas.getByText(/Not available with your access/)).toBeVisible()
  },
}

export const NoAccess: Story = {
  parameters: { myOrg: { scopes: ['read:my_org:details'] } },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText(
        'You don’t have access to your organization’s invitations',
      ),
    ).toBeVisible()
  },
}

export const ServerError: Story = apiFailureStory('server-error')

export const RateLimited: Story = apiFailureStory('rate-limited')

export const CorsFailure: Story = apiFailureStory('cors')

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const root = await within(canvasElement).findByRole('region', { name: 'Invitations' })
    await expect(root).toHaveAttribute('data-mk-theme', 'dark')
  },
}
