/// <reference types="msw-storybook-addon/types" />
import { hostileIds, hostileSeed, permissionSets, scopesWithout } from '@myorg-kit/mock-api'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, type queries, userEvent, waitFor, within } from 'storybook/test'

import { store } from '../../../../../.storybook/mock-api.ts'
import { expectHarmless, watchHostile } from '../../../test/hostile-checks.ts'
import { apiFailureStory } from '../../../test/api-failure-stories.ts'
import { IdpWizard } from './idp-wizard.tsx'
import {
  adfsMetadataXml,
  idpMetadataExpiredXml,
  idpMetadataXml,
  loginPageHtml,
  spMetadataXml,
  validCertPem,
} from './test-fixtures/fixtures.ts'

const meta = {
  title: 'Components/IdpWizard',
  component: IdpWizard,
  args: {
    onIdentityProviderCreated: fn(),
    onIdentityProviderUpdated: fn(),
    onCancel: fn(),
    onStepChange: fn(),
    onError: fn(),
  },
  parameters: { layout: 'fullscreen' },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '52rem', marginInline: 'auto', padding: '1rem' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof IdpWizard>

export default meta
type Story = StoryObj<typeof meta>
type Canvas = ReturnType<typeof within<typeof queries>>

const user = userEvent.setup({ delay: null })

async function next(canvas: Canvas): Promise<void> {
  await user.click(canvas.getByRole('button', { name: 'Continue' }))
}

async function heading(canvas: Canvas, name: string): Promise<void> {
  await expect(await canvas.findByRole('heading', { name }, { timeout: 8000 })).toHaveFocus()
}

async function fill(canvas: Canvas, label: string, value: string): Promise<void> {
  const input = canvas.getByLabelText(label)
  await user.clear(input)
  await user.type(input, value)
}

async function upload(canvas: Canvas, label: string, name: string, content: string) {
  await user.upload(canvas.getByLabelText<HTMLInputElement>(label), new File([content], name))
}

async function pick(canvas: Canvas, label: string): Promise<void> {
  await user.click(
    await canvas.findByRole('radio', { name: new RegExp(`^${label}`) }, { timeout: 8000 }),
  )
  await next(canvas)
  await heading(canvas, 'Give these values to your IdP admin')
}

// ── The SAML path, step by step ───────────────────────────────────────────────────────────────

async function samlToValues(canvas: Canvas) {
  await pick(canvas, 'SAML')
  await fill(canvas, 'Connection name', 'acme-okta-saml')
}
async function samlToConnection(canvas: Canvas) {
  await samlToValues(canvas)
  await next(canvas)
  await heading(canvas, 'Connection details')
  await user.click(canvas.getByRole('radio', { name: 'Upload metadata file' }))
  await upload(canvas, 'IdP metadata file (.xml)', 'okta-metadata.xml', idpMetadataXml)
  await canvas.findByText(/Sign-in URL from the metadata/)
}
async function samlToName(canvas: Canvas) {
  await samlToConnection(canvas)
  await next(canvas)
  await heading(canvas, 'Name and display')
  await fill(canvas, 'Display name', 'Acme employees')
}
async function samlToDomains(canvas: Canvas) {
  await samlToName(canvas)
  await next(canvas)
  await heading(canvas, 'Link your domains')
  await user.click(await canvas.findByRole('checkbox', { name: 'acme.com' }))
}
async function samlToReview(canvas: Canvas) {
  await samlToDomains(canvas)
  await next(canvas)
  await heading(canvas, 'Review and create')
}

/** Step 1: the provider types this organization may use, each with its mark. */
export const Step1Provider: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const group = await canvas.findByRole(
      'group',
      { name: 'Identity provider type' },
      { timeout: 8000 },
    )
    await expect(within(group).getAllByRole('radio')).toHaveLength(7)
    await expect(canvas.getByText('Provider').closest('[aria-current]')).toHaveAttribute(
      'aria-current',
      'step',
    )
  },
}

/** SAML step 2: the connection name first, then ACS URL, entity ID and metadata URL to copy. */
export const SamlStep2Values: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await samlToValues(canvas)
    await expect(
      canvas.getByText('https://tenant.example/login/callback?connection=acme-okta-saml'),
    ).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Copy Entity ID (audience)' })).toBeVisible()
  },
}

/** SAML step 3: IdP metadata uploaded and checked in the browser: sign-in URL and certificate. */
export const SamlStep3Connection: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await samlToConnection(canvas)
    await expect(canvas.getByText('Subject: CN=idp.acme.example, O=Acme Corp')).toBeVisible()
  },
}

export const SamlStep4Name: Story = {
  play: async ({ canvasElement }) => {
    await samlToName(within(canvasElement))
  },
}

export const SamlStep5Domains: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await samlToDomains(canvas)
    await expect(canvas.getByText('acme-labs.io')).toBeVisible()
  },
}

export const SamlStep6Review: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await samlToReview(canvas)
    await expect(canvas.getByText(/CN=idp.acme.example, O=Acme Corp, valid until/)).toBeVisible()
  },
}

export const SamlCreated: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await samlToReview(canvas)
    await user.click(canvas.getByRole('button', { name: 'Create identity provider' }))
    await expect(
      await canvas.findByText('Acme employees was created.', {}, { timeout: 8000 }),
    ).toBeVisible()
    await expect(args.onIdentityProviderCreated).toHaveBeenCalledTimes(1)
    await expect(
      store.state.identityProviders.find((i) => i.name === 'acme-okta-saml')?.domains,
    ).toEqual(['acme.com'])
  },
}

// ── The OIDC path ─────────────────────────────────────────────────────────────────────────────

async function oidcToConnection(
  canvas: Canvas,
  discovery = 'https://login.acme.com/.well-known/openid-configuration',
) {
  await pick(canvas, 'OpenID Connect')
  await next(canvas)
  await heading(canvas, 'Connection details')
  await fill(canvas, 'Discovery URL', discovery)
  await fill(canvas, 'Client ID', 'lumen-sso')
  await fill(canvas, 'Client secret', 'oidc-secret-value')
}
async function oidcToName(canvas: Canvas, discovery?: string) {
  await oidcToConnection(canvas, discovery)
  await next(canvas)
  await heading(canvas, 'Name and display')
  await fill(canvas, 'Connection name', 'acme-oidc-2')
  await fill(canvas, 'Display name', 'Acme Login')
}
async function oidcToReview(canvas: Canvas, discovery?: string) {
  await oidcToName(canvas, discovery)
  await next(canvas)
  await heading(canvas, 'Link your domains')
  await next(canvas)
  await heading(canvas, 'Review and create')
}

/** OIDC step 2: the callback URL and the steps in the provider's console. */
export const OidcStep2Values: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await pick(canvas, 'OpenID Connect')
    await expect(canvas.getByText('https://tenant.example/login/callback')).toBeVisible()
  },
}

export const OidcStep3Connection: Story = {
  play: async ({ canvasElement }) => {
    await oidcToConnection(within(canvasElement))
  },
}

export const OidcStep4Name: Story = {
  play: async ({ canvasElement }) => {
    await oidcToName(within(canvasElement))
  },
}

export const OidcStep5Domains: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await oidcToName(canvas)
    await next(canvas)
    await heading(canvas, 'Link your domains')
  },
}

/** OIDC review: the client secret is masked. */
export const OidcStep6Review: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await oidcToReview(canvas)
    await expect(canvas.getByText('•••••••• (hidden)')).toBeVisible()
    await expect(canvas.queryByText('oidc-secret-value')).toBeNull()
  },
}

export const OidcCreated: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await oidcToReview(canvas)
    await user.click(canvas.getByRole('button', { name: 'Create identity provider' }))
    await expect(
      await canvas.findByText('Acme Login was created.', {}, { timeout: 8000 }),
    ).toBeVisible()
    await expect(args.onIdentityProviderCreated).toHaveBeenCalledTimes(1)
  },
}

// ── The other strategies ──────────────────────────────────────────────────────────────────────

async function createSimple(
  canvas: Canvas,
  label: string,
  fields: [string, string][],
  name: string,
  samlFamily = false,
) {
  await pick(canvas, label)
  if (samlFamily) {
    await fill(canvas, 'Connection name', name)
  }
  await next(canvas)
  await heading(canvas, 'Connection details')
  for (const [field, value] of fields) {
    await fill(canvas, field, value)
  }
}

async function finish(canvas: Canvas, name?: string) {
  await next(canvas)
  await heading(canvas, 'Name and display')
  if (name) {
    await fill(canvas, 'Connection name', name)
  }
  await next(canvas)
  await heading(canvas, 'Link your domains')
  await next(canvas)
  await heading(canvas, 'Review and create')
  await user.click(canvas.getByRole('button', { name: 'Create identity provider' }))
  await expect(await canvas.findByText(/was created\./, {}, { timeout: 8000 })).toBeVisible()
}

export const Okta: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await createSimple(
      canvas,
      'Okta',
      [
        ['Okta domain', 'acme.okta.com'],
        ['Client ID', '0oa1'],
        ['Client secret', 'x'],
      ],
      '',
    )
    await finish(canvas, 'acme-okta-2')
  },
}

export const EntraId: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await createSimple(
      canvas,
      'Microsoft Entra ID',
      [
        ['Tenant domain', 'acme.onmicrosoft.com'],
        ['Client ID', 'app'],
        ['Client secret', 'x'],
      ],
      '',
    )
    await finish(canvas, 'acme-entra-2')
  },
}

export const GoogleWorkspace: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await createSimple(
      canvas,
      'Google Workspace',
      [
        ['Google Workspace domain', 'acme.com'],
        ['Client ID', 'gid'],
        ['Client secret', 'x'],
      ],
      '',
    )
    await finish(canvas, 'acme-google-2')
  },
}

export const Adfs: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await pick(canvas, 'ADFS')
    await fill(canvas, 'Connection name', 'acme-adfs-2')
    await next(canvas)
    await heading(canvas, 'Connection details')
    await user.click(canvas.getByRole('radio', { name: 'Upload FederationMetadata.xml' }))
    await upload(
      canvas,
      'Federation metadata file (.xml)',
      'FederationMetadata.xml',
      adfsMetadataXml,
    )
    await canvas.findByText(/Sign-in URL from the metadata/)
    await finish(canvas)
  },
}

export const PingFederate: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await createSimple(
      canvas,
      'PingFederate',
      [['PingFederate server URL', 'https://sso.acme.com']],
      'acme-ping-2',
      true,
    )
    await upload(canvas, 'Signing certificate (.pem, .cer, .crt)', 'ping.crt', validCertPem)
    await canvas.findByText('Subject: CN=idp.acme.example, O=Acme Corp')
    await finish(canvas)
  },
}

// ── Errors ────────────────────────────────────────────────────────────────────────────────────

/** 409 on create: back to the name step, the name field says why and has focus. */
export const DuplicateName: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await createSimple(
      canvas,
      'Okta',
      [
        ['Okta domain', 'acme.okta.com'],
        ['Client ID', '0oa1'],
        ['Client secret', 'x'],
      ],
      '',
    )
    await next(canvas)
    await heading(canvas, 'Name and display')
    await fill(canvas, 'Connection name', 'acme-okta')
    await next(canvas)
    await next(canvas)
    await heading(canvas, 'Review and create')
    await user.click(canvas.getByRole('button', { name: 'Create identity provider' }))
    await expect(
      await canvas.findByText(/already exists in this tenant/, {}, { timeout: 8000 }),
    ).toBeVisible()
    await waitFor(() => expect(canvas.getByLabelText('Connection name')).toHaveFocus())
  },
}

/** The provider's discovery document can't be read: back to the discovery URL. */
export const DiscoveryFailure: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await oidcToReview(canvas, 'https://login.acme.invalid/.well-known/openid-configuration')
    await user.click(canvas.getByRole('button', { name: 'Create identity provider' }))
    await expect(
      await canvas.findByText(
        /could not read the provider’s discovery document/,
        {},
        { timeout: 8000 },
      ),
    ).toBeVisible()
    await waitFor(() => expect(canvas.getByLabelText('Discovery URL')).toHaveFocus())
    await expect(canvas.getByLabelText('Client secret')).toHaveValue('oidc-secret-value')
  },
}

async function samlUpload(canvas: Canvas, name: string, content: string) {
  await samlToValues(canvas)
  await next(canvas)
  await heading(canvas, 'Connection details')
  await user.click(canvas.getByRole('radio', { name: 'Upload metadata file' }))
  await upload(canvas, 'IdP metadata file (.xml)', name, content)
}

export const WrongMetadataSp: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await samlUpload(canvas, 'sp.xml', spMetadataXml)
    await expect(await canvas.findByText(/This is service provider \(SP\) metadata/)).toBeVisible()
  },
}

export const WrongMetadataHtml: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await samlUpload(canvas, 'metadata.xml', loginPageHtml)
    await expect(await canvas.findByText(/This is a web page/)).toBeVisible()
  },
}

export const MalformedMetadata: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await samlUpload(
      canvas,
      'metadata.xml',
      '<EntityDescriptor><IDPSSODescriptor></EntityDescriptor>',
    )
    await expect(await canvas.findByText(/not well-formed XML/)).toBeVisible()
  },
}

/** Metadata with an expired certificate next to a valid one: both shown, the expired one flagged. */
export const ExpiredCertificate: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await samlUpload(canvas, 'old.xml', idpMetadataExpiredXml)
    await expect(await canvas.findByText(/^Expired on/)).toBeVisible()
  },
}

export const ServerError: Story = apiFailureStory('server-error')

export const RateLimited: Story = apiFailureStory('rate-limited')

export const CorsFailure: Story = apiFailureStory('cors')

export const Loading: Story = {
  parameters: { myOrg: { latencyMs: 60_000 } },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByRole('status', { name: 'Loading the setup…' }),
    ).toBeInTheDocument()
  },
}

export const NoPermission: Story = {
  parameters: { myOrg: { scopes: permissionSets.readOnly } },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText('You can’t set up single sign-on'),
    ).toBeVisible()
  },
}

/** Without the domain-link scope: the wizard says no domain will be linked. */
export const NoDomainLinkPermission: Story = {
  parameters: { myOrg: { scopes: scopesWithout('addIdentityProviderDomain') } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await oidcToName(canvas)
    await next(canvas)
    await expect(await canvas.findByText(/none will be linked/)).toBeVisible()
  },
}

export const NotConfigured: Story = {
  parameters: { myOrg: { seed: { configuration: { allowed_strategies: [] } } } },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText(
        'Single sign-on isn’t available yet',
        {},
        { timeout: 8000 },
      ),
    ).toBeVisible()
  },
}

/** Leaving with unsaved input asks first. */
export const LeaveGuard: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await pick(canvas, 'Okta')
    await user.click(canvas.getByRole('button', { name: 'Cancel' }))
    const dialog = await within(canvasElement.ownerDocument.body).findByRole('alertdialog', {
      name: 'Leave without saving?',
    })
    await expect(within(dialog).getByRole('button', { name: 'Keep editing' })).toHaveFocus()
    await expect(args.onCancel).not.toHaveBeenCalled()
  },
}

// ── Edit mode ─────────────────────────────────────────────────────────────────────────────────

function idOf(name: string): string {
  return store.state.identityProviders.find((idp) => idp.name === name)?.id ?? ''
}

/** Full access (Okta): everything but the name; the secret stays unless re-entered. */
export const EditFull: Story = {
  render: (args) => <IdpWizard {...args} identityProviderId={idOf('acme-okta')} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(
      await canvas.findByText(
        'You can change everything except the connection name and type.',
        {},
        { timeout: 8000 },
      ),
    ).toBeVisible()
    await expect(canvas.getByLabelText('Client secret')).toHaveValue('')
  },
}

/** Limited access (SAML): connection settings locked, flags editable. */
export const EditLimited: Story = {
  render: (args) => <IdpWizard {...args} identityProviderId={idOf('acme-saml')} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(
      await canvas.findByText(/manages this provider’s connection settings/, {}, { timeout: 8000 }),
    ).toBeVisible()
    await expect(canvas.getByRole('radio', { name: 'Metadata URL' })).toBeDisabled()
  },
}

/** Read-only access (Google Workspace): viewable, nothing to save. */
export const EditReadOnly: Story = {
  render: (args) => (
    <IdpWizard {...args} identityProviderId={idOf('acme-google')} defaultStep="review" />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(
      await canvas.findByText(/you can view its setup but not change it/, {}, { timeout: 8000 }),
    ).toBeVisible()
    await expect(canvas.queryByRole('button', { name: 'Save changes' })).toBeNull()
  },
}

/** Edit and save a display name (Entra ID). */
export const EditSave: Story = {
  render: (args) => (
    <IdpWizard {...args} identityProviderId={idOf('acme-entra')} defaultStep="details" />
  ),
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await canvas.findByLabelText('Display name', {}, { timeout: 8000 })
    await fill(canvas, 'Display name', 'Acme staff')
    await next(canvas)
    await next(canvas)
    await user.click(canvas.getByRole('button', { name: 'Save changes' }))
    await expect(
      await canvas.findByText('Changes to Acme staff were saved.', {}, { timeout: 8000 }),
    ).toBeVisible()
    await expect(args.onIdentityProviderUpdated).toHaveBeenCalledTimes(1)
  },
}

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await samlToConnection(canvas)
  },
}

/**
 * `hostileSeed()`: the Okta provider opened at review, its name carrying a right-to-left
 * override and markup, a `javascript:` domain and a 2,000-character client ID. Nothing runs or
 * is fetched, nothing overflows, and a step can still be opened from the review.
 */
export const HostileData: Story = {
  parameters: { myOrg: { seed: hostileSeed() } },
  beforeEach: watchHostile,
  render: (args) => (
    <IdpWizard {...args} identityProviderId={hostileIds.okta} defaultStep="review" />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await canvas.findByRole('button', { name: 'Change Connection' }, { timeout: 8000 })
    await expectHarmless(canvasElement)
    await user.click(canvas.getByRole('button', { name: 'Change Name' }))
    await heading(canvas, 'Name and display')
    await expectHarmless(canvasElement)
  },
}
