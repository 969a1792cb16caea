/// <reference types="msw-storybook-addon/types" />
import { createDomainFixture, hostileSeed, permissionSets } from '@myorg-kit/mock-api'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'

import { store } from '../../../../../.storybook/mock-api.ts'
import { DomainList } from './domain-list.tsx'
import { expectHarmless, watchHostile } from '../../../test/hostile-checks.ts'
import { apiFailureStory } from '../../../test/api-failure-stories.ts'

const meta = {
  title: 'Components/DomainList',
  component: DomainList,
  args: {
    onDomainCreated: fn(),
    onDomainVerified: fn(),
    onDomainDeleted: fn(),
    onError: fn(),
  },
  parameters: { layout: 'fullscreen' },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '60rem', marginInline: 'auto' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof DomainList>

export default meta
type Story = StoryObj<typeof meta>

function manyDomains(count: number) {
  const statuses = ['verified', 'verified', 'pending', 'failed'] as const
  return Array.from({ length: count }, (_, i) =>
    createDomainFixture(`d${String(i).padStart(4, '0')}.example.com`, {
      status: statuses[i % statuses.length] ?? 'pending',
    }),
  )
}

/** Acme's five domains, one per status, with their actions. */
export const Loaded: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const table = await canvas.findByRole('table', { name: 'Your organization’s domains' })
    await expect(within(table).getAllByRole('rowheader')).toHaveLength(5)
    await expect(canvas.getByRole('button', { name: 'Verify acme-labs.io' })).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Delete acme-legacy.net' })).toBeVisible()
  },
}

export const Loading: Story = {
  parameters: { myOrg: { latencyMs: 60_000 } },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByRole('status', { name: 'Loading domains…' }),
    ).toBeInTheDocument()
  },
}

export const Empty: Story = {
  parameters: { myOrg: { seed: { domains: [] } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByText('No domains yet')).toBeVisible()
    await expect(canvas.getByRole('textbox', { name: 'Domain' })).toBeVisible()
  },
}

/** 120 domains, 50 per page: "Load more" twice shows them all. */
export const ManyDomains: Story = {
  parameters: { myOrg: { seed: { domains: manyDomains(120) } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await canvas.findByRole('rowheader', { name: 'd0049.example.com' }, { timeout: 8000 })
    await userEvent.click(canvas.getByRole('button', { name: 'Load more' }))
    await canvas.findByRole('rowheader', { name: 'd0099.example.com' }, { timeout: 8000 })
    await userEvent.click(canvas.getByRole('button', { name: 'Load more' }))
    await canvas.findByRole('rowheader', { name: 'd0119.example.com' }, { timeout: 8000 })
    await expect(canvas.getAllByRole('rowheader')).toHaveLength(120)
    await expect(canvas.queryByRole('button', { name: 'Load more' })).toBeNull()
  },
}

/** For `scripts/bench-domain-list.mjs`: 1,000 domains, loaded page by page. */
export const Benchmark1000: Story = {
  tags: ['!test', '!autodocs'],
  parameters: { myOrg: { seed: { domains: manyDomains(1000) } } },
}

/** A pasted URL is normalised, previewed, added, and its TXT record shown at once. */
export const AddDomain: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    const input = await canvas.findByRole('textbox', { name: 'Domain' })
    await userEvent.type(input, '  HTTPS://Shop.Acme.COM/login?ref=mail ')
    await expect(canvas.getByText('Will add shop.acme.com')).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: 'Add domain' }))
    const panel = await canvas.findByRole('group', { name: 'Verify shop.acme.com' })
    await expect(panel).toHaveTextContent(/IN TXT "auth0-domain-verification=/)
    await expect(
      within(panel).getByRole('button', { name: 'Copy the value of shop.acme.com' }),
    ).toBeVisible()
    await waitFor(() =>
      expect(args.onDomainCreated).toHaveBeenCalledWith(
        expect.objectContaining({ domain: 'shop.acme.com' }),
      ),
    )
  },
}

/** acme.com is already there: the field says so and keeps what was typed. */
export const Duplicate: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const input = await canvas.findByRole('textbox', { name: 'Domain' })
    await userEvent.type(input, 'https://acme.com/')
    await userEvent.click(canvas.getByRole('button', { name: 'Add domain' }))
    await waitFor(() => expect(input).toHaveAccessibleDescription(/acme.com is already added/))
    await expect(input).toHaveValue('https://acme.com/')
  },
}

/** The record is published (story `beforeEach`), so Verify turns acmecorp.dev Verified. */
export const PendingToVerified: Story = {
  beforeEach() {
    const domain = store.findDomainByName('acmecorp.dev')
    if (domain) {
      store.publishTxtRecord(domain.verification_host, domain.verification_txt)
    }
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await userEvent.click(await canvas.findByRole('button', { name: 'Verify acmecorp.dev' }))
    await expect(await canvas.findByText(/acmecorp.dev is verified/)).toBeVisible()
    const row = canvas.getByRole('rowheader', { name: 'acmecorp.dev' }).closest('tr')
    await waitFor(() => expect(row).toHaveTextContent('Verified'))
    await expect(args.onDomainVerified).toHaveBeenCalled()
  },
}

/** A TXT record exists but doesn't match: what to check, and a retry. */
export const PendingToFailed: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(await canvas.findByRole('button', { name: 'Verify acme-legacy.net' }))
    await expect(await canvas.findByText(/Verification of acme-legacy.net failed/)).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Verify again' })).toBeVisible()
  },
}

/** No record yet: after the checks (shortened here to ~4 s), "Check again". */
export const StillPending: Story = {
  args: { verificationPollDelaysMs: [2000, 2000] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(await canvas.findByRole('button', { name: 'Verify acmecorp.dev' }))
    await expect(await canvas.findByText(/Checking the DNS of acmecorp.dev/)).toBeVisible()
    await expect(
      await canvas.findByRole('button', { name: 'Check again' }, { timeout: 10_000 }),
    ).toBeVisible()
    await expect(canvas.getByText(/wasn’t found yet/)).toBeVisible()
  },
}

/** acme.com is used by Acme Okta: the confirmation says so before deleting. */
export const DeleteWithLinkedProviders: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(await canvas.findByRole('button', { name: 'Delete acme.com' }))
    const body = within(canvasElement.ownerDocument.body)
    const dialog = await body.findByRole('alertdialog', { name: 'Delete acme.com?' })
    await waitFor(() => expect(dialog).toHaveTextContent(/Acme Okta/))
    await expect(within(dialog).getByRole('button', { name: 'Delete domain' })).toBeVisible()
  },
}

/** Read scopes only: the list, no actions, and which permissions are missing. */
export const ReadOnly: Story = {
  parameters: { myOrg: { scopes: permissionSets.readOnly } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await canvas.findByRole('rowheader', { name: 'acme.com' })
    await expect(canvas.getByText(/Not available with your access/)).toBeVisible()
    await expect(canvas.queryByRole('button', { name: /^(Verify|Delete)/ })).toBeNull()
    await expect(canvas.queryByRole('textbox')).toBeNull()
  },
}

export const NoAccess: Story = {
  parameters: { myOrg: { scopes: ['read:my_org:details'] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(
      await canvas.findByText('You don’t have access to your organization’s domains'),
    ).toBeVisible()
    await expect(canvas.queryByRole('table')).toBeNull()
  },
}

export const ServerError: Story = apiFailureStory('server-error')

export const RateLimited: Story = apiFailureStory('rate-limited')

export const CorsFailure: Story = apiFailureStory('cors')

export const Offline: Story = {
  parameters: { myOrg: { api: 'offline' } },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert', {}, { timeout: 8000 })
    await expect(alert).toHaveTextContent('You seem to be offline')
  },
}

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const root = await canvas.findByRole('region', { name: 'Domains' })
    await expect(root).toHaveAttribute('data-mk-theme', 'dark')
    await canvas.findByRole('rowheader', { name: 'acme.com' })
    await userEvent.click(canvas.getByRole('button', { name: 'DNS record for acmecorp.dev' }))
    await expect(canvas.getByRole('group', { name: 'Verify acmecorp.dev' })).toBeVisible()
  },
}

/**
 * `hostileSeed()`: the longest domain name DNS allows, a TXT value of 3,000 characters with
 * markup, and three domains that break the contract (counted under the table). Nothing runs or
 * is fetched, nothing overflows, and a domain can still be added.
 */
export const HostileData: Story = {
  parameters: { myOrg: { seed: hostileSeed() } },
  beforeEach: watchHostile,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await canvas.findByRole('rowheader', { name: 'hostile.example' }, { timeout: 5000 })
    await expect(canvas.getByText(/3 items could not be shown/)).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: 'DNS record for hostile.example' }))
    await expectHarmless(canvasElement)
    // The delete confirmation of the longest name fits its dialog.
    await userEvent.click(canvas.getByRole('button', { name: /^Delete aaaa/ }))
    const dialog = await canvas.findByRole('alertdialog')
    await expectHarmless(canvasElement)
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await userEvent.type(canvas.getByRole('textbox', { name: 'Domain' }), 'added.example')
    await userEvent.click(canvas.getByRole('button', { name: 'Add domain' }))
    await expect(
      await canvas.findByRole('rowheader', { name: 'added.example' }, { timeout: 5000 }),
    ).toBeVisible()
  },
}
