/// <reference types="msw-storybook-addon/types" />
import type { IdpStrategy } from '@myorg-kit/client'
import {
  type MockIdentityProvider,
  createDefaultSeed,
  hostileSeed,
  permissionSets,
  scopesWithout,
  seedId,
} from '@myorg-kit/mock-api'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'

import { faults } from '../../../../../.storybook/mock-api.ts'
import { IdentityProviderList } from './identity-provider-list.tsx'
import { expectHarmless, watchHostile } from '../../../test/hostile-checks.ts'
import { apiFailureStory } from '../../../test/api-failure-stories.ts'

const meta = {
  title: 'Components/IdentityProviderList',
  component: IdentityProviderList,
  args: {
    onIdentityProviderUpdated: fn(),
    onIdentityProviderDeleted: fn(),
    onIdentityProviderDetached: fn(),
    onAttributeMappingRefreshed: fn(),
    onIdentityProviderDomainsChanged: fn(),
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
} satisfies Meta<typeof IdentityProviderList>

export default meta
type Story = StoryObj<typeof meta>

function itemOf(canvasElement: HTMLElement, name: string): Promise<HTMLElement> {
  return within(canvasElement)
    .findByRole('heading', { name, level: 3 }, { timeout: 8000 })
    .then((heading) => {
      const li = heading.closest('li')
      if (!li) {
        throw new Error(`no item ${name}`)
      }
      return li
    })
}

/** Acme's eight providers: every strategy and access level. */
export const Loaded: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const list = await canvas.findByRole('list', { name: 'Identity providers' })
    await expect(within(list).getAllByRole('heading', { level: 3 })).toHaveLength(8)
    await expect(canvas.getByRole('switch', { name: 'Acme Okta enabled' })).toBeChecked()
    await expect(canvas.getByRole('button', { name: 'Add identity provider' })).toBeVisible()
  },
}

/** A row's details: SCIM status is fetched now, and the actions its access level allows. */
export const Expanded: Story = {
  play: async ({ canvasElement }) => {
    const okta = await itemOf(canvasElement, 'Acme Okta')
    await userEvent.click(within(okta).getByRole('button', { name: 'Details of Acme Okta' }))
    await expect(await within(okta).findByText('On')).toBeVisible()
    await expect(within(okta).getByRole('button', { name: 'Delete Acme Okta' })).toBeVisible()
  },
}

export const Loading: Story = {
  parameters: { myOrg: { latencyMs: 60_000 } },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByRole('status', { name: 'Loading identity providers…' }),
    ).toBeInTheDocument()
  },
}

export const Empty: Story = {
  parameters: { myOrg: { seed: { identityProviders: [] } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByText('No identity provider yet')).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Add identity provider' })).toBeVisible()
  },
}

/** The switch turns off at once; the server agrees. */
export const ToggleOff: Story = {
  play: async ({ canvasElement, args }) => {
    const okta = await itemOf(canvasElement, 'Acme Okta')
    const toggle = within(okta).getByRole('switch', { name: 'Acme Okta enabled' })
    await userEvent.click(toggle)
    await expect(toggle).not.toBeChecked()
    await waitFor(() => expect(args.onIdentityProviderUpdated).toHaveBeenCalled())
  },
}

/** The PATCH fails: the switch goes back on and the row says why. */
export const ToggleRollback: Story = {
  beforeEach() {
    faults.serverError = { operations: ['updateIdentityProvider'] }
  },
  play: async ({ canvasElement }) => {
    const okta = await itemOf(canvasElement, 'Acme Okta')
    const toggle = within(okta).getByRole('switch', { name: 'Acme Okta enabled' })
    await userEvent.click(toggle)
    await expect(
      await within(okta).findByText(/Could not disable Acme Okta/, {}, { timeout: 8000 }),
    ).toBeVisible()
    await waitFor(() => expect(toggle).toBeChecked())
  },
}

/** Delete needs the name typed; under allow_if_empty a provider with users is refused. */
export const DeleteRefused: Story = {
  play: async ({ canvasElement }) => {
    const okta = await itemOf(canvasElement, 'Acme Okta')
    await userEvent.click(within(okta).getByRole('button', { name: 'Details of Acme Okta' }))
    await userEvent.click(within(okta).getByRole('button', { name: 'Delete Acme Okta' }))
    const body = within(canvasElement.ownerDocument.body)
    const dialog = await body.findByRole('alertdialog', { name: 'Delete Acme Okta?' })
    await within(dialog).findByText(/only allows deleting a provider that has no users left/)
    await userEvent.type(within(dialog).getByRole('textbox'), 'acme-okta')
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete provider' }))
    const alert = await within(dialog).findByRole('alert')
    await expect(alert).toHaveTextContent('Acme Okta still has users')
    await expect(
      within(alert).getByRole('button', { name: 'Remove from organization instead' }),
    ).toBeVisible()
  },
}

/** Under `allow`, the dialog warns that the users go with the provider. */
export const DeleteAllow: Story = {
  parameters: {
    myOrg: {
      seed: {
        configuration: { connection_deletion_behavior: 'allow', allowed_strategies: ['okta'] },
      },
    },
  },
  play: async ({ canvasElement }) => {
    const okta = await itemOf(canvasElement, 'Acme Okta')
    await userEvent.click(within(okta).getByRole('button', { name: 'Details of Acme Okta' }))
    await userEvent.click(within(okta).getByRole('button', { name: 'Delete Acme Okta' }))
    const body = within(canvasElement.ownerDocument.body)
    const dialog = await body.findByRole('alertdialog', { name: 'Delete Acme Okta?' })
    await expect(
      await within(dialog).findByText(/will be deleted with it/, {}, { timeout: 8000 }),
    ).toBeVisible()
  },
}

export const Detach: Story = {
  play: async ({ canvasElement }) => {
    const entra = await itemOf(canvasElement, 'Acme Microsoft Entra ID')
    await userEvent.click(
      within(entra).getByRole('button', { name: 'Details of Acme Microsoft Entra ID' }),
    )
    await userEvent.click(
      within(entra).getByRole('button', {
        name: 'Remove from organization: Acme Microsoft Entra ID',
      }),
    )
    const body = within(canvasElement.ownerDocument.body)
    const dialog = await body.findByRole('alertdialog', {
      name: 'Remove Acme Microsoft Entra ID from the organization?',
    })
    await expect(dialog).toHaveTextContent(/Unlike Delete/)
  },
}

/** Refresh shows what will change, then what changed. */
export const RefreshAttributes: Story = {
  play: async ({ canvasElement }) => {
    const oidc = await itemOf(canvasElement, 'Acme Login (OIDC)')
    await userEvent.click(
      within(oidc).getByRole('button', { name: 'Details of Acme Login (OIDC)' }),
    )
    await userEvent.click(
      within(oidc).getByRole('button', {
        name: 'Refresh attribute mapping of Acme Login (OIDC)',
      }),
    )
    const body = within(canvasElement.ownerDocument.body)
    const dialog = await body.findByRole('alertdialog', {
      name: 'Refresh the attribute mapping of Acme Login (OIDC)?',
    })
    await userEvent.click(within(dialog).getByRole('button', { name: 'Refresh mapping' }))
    await expect(await within(oidc).findByText('Removed: Department')).toBeVisible()
    await expect(within(oidc).getByText('Added: Last name')).toBeVisible()
  },
}

/** Link acme.co.uk to Acme Okta: progress, then a line per change. */
export const ManageDomains: Story = {
  play: async ({ canvasElement }) => {
    const okta = await itemOf(canvasElement, 'Acme Okta')
    await userEvent.click(within(okta).getByRole('button', { name: 'Details of Acme Okta' }))
    await userEvent.click(within(okta).getByRole('button', { name: 'Manage domains of Acme Okta' }))
    const editor = within(okta).getByRole('group', { name: 'Domains of Acme Okta' })
    await userEvent.click(await within(editor).findByRole('checkbox', { name: 'acme.co.uk' }))
    await userEvent.click(within(editor).getByRole('button', { name: 'Apply changes' }))
    await expect(
      await within(editor).findByText('All changes applied.', {}, { timeout: 8000 }),
    ).toBeVisible()
    await expect(within(editor).getByText('Linked acme.co.uk')).toBeVisible()
  },
}

/** Limited and read-only providers: only what the API allows, and why. */
export const AccessLevels: Story = {
  play: async ({ canvasElement }) => {
    const saml = await itemOf(canvasElement, 'Acme SAML')
    await userEvent.click(within(saml).getByRole('button', { name: 'Details of Acme SAML' }))
    await expect(saml).toHaveTextContent(/Its settings, domains and deletion are managed by them/)
    await expect(within(saml).queryByRole('button', { name: 'Delete Acme SAML' })).toBeNull()
    const google = await itemOf(canvasElement, 'Acme Google Workspace')
    await expect(within(google).queryByRole('switch')).toBeNull()
  },
}

/** Without a host callback, Add opens the wizard region in place; Back returns. */
export const InPlacePanel: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const add = await canvas.findByRole('button', { name: 'Add identity provider' })
    await userEvent.click(add)
    await waitFor(() =>
      expect(canvas.getByRole('heading', { name: 'Add an identity provider' })).toHaveFocus(),
    )
    await userEvent.click(canvas.getByRole('button', { name: 'Back to identity providers' }))
    await waitFor(() => expect(add).toHaveFocus())
  },
}

/** Add, in place: the IdpWizard opens inside the list (loaded on first use). */
export const InPlaceWizard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(await canvas.findByRole('button', { name: 'Add identity provider' }))
    const panel = canvas.getByRole('region', { name: 'Add an identity provider' })
    await expect(
      await within(panel).findByRole(
        'heading',
        { name: 'Which identity provider does your company use?' },
        { timeout: 8000 },
      ),
    ).toBeVisible()
  },
}

/** Manage provisioning, in place: the ScimTokenManager for that provider. */
export const InPlaceProvisioning: Story = {
  play: async ({ canvasElement }) => {
    const okta = await itemOf(canvasElement, 'Acme Okta')
    await userEvent.click(within(okta).getByRole('button', { name: 'Details of Acme Okta' }))
    await userEvent.click(
      await within(okta).findByRole('button', { name: 'Manage provisioning of Acme Okta' }),
    )
    const panel = within(canvasElement).getByRole('region', { name: 'Provisioning for Acme Okta' })
    await expect(
      await within(panel).findByRole(
        'table',
        { name: 'SCIM tokens for Acme Okta' },
        { timeout: 8000 },
      ),
    ).toBeVisible()
  },
}

/** A connection of a strategy the kit does not know (e.g. AD/LDAP), with full access. */
const unknownType: MockIdentityProvider = {
  id: seedId('con', 'acme-directory'),
  name: 'acme-ldap',
  // Not an IdpStrategy: the kit can't read its configuration.
  strategy: 'ad' as unknown as IdpStrategy,
  display_name: 'Acme Directory',
  show_as_button: true,
  assign_membership_on_login: false,
  is_enabled: true,
  access_level: 'full',
  domains: ['corp.acme.com'],
  options: {},
  user_count: 12,
}

/** A provider of a type the kit does not know: one read-only row that says so. */
export const UnknownProviderType: Story = {
  parameters: {
    myOrg: {
      seed: { identityProviders: [...createDefaultSeed().identityProviders, unknownType] },
    },
  },
  play: async ({ canvasElement }) => {
    const row = await itemOf(canvasElement, 'Acme Directory')
    await expect(row).toHaveTextContent('Unknown provider type')
    await expect(row).not.toHaveTextContent('Full control')
    await expect(within(row).queryByRole('button')).toBeNull()
  },
}

/** Read scopes only: the list, no writes, and which permissions are missing. */
export const ReadOnlyScopes: Story = {
  parameters: { myOrg: { scopes: permissionSets.readOnly } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await itemOf(canvasElement, 'Acme Okta')
    await expect(canvas.getByText(/Not available with your access/)).toBeVisible()
    await expect(canvas.queryByRole('switch')).toBeNull()
    await expect(canvas.queryByRole('button', { name: 'Add identity provider' })).toBeNull()
  },
}

export const WithoutDelete: Story = {
  parameters: { myOrg: { scopes: scopesWithout('deleteIdentityProvider') } },
  play: async ({ canvasElement }) => {
    const okta = await itemOf(canvasElement, 'Acme Okta')
    await userEvent.click(within(okta).getByRole('button', { name: 'Details of Acme Okta' }))
    await expect(within(okta).queryByRole('button', { name: 'Delete Acme Okta' })).toBeNull()
  },
}

export const NoAccess: Story = {
  parameters: { myOrg: { scopes: ['read:my_org:details'] } },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText(
        'You don’t have access to your organization’s identity providers',
      ),
    ).toBeVisible()
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
    const root = await canvas.findByRole('region', { name: 'Single sign-on' })
    await expect(root).toHaveAttribute('data-mk-theme', 'dark')
    const okta = await itemOf(canvasElement, 'Acme Okta')
    await userEvent.click(within(okta).getByRole('button', { name: 'Details of Acme Okta' }))
    await expect(await within(okta).findByText('On')).toBeVisible()
  },
}

/**
 * `hostileSeed()`: names with markup, a right-to-left override and zero-width characters (each
 * flagged), a 2,000-character name, a strategy the kit doesn't know, and a provider that breaks
 * the contract (counted). Nothing runs or is fetched, nothing overflows, and a row still opens.
 */
export const HostileData: Story = {
  parameters: { myOrg: { seed: hostileSeed() } },
  beforeEach: watchHostile,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const list = await canvas.findByRole('list', { name: 'Identity providers' }, { timeout: 8000 })
    await expect(within(list).getAllByRole('heading', { level: 3 })).toHaveLength(4)
    await expect(canvas.getByText(/1 item could not be shown/)).toBeVisible()
    await expect(within(list).getAllByText('Invisible characters')).toHaveLength(3)
    const [okta] = within(list).getAllByRole('listitem')
    const row = within(okta ?? list)
    await userEvent.click(row.getByRole('button', { name: /^Details of/ }))
    await expect(await row.findByText('On')).toBeVisible()
    await expectHarmless(canvasElement)
    // The delete confirmation names the provider, flags its invisible characters, and fits.
    await userEvent.click(row.getByRole('button', { name: /^Delete / }))
    const dialog = await canvas.findByRole('alertdialog')
    await expect(within(dialog).getByText(/contains invisible characters/)).toBeVisible()
    await expectHarmless(canvasElement)
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }))
  },
}
