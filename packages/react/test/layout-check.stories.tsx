/// <reference types="msw-storybook-addon/types" />
/**
 * The states `pnpm layout` (scripts/layout-check.mjs) checks for overlapping and overflowing
 * text: for every component, the state that shows the most UI at once. The play functions find
 * controls by role and by the name the user reads in the toolbar's locale (en-US, fr-FR or the
 * pseudo-locale), so each state opens the same way in every language. Not run by
 * `pnpm test:stories` (the layout check runs them in all three locales) and not in the docs.
 */
import { MyOrgApiError, MyOrgNetworkError, MyOrgTokenError } from '@myorg-kit/client'
import { hostileIds, hostileSeed, seedId } from '@myorg-kit/mock-api'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { HttpResponse, http } from 'msw'
import type { ReactNode } from 'react'
import { type queries, userEvent, within } from 'storybook/test'

import { idpMetadataExpiredXml } from '../src/components/idp-wizard/test-fixtures/fixtures.ts'
import {
  DomainList,
  IdentityProviderList,
  IdpWizard,
  InvitationManager,
  MemberList,
  MyOrgErrorNotice,
  type MyOrgTranslator,
  OrgDetailsForm,
  ScimTokenManager,
} from '../src/index.ts'
import { storyTranslator } from './story-locales.ts'

const meta = {
  title: 'Layout check',
  tags: ['!test', '!autodocs'],
  // Accessibility is checked by the components' own stories; here it would only slow each load.
  parameters: { layout: 'fullscreen', a11y: { test: 'off' } },
} satisfies Meta

export default meta
type Story = StoryObj<typeof meta>
type Canvas = ReturnType<typeof within<typeof queries>>

const user = userEvent.setup({ delay: null })
const wait = { timeout: 8000 }

/** The width the component stories use: a settings page's main column. */
function Column(props: { width?: string; children: ReactNode }) {
  return (
    <div style={{ maxWidth: props.width ?? '60rem', marginInline: 'auto', padding: '1rem 0' }}>
      {props.children}
    </div>
  )
}

/** A name matched at the start, for controls whose name goes on with a description. */
function startsWith(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)
}

// ── OrgDetailsForm ────────────────────────────────────────────────────────────────────────────

/** Edited and not saved: the hint under the colours, the unsaved note, Discard and Save. */
export const OrgDetailsFormEdited: Story = {
  beforeEach({ msw }) {
    // The seed's logo, served here so the thumbnail and the preview show an image.
    msw.use(
      http.get(
        'https://acme.example/assets/logo.png',
        () =>
          new HttpResponse(
            '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="40" height="40" rx="8" fill="#4F46E5"/></svg>',
            { headers: { 'Content-Type': 'image/svg+xml' } },
          ),
      ),
    )
  },
  render: () => (
    <Column>
      <OrgDetailsForm />
    </Column>
  ),
  play: async ({ canvasElement, globals }) => {
    const { t } = storyTranslator(globals)
    const canvas = within(canvasElement)
    const name = t('orgDetailsForm.fields.displayName.label')
    const displayName = await canvas.findByRole('textbox', { name }, wait)
    await user.clear(displayName)
    await user.type(displayName, 'Acme Industries International')
    const primary = canvas.getByRole('textbox', {
      name: t('orgDetailsForm.fields.colors.primary.label'),
    })
    await user.clear(primary)
    await user.type(primary, '#0EA5E9')
  },
}

// ── DomainList ────────────────────────────────────────────────────────────────────────────────

/** A domain typed in, one record panel open, and a failed verification with its retry. */
export const DomainListPanelsOpen: Story = {
  render: () => (
    <Column>
      <DomainList />
    </Column>
  ),
  play: async ({ canvasElement, globals }) => {
    const { t } = storyTranslator(globals)
    const canvas = within(canvasElement)
    const input = await canvas.findByRole('textbox', { name: t('domainList.add.label') }, wait)
    await user.type(input, 'https://shop.acme.com/login')
    await user.click(
      canvas.getByRole('button', {
        name: t('domainList.actions.showRecord', { domain: 'acmecorp.dev' }),
      }),
    )
    await user.click(
      canvas.getByRole('button', {
        name: t('domainList.actions.verify', { domain: 'acme-legacy.net' }),
      }),
    )
    await canvas.findByRole('button', { name: t('domainList.actions.retry') }, wait)
  },
}

/** The delete confirmation of a domain that an identity provider uses. */
export const DomainListDeleteDialog: Story = {
  render: () => (
    <Column>
      <DomainList />
    </Column>
  ),
  play: async ({ canvasElement, globals }) => {
    const { t } = storyTranslator(globals)
    const canvas = within(canvasElement)
    const domain = 'acme.com'
    await user.click(
      await canvas.findByRole('button', { name: t('domainList.actions.delete', { domain }) }, wait),
    )
    const dialog = await canvas.findByRole('dialog', {
      name: t('domainList.delete.title', { domain }),
    })
    await within(dialog).findByText(/Acme Okta/, {}, wait)
  },
}

// ── IdentityProviderList ──────────────────────────────────────────────────────────────────────

/** Acme Okta's row open: its details, SCIM status and every action. */
export const IdentityProviderListExpanded: Story = {
  render: () => (
    <Column>
      <IdentityProviderList />
    </Column>
  ),
  play: async ({ canvasElement, globals }) => {
    const { t } = storyTranslator(globals)
    const canvas = within(canvasElement)
    const name = 'Acme Okta'
    await user.click(
      await canvas.findByRole(
        'button',
        { name: t('identityProviderList.details.showAria', { name }) },
        wait,
      ),
    )
    await canvas.findByRole('button', {
      name: t('identityProviderList.actions.deleteAria', { name }),
    })
  },
}

// ── IdpWizard ─────────────────────────────────────────────────────────────────────────────────

function Wizard() {
  return (
    <Column width="52rem">
      <IdpWizard />
    </Column>
  )
}

async function heading(canvas: Canvas, name: string): Promise<void> {
  await canvas.findByRole('heading', { name }, wait)
}

async function next(canvas: Canvas, t: MyOrgTranslator['t']): Promise<void> {
  await user.click(canvas.getByRole('button', { name: t('idpWizard.actions.next') }))
}

async function samlToValues(canvas: Canvas, t: MyOrgTranslator['t']): Promise<void> {
  const samlp = t('idpWizard.provider.strategies.samlp.label')
  await user.click(await canvas.findByRole('radio', { name: startsWith(samlp) }, wait))
  await next(canvas, t)
  await heading(canvas, t('idpWizard.spValues.heading'))
  // Later steps load on first use: their fields may come a moment after the heading.
  await user.type(
    await canvas.findByLabelText(t('idpWizard.details.name.label'), {}, wait),
    'acme-okta-saml',
  )
}

async function samlToConnection(canvas: Canvas, t: MyOrgTranslator['t']): Promise<void> {
  await samlToValues(canvas, t)
  await next(canvas, t)
  await heading(canvas, t('idpWizard.connection.heading'))
  await user.click(
    await canvas.findByRole(
      'radio',
      { name: t('idpWizard.connection.samlSource.metadataXml') },
      wait,
    ),
  )
  await user.upload(
    canvas.getByLabelText<HTMLInputElement>(t('idpWizard.connection.metadataFile.label')),
    new File([idpMetadataExpiredXml], 'FederationMetadata-2026.xml'),
  )
  await canvas.findAllByText(
    startsWith(t('idpWizard.connection.certificateInfo.subject', { subject: '' })),
  )
}

/** Step 1: seven provider types, each with its mark and description. */
export const IdpWizardProvider: Story = {
  render: () => <Wizard />,
  play: async ({ canvasElement, globals }) => {
    const { t } = storyTranslator(globals)
    await within(canvasElement).findByRole('group', { name: t('idpWizard.provider.legend') }, wait)
  },
}

/** SAML step 2: the values to copy, the vendor's steps and the setup sheet. */
export const IdpWizardSamlValues: Story = {
  render: () => <Wizard />,
  play: async ({ canvasElement, globals }) => {
    await samlToValues(within(canvasElement), storyTranslator(globals).t)
  },
}

/** SAML step 3: metadata uploaded, an expired and a valid certificate described. */
export const IdpWizardSamlConnection: Story = {
  render: () => <Wizard />,
  play: async ({ canvasElement, globals }) => {
    await samlToConnection(within(canvasElement), storyTranslator(globals).t)
  },
}

/** SAML review: every value with its Change link, before Create. */
export const IdpWizardSamlReview: Story = {
  render: () => <Wizard />,
  play: async ({ canvasElement, globals }) => {
    const { t } = storyTranslator(globals)
    const canvas = within(canvasElement)
    await samlToConnection(canvas, t)
    await next(canvas, t)
    await heading(canvas, t('idpWizard.details.heading'))
    await user.type(
      await canvas.findByLabelText(t('idpWizard.details.displayName.label'), {}, wait),
      'Acme staff',
    )
    await next(canvas, t)
    await heading(canvas, t('idpWizard.domains.heading'))
    await user.click(await canvas.findByRole('checkbox', { name: 'acme.com' }, wait))
    await next(canvas, t)
    await heading(
      canvas,
      t('idpWizard.review.heading', { action: t('idpWizard.review.actionCreate') }),
    )
  },
}

// ── ScimTokenManager ──────────────────────────────────────────────────────────────────────────

/** Acme Entra: provisioning on, the mapping, a token about to expire and the rotation guide. */
export const ScimTokenManagerTokens: Story = {
  render: () => (
    <Column>
      <ScimTokenManager identityProviderId={seedId('con', 'acme-entra')} />
    </Column>
  ),
  play: async ({ canvasElement, globals }) => {
    const { t } = storyTranslator(globals)
    await within(canvasElement).findByRole(
      'table',
      { name: t('scimTokenManager.tokens.caption', { name: 'Acme Entra' }) },
      wait,
    )
  },
}

/** The show-once dialog with the new token, right after "Create token". */
export const ScimTokenManagerShowOnce: Story = {
  render: () => (
    <Column>
      <ScimTokenManager identityProviderId={seedId('con', 'acme-okta')} />
    </Column>
  ),
  play: async ({ canvasElement, globals }) => {
    const { t } = storyTranslator(globals)
    const canvas = within(canvasElement)
    await user.click(
      await canvas.findByRole('button', { name: t('scimTokenManager.create.submit') }, wait),
    )
    await canvas.findByRole('dialog', { name: t('scimTokenManager.reveal.title') }, wait)
  },
}

// ── MemberList ────────────────────────────────────────────────────────────────────────────────

/** Every loaded member selected: the selection bar with its count over the table. */
export const MemberListSelected: Story = {
  render: () => (
    <Column>
      <MemberList />
    </Column>
  ),
  play: async ({ canvasElement, globals }) => {
    const { t } = storyTranslator(globals)
    const canvas = within(canvasElement)
    await user.click(await canvas.findByRole('checkbox', { name: t('memberList.selectAll') }, wait))
    await canvas.findByRole('button', { name: t('memberList.selection.remove') }, wait)
  },
}

/** One member's details: roles, the role search and the remove action. */
export const MemberListDetails: Story = {
  render: () => (
    <Column>
      <MemberList />
    </Column>
  ),
  play: async ({ canvasElement, globals }) => {
    const { t } = storyTranslator(globals)
    const canvas = within(canvasElement)
    const [manage] = await canvas.findAllByRole(
      'button',
      {
        name: startsWith(
          t('memberList.actions.manage', { name: '' }).replace(/[\u2066-\u2069]/gu, ''),
        ),
      },
      wait,
    )
    await user.click(manage!)
    await within(canvasElement.ownerDocument.body).findByRole('dialog', {}, wait)
  },
}

// ── InvitationManager ─────────────────────────────────────────────────────────────────────────

/** Addresses pasted: the count, an invalid one flagged, and the pending invitations below. */
export const InvitationManagerInvite: Story = {
  render: () => (
    <Column>
      <InvitationManager />
    </Column>
  ),
  play: async ({ canvasElement, globals }) => {
    const { t } = storyTranslator(globals)
    const canvas = within(canvasElement)
    const box = await canvas.findByRole(
      'textbox',
      { name: t('invitationManager.invite.addresses') },
      wait,
    )
    await user.type(box, 'lena.fischer@acme.com, not-an-address, omar.haddad@acme.com')
    await canvas.findByRole('table', {}, wait)
  },
}

// ── MyOrgErrorNotice ──────────────────────────────────────────────────────────────────────────

const apiOrigin = 'https://tenant.example'
const notices = {
  cors: new MyOrgNetworkError({
    reason: 'cors',
    apiOrigin,
    pageOrigin: 'https://settings.acme-corporation.example.com',
    operation: 'getOrganizationDetails',
  }),
  rateLimited: new MyOrgApiError({
    status: 429,
    title: 'Endpoint Rate Limit Exceeded',
    detail: 'The endpoint request limit has been exceeded.',
    retryAfter: 60,
  }),
  serverError: new MyOrgApiError({
    status: 500,
    title: 'Internal Server Error',
    operation: 'listIdentityProviderDomains',
  }),
  consentRequired: new MyOrgTokenError('consent_required', 'Consent required'),
}

/** The notices with the most to say: CORS, a rate-limit countdown, a 500, a consent step. */
export const MyOrgErrorNoticeKinds: Story = {
  render: () => (
    <Column>
      <div style={{ display: 'grid', gap: '1rem' }}>
        {Object.entries(notices).map(([key, error]) => (
          <MyOrgErrorNotice key={key} error={error} onRetry={() => undefined} />
        ))}
      </div>
    </Column>
  ),
  play: async ({ canvasElement }) => {
    await within(canvasElement).findAllByRole('alert', {}, wait)
  },
}

// ── hostileSeed(): every component with data meant to break its layout ──────────────────────

/** Waits until `selector` is in the canvas (the data has loaded). */
async function loaded(canvasElement: HTMLElement, selector: string): Promise<void> {
  await within(canvasElement).findAllByRole(selector === 'table' ? 'table' : 'list', {}, wait)
}

/** The details of the hostile organization: 5,000-character name, invalid stored fields. */
export const OrgDetailsFormHostile: Story = {
  parameters: { myOrg: { seed: hostileSeed() } },
  render: () => (
    <Column>
      <OrgDetailsForm />
    </Column>
  ),
  play: async ({ canvasElement }) => {
    await within(canvasElement)
      .findAllByRole('link', {}, wait)
      .catch(() => undefined)
    await within(canvasElement).findByRole('figure', {}, wait)
  },
}

/** The hostile domains: the longest name DNS allows, a 3,000-character TXT value, open. */
export const DomainListHostile: Story = {
  parameters: { myOrg: { seed: hostileSeed() } },
  render: () => (
    <Column>
      <DomainList />
    </Column>
  ),
  play: async ({ canvasElement }) => {
    await loaded(canvasElement, 'table')
    const canvas = within(canvasElement)
    const rows = canvas.getAllByRole('row')
    // The pending domain's record panel (its first row button).
    const pending = rows.find((row) => row.getAttribute('data-status') === 'pending')
    const toggle = pending ? within(pending).queryAllByRole('button')[0] : undefined
    if (toggle) {
      await user.click(toggle)
    }
  },
}

/** The hostile providers: markup, bidi and zero-width names, a 2,000-character name. */
export const IdentityProviderListHostile: Story = {
  parameters: { myOrg: { seed: hostileSeed() } },
  render: () => (
    <Column>
      <IdentityProviderList />
    </Column>
  ),
  play: async ({ canvasElement }) => {
    await loaded(canvasElement, 'list')
  },
}

/** The hostile Okta's SCIM: 2,000-character attributes, dates that don't parse. */
export const ScimTokenManagerHostile: Story = {
  parameters: { myOrg: { seed: hostileSeed() } },
  render: () => (
    <Column>
      <ScimTokenManager identityProviderId={hostileIds.okta} />
    </Column>
  ),
  play: async ({ canvasElement }) => {
    await loaded(canvasElement, 'table')
  },
}
