import { MyOrgApiError, MyOrgTokenError } from '@myorg-kit/client'
import { createMockAccessToken, permissionSets, seedOrganizationId } from '@myorg-kit/mock-api'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { describe, expect, it, vi } from 'vitest'

import { type MyOrgGetAccessToken } from '../../provider/my-org-provider.tsx'
import { renderWithMyOrg } from '../../../test/render.tsx'
import { faults, server, store } from '../../../test/server.ts'
import { OrgDetailsForm } from './org-details-form.tsx'

const detailsUrl = 'https://tenant.example/my-org/details'

/**
 * Records every PATCH /details body, then falls through to the mock API (a resolver that returns
 * nothing hands the request to the next handler; msw's `passthrough()` would go to the network).
 */
function capturePatches(): unknown[] {
  const bodies: unknown[] = []
  server.use(
    http.patch(detailsUrl, async ({ request }) => {
      bodies.push(await request.clone().json())
      return undefined
    }),
  )
  return bodies
}

async function findForm() {
  return screen.findByRole('textbox', { name: 'Display name' })
}

describe('OrgDetailsForm', () => {
  describe('when the details load', () => {
    it('shows the current name, display name, logo and colours, with a login page preview', async () => {
      renderWithMyOrg(<OrgDetailsForm />)
      expect(await findForm()).toHaveValue('Acme Corp')
      expect(screen.getByRole('heading', { name: 'Organization details' })).toBeVisible()
      expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('acme-corp')
      expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(
        /Identifies the organization, for example in login flows/,
      )
      expect(screen.getByRole('textbox', { name: 'Logo URL' })).toHaveValue(
        'https://acme.example/assets/logo.png',
      )
      expect(screen.getByRole('textbox', { name: 'Primary colour' })).toHaveValue('#4F46E5')
      expect(screen.getByRole('textbox', { name: 'Page background' })).toHaveValue('#F8FAFC')
      expect(screen.getByLabelText('Pick the primary colour')).toHaveValue('#4f46e5')
      expect(await screen.findByRole('img', { name: 'Logo preview' })).toHaveAttribute(
        'src',
        'https://acme.example/assets/logo.png',
      )
      const preview = screen.getByRole('figure', { name: 'Login page preview' })
      expect(preview).toHaveTextContent('Log in to Acme Corp to continue.')
      expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled()
    })

    it('shows a loading state, never a blank form, while the details load', async () => {
      faults.latencyMs = 200
      renderWithMyOrg(<OrgDetailsForm />)
      expect(
        await screen.findByRole('status', { name: 'Loading the organization’s details…' }),
      ).toBeInTheDocument()
      expect(await findForm()).toHaveValue('Acme Corp')
      expect(screen.queryByRole('status', { name: /Loading/ })).not.toBeInTheDocument()
    })

    it('updates the preview as the user types', async () => {
      const user = userEvent.setup()
      renderWithMyOrg(<OrgDetailsForm />)
      await user.clear(await findForm())
      await user.type(screen.getByRole('textbox', { name: 'Display name' }), 'Globex')
      expect(screen.getByRole('figure', { name: 'Login page preview' })).toHaveTextContent(
        'Log in to Globex to continue.',
      )
    })
  })

  describe('saving', () => {
    it('sends only the display name when only it changed, announces success and fires onSaved', async () => {
      const user = userEvent.setup()
      const bodies = capturePatches()
      const onSaved = vi.fn()
      renderWithMyOrg(<OrgDetailsForm onSaved={onSaved} />)
      const displayName = await findForm()
      await user.clear(displayName)
      await user.type(displayName, 'Acme Industries')
      expect(screen.getByText('You have unsaved changes.')).toBeVisible()
      await user.click(screen.getByRole('button', { name: 'Save' }))

      await waitFor(() => {
        expect(screen.getByRole('status')).toHaveTextContent(
          'Changes saved. Your users will see them the next time they open the login page.',
        )
      })
      expect(bodies).toEqual([{ display_name: 'Acme Industries' }])
      expect(onSaved).toHaveBeenCalledWith(
        expect.objectContaining({ display_name: 'Acme Industries', name: 'acme-corp' }),
      )
      expect(store.state.organization.display_name).toBe('Acme Industries')
      expect(screen.queryByText('You have unsaved changes.')).not.toBeInTheDocument()
      expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled()
    })

    it('enables Save right after a pasted value, without leaving the field', async () => {
      const user = userEvent.setup()
      const bodies = capturePatches()
      renderWithMyOrg(<OrgDetailsForm />)
      const displayName = await screen.findByRole('textbox', { name: 'Display name' })
      await user.clear(displayName)
      await user.paste('Acme Holdings')
      // Still focused on the field: the click on Save must not be lost to a stale validity.
      expect(displayName).toHaveFocus()
      const save = screen.getByRole('button', { name: 'Save' })
      await waitFor(() => {
        expect(save).toBeEnabled()
      })
      await user.click(save)
      await waitFor(() => {
        expect(bodies).toEqual([{ display_name: 'Acme Holdings' }])
      })
    })

    it('fills the page background with Auth0’s default when only the primary colour is set, and says so', async () => {
      const user = userEvent.setup()
      store.state.organization.branding = { logo_url: 'https://acme.example/assets/logo.png' }
      const bodies = capturePatches()
      renderWithMyOrg(<OrgDetailsForm />)
      const primary = await screen.findByRole('textbox', { name: 'Primary colour' })
      expect(primary).toHaveValue('')
      await user.type(primary, '#FF0000')

      const background = screen.getByRole('textbox', { name: 'Page background' })
      expect(background).toHaveAccessibleDescription(
        expect.stringContaining(
          'Auth0 needs both colours once one is set: #000000 (Auth0’s default) will be saved here.',
        ),
      )
      await user.click(screen.getByRole('button', { name: 'Save' }))
      await screen.findByText(/Changes saved/)
      expect(bodies).toEqual([
        { branding: { colors: { primary: '#FF0000', page_background: '#000000' } } },
      ])
      expect(store.state.organization.branding.colors).toEqual({
        primary: '#FF0000',
        page_background: '#000000',
      })
    })

    it('clears the logo with logo_url: null', async () => {
      const user = userEvent.setup()
      const bodies = capturePatches()
      renderWithMyOrg(<OrgDetailsForm />)
      await findForm()
      await user.click(screen.getByRole('button', { name: 'Remove logo' }))
      expect(screen.getByRole('textbox', { name: 'Logo URL' })).toHaveValue('')
      await user.click(screen.getByRole('button', { name: 'Save' }))
      await screen.findByText(/Changes saved/)
      expect(bodies).toEqual([{ branding: { logo_url: null } }])
      expect(store.state.organization.branding?.logo_url).toBeUndefined()
      expect(store.state.organization.branding?.colors).toEqual({
        primary: '#4F46E5',
        page_background: '#F8FAFC',
      })
    })

    it('keeps Save disabled while pristine, invalid or saving', async () => {
      const user = userEvent.setup()
      const bodies = capturePatches()
      renderWithMyOrg(<OrgDetailsForm />)
      const name = await screen.findByRole('textbox', { name: 'Name' })
      const save = screen.getByRole('button', { name: 'Save' })
      expect(save).toBeDisabled()

      await user.clear(name)
      await user.tab()
      expect(await screen.findByText('Enter a name.')).toBeVisible()
      expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled()
      expect(save).toBeInTheDocument()

      await user.type(name, 'acme-inc')
      await waitFor(() => {
        expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled()
      })
      faults.latencyMs = 300
      await user.click(screen.getByRole('button', { name: 'Save' }))
      expect(await screen.findByRole('button', { name: 'Saving…' })).toBeDisabled()
      expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAttribute('readonly')
      await screen.findByText(/Changes saved/)
      expect(bodies).toEqual([{ name: 'acme-inc' }])
    })

    it('shows bad input inline, linked to its field, and sends nothing', async () => {
      const user = userEvent.setup()
      const bodies = capturePatches()
      renderWithMyOrg(<OrgDetailsForm />)
      const logo = await screen.findByRole('textbox', { name: 'Logo URL' })
      await user.clear(logo)
      await user.type(logo, 'http://acme.example/logo.png')
      const primary = screen.getByRole('textbox', { name: 'Primary colour' })
      await user.clear(primary)
      await user.type(primary, 'blue')
      await user.tab()

      expect(logo).toHaveAttribute('aria-invalid', 'true')
      expect(logo).toHaveAccessibleDescription(
        expect.stringContaining('Use an address that starts with https://.'),
      )
      expect(primary).toHaveAccessibleDescription(
        expect.stringContaining('Enter a hex colour: # and 3 or 6 of 0–9 and A–F'),
      )
      expect(primary.closest('[data-field]')).toHaveAttribute('data-invalid')
      expect(screen.getByText('Fix the highlighted fields to save.')).toBeVisible()
      const save = screen.getByRole('button', { name: 'Save' })
      expect(save).toBeDisabled()
      fireEvent.submit(save.closest('form')!)
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(bodies).toEqual([])
    })

    it('explains a name over 50 characters rather than cutting what was typed', async () => {
      const user = userEvent.setup()
      renderWithMyOrg(<OrgDetailsForm />)
      const name = await screen.findByRole('textbox', { name: 'Name' })
      await user.clear(name)
      await user.type(name, 'a'.repeat(51))
      await user.tab()
      expect(name).toHaveValue('a'.repeat(51))
      expect(name).toHaveAccessibleDescription(
        expect.stringContaining('Use 50 characters or fewer.'),
      )
      expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled()
    })

    it('discards changes back to the saved details', async () => {
      const user = userEvent.setup()
      renderWithMyOrg(<OrgDetailsForm />)
      const displayName = await findForm()
      await user.clear(displayName)
      await user.type(displayName, 'Something else')
      await user.clear(screen.getByRole('textbox', { name: 'Primary colour' }))
      await user.type(screen.getByRole('textbox', { name: 'Primary colour' }), '#123')
      expect(screen.getByText('You have unsaved changes.')).toBeVisible()

      await user.click(screen.getByRole('button', { name: 'Discard changes' }))
      expect(displayName).toHaveValue('Acme Corp')
      expect(screen.getByRole('textbox', { name: 'Primary colour' })).toHaveValue('#4F46E5')
      expect(screen.queryByText('You have unsaved changes.')).not.toBeInTheDocument()
      expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled()
      expect(screen.getByRole('button', { name: 'Discard changes' })).toBeDisabled()
    })
  })

  describe('colour fields', () => {
    it('expands #RGB for the native picker and writes the picker’s choice back as text', async () => {
      const user = userEvent.setup()
      renderWithMyOrg(<OrgDetailsForm />)
      const primary = await screen.findByRole('textbox', { name: 'Primary colour' })
      await user.clear(primary)
      await user.type(primary, '#F0A')
      expect(screen.getByLabelText('Pick the primary colour')).toHaveValue('#ff00aa')

      fireEvent.input(screen.getByLabelText('Pick the page background colour'), {
        target: { value: '#00ff00' },
      })
      expect(screen.getByRole('textbox', { name: 'Page background' })).toHaveValue('#00FF00')
    })

    it('never puts a stored colour that is not hex into CSS, and flags it on its field', async () => {
      const hostile = 'url(https://attacker.example/x.png)'
      store.state.organization.branding = {
        colors: { primary: hostile, page_background: '#F8FAFC' },
      }
      renderWithMyOrg(<OrgDetailsForm />)
      const primary = await screen.findByRole('textbox', { name: 'Primary colour' })
      const preview = screen.getByRole('figure', { name: 'Login page preview' })
      const page = preview.querySelector<HTMLElement>('.mk-OrgDetailsForm-previewPage')!
      const style = page.getAttribute('style') ?? ''
      expect(style).not.toContain('url(')
      expect(style).not.toContain('attacker')
      expect(page.style.getPropertyValue('--mk-OrgDetailsForm-brand')).toBe('#635dff')
      expect(page.style.getPropertyValue('--mk-OrgDetailsForm-page')).toBe('#f8fafc')
      expect(primary).toHaveAccessibleDescription(
        expect.stringContaining(`The saved colour “${hostile}” is not a hex colour`),
      )
    })
  })

  describe('logo', () => {
    it('says so inline when the image cannot be loaded', async () => {
      const user = userEvent.setup()
      renderWithMyOrg(<OrgDetailsForm />)
      const logo = await screen.findByRole('textbox', { name: 'Logo URL' })
      await user.clear(logo)
      await user.type(logo, 'https://cdn.example/missing.png')
      await waitFor(() => {
        expect(screen.getByRole('img', { name: 'Logo preview' })).toHaveAttribute(
          'src',
          'https://cdn.example/missing.png',
        )
      })
      fireEvent.error(screen.getByRole('img', { name: 'Logo preview' }))
      expect(logo).toHaveAccessibleDescription(
        expect.stringContaining('This image could not be loaded.'),
      )
      expect(screen.queryByRole('img', { name: 'Logo preview' })).not.toBeInTheDocument()
    })
  })

  describe('stored details that are already invalid (no dead end)', () => {
    function storeInvalidDetails(): void {
      store.state.organization.display_name = 'D'.repeat(300)
      store.state.organization.branding = {
        logo_url: 'javascript:alert(1)',
        colors: { primary: '#4F46E5', page_background: '#F8FAFC' },
      }
    }

    it('marks the invalid stored fields on load and names them next to the disabled Save (case 6)', async () => {
      storeInvalidDetails()
      const user = userEvent.setup()
      const bodies = capturePatches()
      renderWithMyOrg(<OrgDetailsForm />)
      const displayName = await screen.findByRole('textbox', { name: 'Display name' })
      const logo = screen.getByRole('textbox', { name: 'Logo URL' })
      // Marked before anything is typed.
      await waitFor(() => {
        expect(displayName).toHaveAttribute('aria-invalid', 'true')
      })
      expect(logo).toHaveAttribute('aria-invalid', 'true')
      const name = screen.getByRole('textbox', { name: 'Name' })
      await user.clear(name)
      await user.type(name, 'acme-renamed')
      const save = screen.getByRole('button', { name: 'Save' })
      expect(save).toBeDisabled()
      expect(screen.getByText('These 2 fields need a fix before saving:')).toBeVisible()
      await user.click(screen.getByRole('button', { name: 'Logo URL' }))
      expect(logo).toHaveFocus()
      await user.click(screen.getByRole('button', { name: 'Display name' }))
      expect(displayName).toHaveFocus()
      // Fixed, the form saves, and what was typed in the name is kept.
      await user.clear(displayName)
      await user.type(displayName, 'Acme')
      await user.clear(logo)
      await waitFor(() => {
        expect(save).toBeEnabled()
      })
      expect(screen.queryByText(/need a fix before saving/)).toBeNull()
      await user.click(save)
      await waitFor(() => {
        expect(bodies).toHaveLength(1)
      })
      expect(bodies[0]).toMatchObject({ name: 'acme-renamed', display_name: 'Acme' })
    })

    it('does not let an invalid stored field the form does not show block a save', async () => {
      storeInvalidDetails()
      const user = userEvent.setup()
      const bodies = capturePatches()
      renderWithMyOrg(<OrgDetailsForm fields={['name']} />)
      const name = await screen.findByRole('textbox', { name: 'Name' })
      await user.clear(name)
      await user.type(name, 'acme-renamed')
      const save = screen.getByRole('button', { name: 'Save' })
      await waitFor(() => {
        expect(save).toBeEnabled()
      })
      await user.click(save)
      await waitFor(() => {
        expect(bodies).toEqual([{ name: 'acme-renamed' }])
      })
    })
  })

  describe('hostile input', () => {
    it('refuses a display name over 255 characters and a 2 MB paste inline, sends nothing, keeps the text', async () => {
      const user = userEvent.setup()
      const bodies = capturePatches()
      renderWithMyOrg(<OrgDetailsForm />)
      const displayName = await findForm()
      await user.clear(displayName)
      await user.type(displayName, 'D'.repeat(256))
      expect(displayName).toHaveAttribute('aria-invalid', 'true')
      const save = screen.getByRole('button', { name: 'Save' })
      expect(save).toBeDisabled()
      const pasted = 'x'.repeat(2 * 1024 * 1024)
      await user.clear(displayName)
      await user.paste(pasted)
      expect(displayName).toHaveValue(pasted)
      expect(displayName).toHaveAttribute('aria-invalid', 'true')
      expect(screen.getByRole('button', { name: 'Display name' })).toBeVisible()
      expect(save).toBeDisabled()
      fireEvent.submit(save.closest('form')!)
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(bodies).toEqual([])
    }, 15_000)
  })

  describe('when a save fails', () => {
    it('puts server validation errors on their fields', async () => {
      const user = userEvent.setup()
      const onError = vi.fn()
      server.use(
        http.patch(detailsUrl, () =>
          HttpResponse.json(
            {
              type: 'https://auth0.com/api-errors#A0E-400-0003',
              status: 400,
              title: 'Validation Error',
              validation_errors: [
                { detail: 'is already used by another organization', pointer: '/name' },
              ],
            },
            { status: 400 },
          ),
        ),
      )
      renderWithMyOrg(<OrgDetailsForm onError={onError} />)
      const name = await screen.findByRole('textbox', { name: 'Name' })
      await user.clear(name)
      await user.type(name, 'globex')
      await user.click(screen.getByRole('button', { name: 'Save' }))

      await waitFor(() => {
        expect(name).toHaveAttribute('aria-invalid', 'true')
      })
      expect(name).toHaveAccessibleDescription(
        expect.stringContaining('Name is already used by another organization.'),
      )
      expect(name).toHaveFocus()
      expect(name).toHaveValue('globex')
      expect(screen.getByRole('alert')).toHaveTextContent('Check the highlighted fields')
      expect(onError).toHaveBeenCalledWith(expect.any(MyOrgApiError), { action: 'save' })
    })

    it('keeps what the user typed after a server error, and Try again saves it', async () => {
      const user = userEvent.setup()
      faults.serverError = { times: 1, operations: ['updateOrganizationDetails'] }
      renderWithMyOrg(<OrgDetailsForm />)
      const displayName = await findForm()
      await user.clear(displayName)
      await user.type(displayName, 'Acme Unsaved')
      await user.click(screen.getByRole('button', { name: 'Save' }))

      const alert = await screen.findByRole('alert')
      expect(alert).toHaveTextContent('Something went wrong on the server')
      expect(displayName).toHaveValue('Acme Unsaved')
      expect(screen.getByText('You have unsaved changes.')).toBeVisible()

      await user.click(within(alert).getByRole('button', { name: 'Try again' }))
      await screen.findByText(/Changes saved/)
      expect(store.state.organization.display_name).toBe('Acme Unsaved')
      expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    })

    it('waits out a rate limit, then saves by itself', async () => {
      const user = userEvent.setup()
      const bodies = capturePatches()
      // More 429s than the client retries on its own, so the form has to wait and retry.
      faults.rateLimit = {
        times: 3,
        retryAfterSeconds: 1,
        operations: ['updateOrganizationDetails'],
      }
      renderWithMyOrg(<OrgDetailsForm />)
      const displayName = await findForm()
      await user.clear(displayName)
      await user.type(displayName, 'Acme Patient')
      await user.click(screen.getByRole('button', { name: 'Save' }))

      const alert = await screen.findByRole('alert', {}, { timeout: 5000 })
      expect(alert).toHaveTextContent('Too many requests')
      expect(alert).toHaveTextContent(/Retrying in 1 second…/)
      await screen.findByText(/Changes saved/, {}, { timeout: 5000 })
      expect(store.state.organization.display_name).toBe('Acme Patient')
      expect(bodies).toHaveLength(4)
    }, 15_000)

    it('explains a CORS refusal and names the origin to allow', async () => {
      const user = userEvent.setup()
      faults.corsBlocked = { operations: ['updateOrganizationDetails'] }
      renderWithMyOrg(<OrgDetailsForm />)
      const displayName = await findForm()
      await user.clear(displayName)
      await user.type(displayName, 'Acme Blocked')
      await user.click(screen.getByRole('button', { name: 'Save' }))

      const alert = await screen.findByRole('alert', {}, { timeout: 5000 })
      expect(alert).toHaveTextContent('The browser blocked the request')
      expect(alert).toHaveTextContent(`add ${window.location.origin} to “Allowed Origins (CORS)”`)
      expect(displayName).toHaveValue('Acme Blocked')
    })
  })

  it('keeps what the user typed when the details refetch', async () => {
    const user = userEvent.setup()
    const { queryClient } = renderWithMyOrg(<OrgDetailsForm />)
    const displayName = await findForm()
    await user.clear(displayName)
    await user.type(displayName, 'Typed, not saved')

    store.state.organization.name = 'acme-renamed'
    await queryClient.invalidateQueries()
    await waitFor(() => {
      expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('acme-renamed')
    })
    expect(displayName).toHaveValue('Typed, not saved')
    expect(screen.getByText('You have unsaved changes.')).toBeVisible()
  })

  describe('permissions', () => {
    it('is read-only, with the reason, without update:my_org:details', async () => {
      renderWithMyOrg(<OrgDetailsForm />, { scopes: permissionSets.readOnly })
      const displayName = await findForm()
      expect(displayName).toHaveAttribute('readonly')
      expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAttribute('readonly')
      expect(screen.getByLabelText('Pick the primary colour')).toBeDisabled()
      expect(
        screen.getByText(
          'You can view these settings but not change them: that needs the update:my_org:details permission.',
        ),
      ).toBeVisible()
      expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument()
      expect(screen.queryByRole('button', { name: 'Remove logo' })).not.toBeInTheDocument()
    })

    it('is read-only with the readOnly prop', async () => {
      renderWithMyOrg(<OrgDetailsForm readOnly />)
      expect(await findForm()).toHaveAttribute('readonly')
      expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument()
      expect(screen.queryByText(/update:my_org:details/)).not.toBeInTheDocument()
    })

    it('shows “no access” without read:my_org:details, and sends no request', async () => {
      const requested = vi.fn()
      server.use(
        http.get(detailsUrl, () => {
          requested()
          return undefined
        }),
      )
      renderWithMyOrg(<OrgDetailsForm />, { scopes: ['read:my_org:domains'] })
      expect(await screen.findByText('You can’t view these settings')).toBeVisible()
      expect(screen.getByRole('note')).toHaveTextContent('read:my_org:details')
      expect(screen.queryByRole('status')).not.toBeInTheDocument()
      expect(screen.queryByRole('textbox')).not.toBeInTheDocument()
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(requested).not.toHaveBeenCalled()
    })

    it('offers to grant consent when the token needs it, through the provider', async () => {
      const user = userEvent.setup()
      let consented = false
      const getAccessToken = vi.fn<MyOrgGetAccessToken>(({ audience }) =>
        consented
          ? Promise.resolve(
              createMockAccessToken({
                scopes: permissionSets.admin,
                orgId: seedOrganizationId,
                audience,
              }),
            )
          : Promise.reject(new MyOrgTokenError('consent_required', 'Consent required')),
      )
      const onInteractionRequired = vi.fn(() => {
        consented = true
        return Promise.resolve()
      })
      renderWithMyOrg(<OrgDetailsForm />, {
        getAccessToken,
        providerProps: { onInteractionRequired },
      })
      await user.click(await screen.findByRole('button', { name: 'Review and allow access' }))
      expect(onInteractionRequired).toHaveBeenCalledWith(
        expect.objectContaining({ code: 'consent_required' }),
      )
      expect(await findForm()).toHaveValue('Acme Corp')
    })
  })

  describe('props', () => {
    it('shows only the fields asked for, and no preview when showPreview is false', async () => {
      renderWithMyOrg(<OrgDetailsForm fields={['displayName', 'logo']} showPreview={false} />)
      expect(await findForm()).toBeVisible()
      expect(screen.getByRole('textbox', { name: 'Logo URL' })).toBeVisible()
      expect(screen.queryByRole('textbox', { name: 'Name' })).not.toBeInTheDocument()
      expect(screen.queryByRole('textbox', { name: 'Primary colour' })).not.toBeInTheDocument()
      expect(screen.queryByRole('figure')).not.toBeInTheDocument()
    })

    it('takes text overrides from its messages prop', async () => {
      renderWithMyOrg(
        <OrgDetailsForm
          messages={{
            orgDetailsForm: { title: 'Login page branding', fields: { name: { label: 'Slug' } } },
          }}
        />,
      )
      expect(await screen.findByRole('textbox', { name: 'Slug' })).toHaveValue('acme-corp')
      expect(screen.getByRole('heading', { name: 'Login page branding' })).toBeVisible()
    })

    it('applies className, classNames and unstyled', async () => {
      renderWithMyOrg(
        <OrgDetailsForm className="host-card" classNames={{ actions: 'host-actions' }} unstyled />,
      )
      await findForm()
      const root = screen.getByRole('region', { name: 'Organization details' })
      expect(root).toHaveClass('mk-OrgDetailsForm', 'host-card')
      expect(root).toHaveAttribute('data-mk-unstyled')
      expect(root).toHaveAttribute('data-slot', 'org-details-form-root')
      expect(screen.getByRole('button', { name: 'Save' }).parentElement).toHaveClass(
        'mk-OrgDetailsForm-actions',
        'host-actions',
      )
    })

    it('reports load failures through onError', async () => {
      const onError = vi.fn()
      faults.serverError = { operations: ['getOrganizationDetails'] }
      renderWithMyOrg(<OrgDetailsForm onError={onError} />)
      expect(await screen.findByRole('alert')).toHaveTextContent(
        'Something went wrong on the server',
      )
      expect(onError).toHaveBeenCalledWith(expect.any(MyOrgApiError), { action: 'load' })
    })
  })
})
