/// <reference types="msw-storybook-addon/types" />
import { hostileSeed, permissionSets, seedOrganizationId } from '@myorg-kit/mock-api'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { HttpResponse, delay, http } from 'msw'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'

import { OrgDetailsForm } from './org-details-form.tsx'
import { expectHarmless, watchHostile } from '../../../test/hostile-checks.ts'

const detailsPath = '*/my-org/details'

/** A validation error as the API sends it (`ValidationErrorResponseContent`). */
const nameTaken = {
  type: 'https://auth0.com/api-errors#A0E-400-0003',
  status: 400,
  title: 'Validation Error',
  validation_errors: [
    { detail: 'is already used by another organization', pointer: '/name', source: 'body' },
  ],
}

/** The seed's logo URL, served by the story's worker so the logo shows without a network. */
const seedLogoUrl = 'https://acme.example/assets/logo.png'
const acmeLogo = `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="48" viewBox="0 0 160 48">
<rect x="2" y="6" width="36" height="36" rx="9" fill="#4F46E5"/>
<path d="M11 34 20 14l9 20h-5l-4-9.5-4 9.5z" fill="#fff"/>
<text x="48" y="33" font-family="system-ui, sans-serif" font-size="24" font-weight="700" fill="#1E1B4B">Acme</text>
</svg>`

const meta = {
  title: 'Components/OrgDetailsForm',
  component: OrgDetailsForm,
  args: { onSaved: fn(), onError: fn() },
  parameters: { layout: 'fullscreen' },
  beforeEach({ msw }) {
    msw.use(
      http.get(
        seedLogoUrl,
        () => new HttpResponse(acmeLogo, { headers: { 'Content-Type': 'image/svg+xml' } }),
      ),
    )
  },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: '60rem', marginInline: 'auto' }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof OrgDetailsForm>

export default meta
type Story = StoryObj<typeof meta>

/** Replaces the display name: what every save story types. */
async function editDisplayName(canvasElement: HTMLElement, value: string) {
  const canvas = within(canvasElement)
  const input = await canvas.findByRole('textbox', { name: 'Display name' }, { timeout: 5000 })
  await userEvent.clear(input)
  await userEvent.type(input, value)
  return input
}

export const Loaded: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('textbox', { name: 'Display name' })).toHaveValue(
      'Acme Corp',
    )
    await expect(canvas.getByRole('textbox', { name: 'Name' })).toHaveValue('acme-corp')
    await expect(canvas.getByRole('button', { name: 'Save' })).toBeDisabled()
  },
}

export const Loading: Story = {
  parameters: { myOrg: { latencyMs: 60_000 } },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByRole('status', {
        name: 'Loading the organization’s details…',
      }),
    ).toBeInTheDocument()
  },
}

/** Edit → Save: only the display name is sent; success is announced and `onSaved` fires. */
export const Saved: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await editDisplayName(canvasElement, 'Acme Industries')
    await expect(canvas.getByText('You have unsaved changes.')).toBeVisible()
    await expect(canvas.getByRole('figure', { name: 'Login page preview' })).toHaveTextContent(
      'Log in to Acme Industries to continue.',
    )
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(/Changes saved/))
    await expect(args.onSaved).toHaveBeenCalledWith(
      expect.objectContaining({ display_name: 'Acme Industries' }),
    )
    await expect(canvas.getByRole('button', { name: 'Save' })).toBeDisabled()
  },
}

/** Edit → Discard: the form goes back to the saved details. */
export const Discarded: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const input = await editDisplayName(canvasElement, 'Not this one')
    const primary = canvas.getByRole('textbox', { name: 'Primary colour' })
    await userEvent.clear(primary)
    await userEvent.type(primary, '#E11D48')
    await expect(canvas.getByText('You have unsaved changes.')).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: 'Discard changes' }))
    await expect(input).toHaveValue('Acme Corp')
    await expect(primary).toHaveValue('#4F46E5')
    await expect(canvas.queryByText('You have unsaved changes.')).toBeNull()
  },
}

/** The save is still on its way: Save shows progress and is disabled, fields are locked. */
export const Saving: Story = {
  beforeEach({ msw }) {
    msw.use(
      http.patch(detailsPath, async () => {
        await delay('infinite')
        return HttpResponse.json({})
      }),
    )
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await editDisplayName(canvasElement, 'Acme Industries')
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }))
    await expect(await canvas.findByRole('button', { name: 'Saving…' })).toBeDisabled()
    await expect(canvas.getByRole('textbox', { name: 'Display name' })).toHaveAttribute('readonly')
  },
}

/** Only a primary colour: the page background gets Auth0's default, and the form says so. */
export const ColourDefaults: Story = {
  parameters: {
    myOrg: {
      seed: {
        organization: {
          id: seedOrganizationId,
          name: 'acme-corp',
          display_name: 'Acme Corp',
          branding: {
            logo_url: seedLogoUrl,
          },
        },
      },
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const primary = await canvas.findByRole('textbox', { name: 'Primary colour' })
    await userEvent.type(primary, '#0EA5E9')
    await expect(
      await canvas.findByText(
        'Auth0 needs both colours once one is set: #000000 (Auth0’s default) will be saved here.',
      ),
    ).toBeVisible()
  },
}

/** The server refuses a value: the message appears on its field. */
export const FieldErrors: Story = {
  beforeEach({ msw }) {
    msw.use(http.patch(detailsPath, () => HttpResponse.json(nameTaken, { status: 400 })))
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    const name = await canvas.findByRole('textbox', { name: 'Name' }, { timeout: 5000 })
    await userEvent.clear(name)
    await userEvent.type(name, 'globex')
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'))
    await expect(canvas.getByText('Name is already used by another organization.')).toBeVisible()
    await expect(canvas.getByRole('alert')).toHaveTextContent('Check the highlighted fields')
    await expect(args.onError).toHaveBeenCalledWith(expect.anything(), { action: 'save' })
  },
}

/** A 500 on save: the typed values stay, and Try again saves them. */
export const ServerError: Story = {
  beforeEach({ msw }) {
    msw.use(
      http.patch(
        detailsPath,
        () =>
          HttpResponse.json(
            { type: 'about:blank', status: 500, title: 'Internal Server Error', detail: 'Oops' },
            { status: 500 },
          ),
        { once: true },
      ),
    )
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const input = await editDisplayName(canvasElement, 'Acme Unsaved')
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }))
    const alert = await canvas.findByRole('alert')
    await expect(alert).toHaveTextContent('Something went wrong on the server')
    await expect(input).toHaveValue('Acme Unsaved')
    await expect(within(alert).getByRole('button', { name: 'Try again' })).toBeVisible()
  },
}

/** Too many requests: the form counts down, retries by itself and saves. */
export const RateLimited: Story = {
  beforeEach({ msw }) {
    let refusals = 0
    msw.use(
      http.patch(detailsPath, () => {
        // One more 429 than the client retries on its own, so the form's countdown shows.
        if (refusals >= 3) {
          return undefined
        }
        refusals += 1
        return HttpResponse.json(
          {
            type: 'https://auth0.com/api-errors#A0E-429-0003',
            status: 429,
            title: 'Endpoint Rate Limit Exceeded',
            detail: 'The endpoint request limit has been exceeded.',
          },
          {
            status: 429,
            headers: { 'Retry-After': '1', 'Access-Control-Expose-Headers': 'Retry-After' },
          },
        )
      }),
    )
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await editDisplayName(canvasElement, 'Acme Patient')
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }))
    const alert = await canvas.findByRole('alert', {}, { timeout: 8000 })
    await expect(alert).toHaveTextContent('Too many requests')
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(/Changes saved/), {
      timeout: 8000,
    })
  },
}

/** The page's origin is not in the application's Allowed Origins: the notice names it. */
export const CorsFailure: Story = {
  parameters: { myOrg: { api: 'cors' } },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert', {}, { timeout: 8000 })
    await expect(alert).toHaveTextContent('The browser blocked the request')
    await expect(alert).toHaveTextContent(
      `add ${window.location.origin} to “Allowed Origins (CORS)”`,
    )
  },
}

/** Without `update:my_org:details`: the details, read-only, with the reason. */
export const ReadOnly: Story = {
  parameters: { myOrg: { scopes: permissionSets.readOnly } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('textbox', { name: 'Display name' })).toHaveAttribute(
      'readonly',
    )
    await expect(canvas.getByText(/that needs the update:my_org:details permission/)).toBeVisible()
    await expect(canvas.queryByRole('button', { name: 'Save' })).toBeNull()
  },
}

/** Without `read:my_org:details`: a clear "no access" state, and no request. */
export const NoAccess: Story = {
  parameters: { myOrg: { scopes: ['read:my_org:domains'] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByText('You can’t view these settings')).toBeVisible()
    await expect(canvas.queryByRole('textbox')).toBeNull()
  },
}

/** Only some fields, no preview: for a compact settings page. */
export const DisplayNameAndLogoOnly: Story = {
  args: { fields: ['displayName', 'logo'], showPreview: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('textbox', { name: 'Logo URL' })).toBeVisible()
    await expect(canvas.queryByRole('textbox', { name: 'Name' })).toBeNull()
  },
}

export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const root = await within(canvasElement).findByRole('region', {
      name: 'Organization details',
    })
    await expect(root).toHaveAttribute('data-mk-theme', 'dark')
  },
}

export const InFrench: Story = {
  globals: { locale: 'fr-FR' },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByRole('textbox', { name: 'Nom affiché' }),
    ).toHaveValue('Acme Corp')
  },
}

/**
 * `hostileSeed()`: a 5,000-character display name with markup and an open right-to-left
 * override, a `javascript:` logo and `url(…)` colours. Nothing runs or is fetched, the preview
 * stays its size, the four invalid fields are named next to the disabled Save, and each name
 * takes the user to its field.
 */
export const HostileData: Story = {
  parameters: { myOrg: { seed: hostileSeed() } },
  beforeEach: watchHostile,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const logo = await canvas.findByRole('textbox', { name: 'Logo URL' }, { timeout: 5000 })
    await expect(await canvas.findByText('These 4 fields need a fix before saving:')).toBeVisible()
    await expectHarmless(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Logo URL' }))
    await expect(logo).toHaveFocus()
    await userEvent.clear(logo)
    await expect(await canvas.findByText('These 3 fields need a fix before saving:')).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Save' })).toBeDisabled()
  },
}
