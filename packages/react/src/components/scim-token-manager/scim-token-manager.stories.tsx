/// <reference types="msw-storybook-addon/types" />
import { hostileIds, hostileSeed, permissionSets, scopesWithout, seedId } from '@myorg-kit/mock-api'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'

import { expectHarmless, watchHostile } from '../../../test/hostile-checks.ts'
import { apiFailureStory } from '../../../test/api-failure-stories.ts'
import { ScimTokenManager } from './scim-token-manager.tsx'

const okta = seedId('con', 'acme-okta')
const entra = seedId('con', 'acme-entra')
const ping = seedId('con', 'acme-ping')
const oidc = seedId('con', 'acme-oidc')
const adfs = seedId('con', 'acme-adfs')
const saml = seedId('con', 'acme-saml')
const day = 24 * 60 * 60 * 1000
const scopes = ['urn:ietf:params:scim:api:messages:2.0:PatchOp']

/** One provider with all three token states: expired, expiring in 5 days, never expiring. */
function allTokenStates() {
  const now = Date.now()
  return [
    {
      identity_provider_id: okta,
      token_id: seedId('tok', 'story-expired'),
      created_at: new Date(now - 200 * day).toISOString(),
      valid_until: new Date(now - 10 * day).toISOString(),
      scopes,
    },
    {
      identity_provider_id: okta,
      token_id: seedId('tok', 'story-expiring'),
      created_at: new Date(now - 85 * day).toISOString(),
      valid_until: new Date(now + 5 * day).toISOString(),
      scopes,
    },
    {
      identity_provider_id: okta,
      token_id: seedId('tok', 'story-never'),
      created_at: new Date(now - 30 * day).toISOString(),
      scopes,
    },
  ]
}

const meta = {
  title: 'Components/ScimTokenManager',
  component: ScimTokenManager,
  args: {
    identityProviderId: okta,
    onProvisioningEnabled: fn(),
    onProvisioningDisabled: fn(),
    onTokenCreated: fn(),
    onTokenRevoked: fn(),
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
} satisfies Meta<typeof ScimTokenManager>

export default meta
type Story = StoryObj<typeof meta>

/** Acme Okta: provisioning on, its mapping, one token that never expires. */
export const Loaded: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(
      await canvas.findByRole('heading', { name: 'SCIM provisioning for Acme Okta' }),
    ).toBeVisible()
    await expect(
      await canvas.findByRole('table', { name: 'SCIM tokens for Acme Okta' }),
    ).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Create token' })).toBeVisible()
  },
}

/** Expired, expiring within 14 days and never-expiring tokens side by side, with the guide. */
export const AllTokenStates: Story = {
  parameters: {
    myOrg: {
      seed: { scimTokens: allTokenStates(), maxScimTokensPerIdentityProvider: null },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const table = await canvas.findByRole('table', { name: 'SCIM tokens for Acme Okta' })
    await expect(table).toHaveTextContent('Expired')
    await expect(table).toHaveTextContent('Expires in 5 days')
    await expect(table).toHaveTextContent('No expiry')
    await expect(canvas.getByRole('group', { name: /has expired/ })).toBeVisible()
  },
}

/** Acme Entra's token expires in 3 days: the rotation guide is offered inline. */
export const ExpiringToken: Story = {
  args: { identityProviderId: entra },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const guide = await canvas.findByRole('group', { name: /before sync stops/ })
    await expect(within(guide).getAllByRole('listitem')).toHaveLength(4)
    await userEvent.click(within(guide).getByRole('button', { name: 'Create the new token' }))
    await expect(canvas.getByRole('radio', { name: '90 days' })).toHaveFocus()
  },
}

/** Acme PingFederate's only token has expired. */
export const ExpiredToken: Story = {
  args: { identityProviderId: ping },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('group', { name: /has expired/ })).toBeVisible()
  },
}

/** Provisioning on, no token yet. */
export const NoTokens: Story = {
  parameters: { myOrg: { seed: { scimTokens: [] } } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(/No token yet/)).toBeVisible()
  },
}

/** Acme Login (OIDC) has no provisioning: Enable, with a confirmation. */
export const NotSetUp: Story = {
  args: { identityProviderId: oidc },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(
      await canvas.findByRole('button', { name: 'Enable SCIM provisioning' }),
    ).toBeVisible()
  },
}

/** Enabling: confirm, then the endpoint URL and the token form appear. */
export const EnableProvisioning: Story = {
  args: { identityProviderId: oidc },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await userEvent.click(await canvas.findByRole('button', { name: 'Enable SCIM provisioning' }))
    const dialog = await canvas.findByRole('alertdialog', {
      name: 'Enable SCIM provisioning for Acme Login (OIDC)?',
    })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Enable provisioning' }))
    await expect(await canvas.findByRole('button', { name: 'Create token' })).toBeVisible()
    await waitFor(() => expect(args.onProvisioningEnabled).toHaveBeenCalled())
  },
}

/** ADFS cannot provision with SCIM in this application: said plainly, no Enable. */
export const StrategyCannotProvision: Story = {
  args: { identityProviderId: adfs },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(
      await canvas.findByText(/ADFS connections can’t provision users with SCIM/),
    ).toBeVisible()
    await expect(canvas.queryByRole('button')).toBeNull()
  },
}

/** Acme SAML is managed by the tenant admin (`limited`): view only, explained. */
export const ManagedByAdmin: Story = {
  args: { identityProviderId: saml },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText(/managed by your Auth0 administrator/),
    ).toBeVisible()
  },
}

/** The show-once dialog, as the admin sees it right after "Create token". */
export const ShowOnceDialog: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await userEvent.click(await canvas.findByRole('button', { name: 'Create token' }))
    const dialog = await canvas.findByRole('dialog', { name: 'Copy your new SCIM token' })
    await expect(within(dialog).getByTestId('scim-token-secret')).toHaveTextContent(
      /^[A-Za-z0-9]{64}$/,
    )
    // Escape twice (Chromium force-closes on the second): the dialog stays.
    await userEvent.keyboard('{Escape}')
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(dialog).toHaveAttribute('open'))
    await expect(dialog).toBeVisible()
    await expect(within(dialog).getByRole('button', { name: 'Done' })).toHaveAttribute(
      'aria-disabled',
      'true',
    )
    await expect(args.onTokenCreated).toHaveBeenCalledWith(
      expect.not.objectContaining({ token: expect.anything() as unknown }),
    )
  },
}

/** The show-once dialog in the dark theme. */
export const ShowOnceDialogDark: Story = {
  ...ShowOnceDialog,
  globals: { theme: 'dark' },
}

/** Ticking the box enables Done; closing removes the secret from the page. */
export const ShowOnceDialogConfirmed: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(await canvas.findByRole('button', { name: 'Create token' }))
    const dialog = await canvas.findByRole('dialog', { name: 'Copy your new SCIM token' })
    const secret = within(dialog).getByTestId('scim-token-secret').textContent
    await userEvent.click(within(dialog).getByRole('checkbox', { name: /I have copied/ }))
    await userEvent.click(within(dialog).getByRole('button', { name: 'Done' }))
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull())
    await expect(canvasElement.ownerDocument.body.innerHTML).not.toContain(secret)
  },
}

/** "Discard token": it stays valid; close, or revoke it now. */
export const DiscardToken: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(await canvas.findByRole('button', { name: 'Create token' }))
    const dialog = await canvas.findByRole('dialog', { name: 'Copy your new SCIM token' })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Discard token' }))
    await expect(
      await canvas.findByRole('dialog', { name: 'Discard this token without copying it?' }),
    ).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Revoke it and close' })).toBeVisible()
  },
}

/** The server refuses a third token: its own message is shown. */
export const TokenCapReached: Story = {
  args: { identityProviderId: entra },
  parameters: { myOrg: { seed: { maxScimTokensPerIdentityProvider: 1 } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(await canvas.findByRole('button', { name: 'Create token' }))
    await expect(await canvas.findByRole('alert')).toHaveTextContent(/the most allowed \(1\)/)
  },
}

/** A custom lifetime that is out of range: said on the field, nothing sent. */
export const CustomLifetimeInvalid: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(await canvas.findByRole('radio', { name: 'Custom' }))
    await userEvent.type(canvas.getByRole('textbox', { name: 'Days until it expires' }), '9000')
    await userEvent.click(canvas.getByRole('button', { name: 'Create token' }))
    await expect(
      canvas.getByRole('textbox', { name: 'Days until it expires' }),
    ).toHaveAccessibleDescription(/Enter a number of days from 1 to 3650/)
  },
}

/** Revoking asks first. */
export const RevokeToken: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const tokenId = seedId('tok', 'acme-okta-1')
    await userEvent.click(await canvas.findByRole('button', { name: `Revoke token ${tokenId}` }))
    await expect(
      await canvas.findByRole('alertdialog', { name: `Revoke token ${tokenId}?` }),
    ).toBeVisible()
  },
}

/** Disabling says the IdP's sync stops and its tokens stop working. */
export const DisableProvisioning: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await canvas.findByRole('table', { name: 'SCIM tokens for Acme Okta' })
    await userEvent.click(canvas.getByRole('button', { name: 'Disable provisioning' }))
    const dialog = await canvas.findByRole('alertdialog', {
      name: 'Disable SCIM provisioning for Acme Okta?',
    })
    await expect(dialog).toHaveTextContent(/stop syncing users/)
    await expect(dialog).toHaveTextContent(/stops working at once/)
  },
}

/** Refreshing the mapping asks first. */
export const RefreshMapping: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(await canvas.findByRole('button', { name: 'Refresh attribute mapping' }))
    await expect(
      await canvas.findByRole('alertdialog', { name: 'Refresh the attribute mapping?' }),
    ).toBeVisible()
  },
}

/** Read scopes only: everything visible, no action, the missing permissions named. */
export const ReadOnly: Story = {
  args: { identityProviderId: entra },
  parameters: { myOrg: { scopes: permissionSets.readOnly } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await canvas.findByRole('table', { name: /SCIM tokens for/ })
    await expect(canvas.getAllByText(/Not available with your access/)[0]).toBeVisible()
    await expect(canvas.queryByRole('button', { name: /Revoke|Create|Disable|Refresh/ })).toBeNull()
  },
}

/** Provisioning readable, tokens not: explained, not fetched. */
export const TokensHidden: Story = {
  parameters: { myOrg: { scopes: scopesWithout('listScimTokens') } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(/SCIM tokens are not shown/)).toBeVisible()
  },
}

export const NoAccess: Story = {
  parameters: { myOrg: { scopes: ['read:my_org:details'] } },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText('You don’t have access to provisioning settings'),
    ).toBeVisible()
  },
}

export const NotFound: Story = {
  args: { identityProviderId: 'con_AAAAAAAAAAAAAAAA' },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText('This identity provider was not found'),
    ).toBeVisible()
  },
}

export const Loading: Story = {
  parameters: { myOrg: { latencyMs: 60_000 } },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByRole('status', { name: 'Loading provisioning…' }),
    ).toBeInTheDocument()
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
  ...AllTokenStates,
  globals: { theme: 'dark' },
}

/**
 * `hostileSeed()`: a provider named with a right-to-left override, a mapping of 2,000-character
 * attributes and markup, dates that don't parse, and a token that breaks the contract. Nothing
 * runs, nothing is fetched elsewhere, nothing overflows, and a token can still be created.
 */
export const HostileData: Story = {
  args: { identityProviderId: hostileIds.okta },
  parameters: { myOrg: { seed: hostileSeed() } },
  beforeEach: watchHostile,
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await canvas.findByRole('table', { name: /^SCIM tokens for/ })
    await expect(canvas.getByText(/1 item could not be shown/)).toBeVisible()
    await expect(canvas.getAllByText('Unknown date').length).toBeGreaterThan(0)
    await expectHarmless(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Create token' }))
    const dialog = await canvas.findByRole('dialog', { name: 'Copy your new SCIM token' })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Discard token' }))
    await waitFor(() => expect(args.onTokenCreated).toHaveBeenCalled())
  },
}
