import { MyOrgResponseValidationError } from '@myorg-kit/client'
import { permissionSets, scopesWithout } from '@myorg-kit/mock-api'
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { renderWithMyOrg } from '../../../test/render.tsx'
import { faults, server, store } from '../../../test/server.ts'
import { frFR } from '../../locales/fr-FR.ts'
import { IdentityProviderList } from './identity-provider-list.tsx'

const api = 'https://tenant.example/my-org'

/** Every API request, as "METHOD /path" (without the /my-org prefix). */
function recordRequests(): string[] {
  const requests: string[] = []
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url)
    requests.push(`${request.method} ${url.pathname.replace(/^\/my-org/, '')}`)
  })
  return requests
}

function count(requests: readonly string[], entry: string): number {
  return requests.filter((request) => request === entry).length
}

/** Records the JSON bodies of matching requests, then lets the mock API answer. */
function captureBodies(method: 'post' | 'patch' | 'put', path: string): unknown[] {
  const bodies: unknown[] = []
  server.use(
    http[method](`${api}${path}`, async ({ request }) => {
      const text = await request.clone().text()
      bodies.push(text ? (JSON.parse(text) as unknown) : undefined)
      return undefined
    }),
  )
  return bodies
}

function idpId(name: string): string {
  const found = store.state.identityProviders.find((idp) => idp.name === name)
  if (!found) {
    throw new Error(`no identity provider ${name}`)
  }
  return found.id
}

/** The list item of a provider, by its display name (its heading). */
async function item(displayName: string): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', { name: displayName, level: 3 })
  const li = heading.closest('li')
  if (!li) {
    throw new Error(`no item for ${displayName}`)
  }
  return li
}

async function expand(user: ReturnType<typeof userEvent.setup>, displayName: string) {
  const li = await item(displayName)
  await user.click(within(li).getByRole('button', { name: `Details of ${displayName}` }))
  return li
}

afterEach(() => {
  server.events.removeAllListeners()
})

describe('IdentityProviderList', () => {
  describe('listing', () => {
    it('shows each provider with type, access, state and linked domains', async () => {
      renderWithMyOrg(<IdentityProviderList />)
      const list = await screen.findByRole('list', { name: 'Identity providers' })
      expect(
        within(list)
          .getAllByRole('heading', { level: 3 })
          .map((heading) => heading.textContent),
      ).toEqual([
        'Acme Okta',
        'Acme Microsoft Entra ID',
        'Acme SAML',
        'Acme Login (OIDC)',
        'Acme Google Workspace',
        'Acme ADFS',
        'Acme PingFederate',
        'Contractors (managed by Acme IT)',
      ])
      const okta = await item('Acme Okta')
      expect(okta).toHaveTextContent('Okta')
      expect(okta).toHaveTextContent('acme-okta')
      expect(okta).toHaveTextContent('Full control')
      expect(within(okta).getByText('acme.com')).toBeVisible()
      expect(within(okta).getByRole('switch', { name: 'Acme Okta enabled' })).toBeChecked()
      const oidc = await item('Acme Login (OIDC)')
      expect(
        within(oidc).getByRole('switch', { name: 'Acme Login (OIDC) enabled' }),
      ).not.toBeChecked()
      expect(oidc).toHaveTextContent('No linked domain')
      expect(screen.getByText('8 identity providers')).toBeVisible()
    })

    it('fetches the list once, and nothing per row until a row is expanded', async () => {
      const requests = recordRequests()
      const user = userEvent.setup()
      renderWithMyOrg(<IdentityProviderList />)
      await item('Acme Okta')
      // Let anything that would be fetched up front go out.
      await act(() => new Promise((resolve) => setTimeout(resolve, 50)))
      expect(count(requests, 'GET /identity-providers')).toBe(1)
      expect(requests.filter((request) => request.includes('/provisioning'))).toEqual([])
      expect(requests.filter((request) => request.startsWith('GET /config'))).toEqual([])

      const okta = await expand(user, 'Acme Okta')
      expect(await within(okta).findByText('On')).toBeVisible()
      const entra = await expand(user, 'Acme Microsoft Entra ID')
      expect(await within(entra).findByText('On')).toBeVisible()
      const oidc = await expand(user, 'Acme Login (OIDC)')
      expect(await within(oidc).findByText('Off')).toBeVisible()

      expect(count(requests, `GET /identity-providers/${idpId('acme-okta')}/provisioning`)).toBe(1)
      expect(count(requests, `GET /identity-providers/${idpId('acme-entra')}/provisioning`)).toBe(1)
      expect(requests.filter((request) => request.endsWith('/provisioning'))).toHaveLength(3)
      // The Connection Profile is read once for all rows; GET /config is not needed here.
      expect(count(requests, 'GET /config/identity-providers')).toBe(1)
      expect(count(requests, 'GET /config')).toBe(0)
      expect(count(requests, 'GET /identity-providers')).toBe(1)
    })

    it('reads the googleapps key for Google Workspace and skips strategies without SCIM', async () => {
      const requests = recordRequests()
      const user = userEvent.setup()
      renderWithMyOrg(<IdentityProviderList />)
      const google = await expand(user, 'Acme Google Workspace')
      // Supported via strategies.googleapps: asked, and not set up.
      expect(await within(google).findByText('Off')).toBeVisible()
      expect(count(requests, `GET /identity-providers/${idpId('acme-google')}/provisioning`)).toBe(
        1,
      )
      const adfs = await expand(user, 'Acme ADFS')
      expect(await within(adfs).findByText('Not available for this provider type')).toBeVisible()
      expect(count(requests, `GET /identity-providers/${idpId('acme-adfs')}/provisioning`)).toBe(0)
    })

    it('explains what to do when there is no provider yet', async () => {
      store.reset({ identityProviders: [] })
      renderWithMyOrg(<IdentityProviderList />)
      expect(await screen.findByText('No identity provider yet')).toBeVisible()
      expect(screen.getByRole('button', { name: 'Add identity provider' })).toBeVisible()
    })

    it('renders a custom empty state', async () => {
      store.reset({ identityProviders: [] })
      renderWithMyOrg(<IdentityProviderList emptyState={<p>Nothing here</p>} />)
      expect(await screen.findByText('Nothing here')).toBeVisible()
    })

    it('shows a loading state, then the providers', async () => {
      faults.latencyMs = 150
      renderWithMyOrg(<IdentityProviderList />)
      expect(
        await screen.findByRole('status', { name: 'Loading identity providers…' }),
      ).toBeVisible()
      await item('Acme Okta')
      expect(screen.queryByRole('status', { name: 'Loading identity providers…' })).toBeNull()
    })
  })

  describe('names from the API', () => {
    it('isolates a name’s direction and flags its invisible characters (case 5)', async () => {
      const okta = store.state.identityProviders.find((idp) => idp.name === 'acme-okta')!
      okta.display_name = 'Acme \u202Egnp.exe\u202C Corp'
      renderWithMyOrg(<IdentityProviderList />)
      const heading = await screen.findByRole('heading', { name: /gnp\.exe/, level: 3 })
      const name = within(heading).getByText('Acme \u202Egnp.exe\u202C Corp')
      // Isolated: the override ends with the name and never reverses the kit's text around it.
      expect(name).toHaveAttribute('dir', 'auto')
      const flag = within(heading).getByText('Invisible characters')
      expect(flag).toHaveAttribute(
        'title',
        expect.stringContaining('Acme ⟨U+202E⟩gnp.exe⟨U+202C⟩ Corp'),
      )
      // A plain name is not flagged.
      const plain = await screen.findByRole('heading', { name: 'Acme SAML', level: 3 })
      expect(within(plain).queryByText('Invisible characters')).toBeNull()
    })

    it('keeps a 5,000-character name whole in its title while showing two lines (case 4)', async () => {
      const long = 'x'.repeat(5000)
      const okta = store.state.identityProviders.find((idp) => idp.name === 'acme-okta')!
      okta.display_name = long
      renderWithMyOrg(<IdentityProviderList />)
      const heading = await screen.findByRole('heading', { name: long, level: 3 })
      const name = within(heading).getByText(long)
      expect(name).toHaveAttribute('title', long)
      expect(name).toHaveAttribute('data-lines', '2')
    })
  })

  describe('enable / disable', () => {
    it('flips the switch at once, sends { is_enabled } and keeps it on success', async () => {
      const user = userEvent.setup()
      const bodies = captureBodies('patch', '/identity-providers/:id')
      const onUpdated = vi.fn()
      // The server holds the PATCH until the test has looked at the switch (no timing race).
      let answer: () => void = () => undefined
      const held = new Promise<void>((resolve) => {
        answer = resolve
      })
      server.use(
        http.patch(`${api}/identity-providers/:id`, async () => {
          await held
          return undefined
        }),
      )
      renderWithMyOrg(<IdentityProviderList onIdentityProviderUpdated={onUpdated} />)
      const okta = await item('Acme Okta')
      const toggle = within(okta).getByRole('switch', { name: 'Acme Okta enabled' })
      await user.click(toggle)
      // Optimistic: off before the server answered.
      expect(toggle).not.toBeChecked()
      expect(
        store.state.identityProviders.find((idp) => idp.name === 'acme-okta')?.is_enabled,
      ).toBe(true)
      answer()
      await waitFor(() => {
        expect(onUpdated).toHaveBeenCalledWith(expect.objectContaining({ is_enabled: false }))
      })
      expect(bodies).toEqual([{ is_enabled: false }])
      expect(
        store.state.identityProviders.find((idp) => idp.name === 'acme-okta')?.is_enabled,
      ).toBe(false)
      expect(within(await item('Acme Okta')).getByRole('switch')).not.toBeChecked()
      expect(screen.getByText('Acme Okta is disabled.')).toBeInTheDocument()
    })

    it('rolls the switch back and says why when the PATCH fails', async () => {
      const user = userEvent.setup()
      const onError = vi.fn()
      let answer: () => void = () => undefined
      const held = new Promise<void>((resolve) => {
        answer = resolve
      })
      server.use(
        http.patch(`${api}/identity-providers/:id`, async () => {
          await held
          return HttpResponse.json(
            {
              type: 'https://auth0.com/api-errors#A0E-403-0002',
              status: 403,
              title: 'Insufficient Scope',
              detail: 'The auth token lacks the required scope.',
            },
            { status: 403 },
          )
        }),
      )
      renderWithMyOrg(<IdentityProviderList onError={onError} />)
      const okta = await item('Acme Okta')
      const toggle = within(okta).getByRole('switch', { name: 'Acme Okta enabled' })
      await user.click(toggle)
      expect(toggle).not.toBeChecked()
      answer()
      const alert = await within(okta).findByText(/Could not disable Acme Okta/)
      expect(alert).toHaveTextContent(/It was switched back\./)
      expect(alert).toHaveTextContent(/permission/)
      expect(within(await item('Acme Okta')).getByRole('switch')).toBeChecked()
      expect(onError).toHaveBeenCalledWith(expect.any(Error), {
        action: 'toggle',
        identityProviderId: idpId('acme-okta'),
      })
      expect(
        store.state.identityProviders.find((idp) => idp.name === 'acme-okta')?.is_enabled,
      ).toBe(true)
    })
  })

  describe('delete', () => {
    it('needs the provider’s name typed: a mismatch says so and sends nothing', async () => {
      const requests = recordRequests()
      const user = userEvent.setup()
      const onDeleted = vi.fn()
      renderWithMyOrg(<IdentityProviderList onIdentityProviderDeleted={onDeleted} />)
      const oidc = await expand(user, 'Acme Login (OIDC)')
      const oidcId = idpId('acme-oidc')
      await user.click(within(oidc).getByRole('button', { name: 'Delete Acme Login (OIDC)' }))
      const dialog = await screen.findByRole('alertdialog', { name: 'Delete Acme Login (OIDC)?' })
      const input = within(dialog).getByRole('textbox', { name: 'Type acme-oidc to confirm' })
      expect(input).toHaveFocus()
      await user.type(input, 'acme-oid')
      await user.click(within(dialog).getByRole('button', { name: 'Delete provider' }))
      expect(input).toHaveAccessibleDescription('Type the provider’s name exactly: acme-oidc')
      expect(requests.filter((request) => request.startsWith('DELETE'))).toEqual([])

      await user.type(input, 'c')
      await user.click(within(dialog).getByRole('button', { name: 'Delete provider' }))
      await waitFor(() => {
        expect(screen.queryByRole('alertdialog')).toBeNull()
      })
      expect(onDeleted).toHaveBeenCalledWith(oidcId)
      await waitFor(() => {
        expect(screen.queryByRole('heading', { name: 'Acme Login (OIDC)' })).toBeNull()
      })
      expect(store.state.identityProviders.some((idp) => idp.name === 'acme-oidc')).toBe(false)
      expect(screen.getByText('Acme Login (OIDC) was deleted.')).toBeInTheDocument()
      expect(screen.getByRole('heading', { name: 'Single sign-on', level: 2 })).toHaveFocus()
    })

    it('under allow_if_empty, explains a refusal for a provider with users and offers to detach', async () => {
      const user = userEvent.setup()
      const onDetached = vi.fn()
      renderWithMyOrg(<IdentityProviderList onIdentityProviderDetached={onDetached} />)
      const okta = await expand(user, 'Acme Okta')
      const oktaId = idpId('acme-okta')
      await user.click(within(okta).getByRole('button', { name: 'Delete Acme Okta' }))
      const dialog = await screen.findByRole('alertdialog', { name: 'Delete Acme Okta?' })
      expect(
        await within(dialog).findByText(/only allows deleting a provider that has no users left/),
      ).toBeVisible()
      await user.type(within(dialog).getByRole('textbox'), 'acme-okta')
      await user.click(within(dialog).getByRole('button', { name: 'Delete provider' }))
      const refusal = await within(dialog).findByRole('alert')
      expect(refusal).toHaveTextContent('Acme Okta still has users')
      expect(refusal).toHaveTextContent(/remove it from the organization instead/)
      expect(store.state.identityProviders.some((idp) => idp.id === oktaId)).toBe(true)

      await user.click(
        within(refusal).getByRole('button', { name: 'Remove from organization instead' }),
      )
      const detach = await screen.findByRole('alertdialog', {
        name: 'Remove Acme Okta from the organization?',
      })
      await user.click(within(detach).getByRole('button', { name: 'Remove from organization' }))
      await waitFor(() => {
        expect(onDetached).toHaveBeenCalledWith(oktaId)
      })
      expect(store.state.identityProviders.some((idp) => idp.id === oktaId)).toBe(false)
    })

    it('under allow, warns that the provider’s users will be deleted with it', async () => {
      const user = userEvent.setup()
      store.reset({
        configuration: { connection_deletion_behavior: 'allow', allowed_strategies: ['okta'] },
      })
      renderWithMyOrg(<IdentityProviderList />)
      const okta = await expand(user, 'Acme Okta')
      await user.click(within(okta).getByRole('button', { name: 'Delete Acme Okta' }))
      const dialog = await screen.findByRole('alertdialog', { name: 'Delete Acme Okta?' })
      expect(
        await within(dialog).findByText(
          'The users who signed in through Acme Okta will be deleted with it, including their profiles and memberships.',
        ),
      ).toBeVisible()
      await user.type(within(dialog).getByRole('textbox'), 'acme-okta')
      await user.click(within(dialog).getByRole('button', { name: 'Delete provider' }))
      await waitFor(() => {
        expect(screen.queryByRole('alertdialog')).toBeNull()
      })
      expect(store.state.identityProviders.some((idp) => idp.name === 'acme-okta')).toBe(false)
    })

    it('without the configuration scope, says both outcomes are possible and reads no /config', async () => {
      const requests = recordRequests()
      const user = userEvent.setup()
      renderWithMyOrg(<IdentityProviderList />, { scopes: scopesWithout('getConfiguration') })
      const okta = await expand(user, 'Acme Okta')
      await user.click(within(okta).getByRole('button', { name: 'Delete Acme Okta' }))
      const dialog = await screen.findByRole('alertdialog', { name: 'Delete Acme Okta?' })
      expect(within(dialog).getByText(/Depending on your tenant’s settings/)).toBeVisible()
      expect(requests.filter((request) => request.startsWith('GET /config'))).toEqual([])
    })

    it('reads GET /config once for several delete dialogs', async () => {
      const requests = recordRequests()
      const user = userEvent.setup()
      renderWithMyOrg(<IdentityProviderList />)
      const okta = await expand(user, 'Acme Okta')
      await user.click(within(okta).getByRole('button', { name: 'Delete Acme Okta' }))
      let dialog = await screen.findByRole('alertdialog', { name: 'Delete Acme Okta?' })
      await within(dialog).findByText(/only allows deleting/)
      await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
      expect(within(okta).getByRole('button', { name: 'Delete Acme Okta' })).toHaveFocus()
      await user.click(within(okta).getByRole('button', { name: 'Delete Acme Okta' }))
      dialog = await screen.findByRole('alertdialog', { name: 'Delete Acme Okta?' })
      await within(dialog).findByText(/only allows deleting/)
      await user.keyboard('{Escape}')
      expect(screen.queryByRole('alertdialog')).toBeNull()
      expect(count(requests, 'GET /config')).toBe(1)
    })
  })

  describe('remove from organization', () => {
    it('explains the difference from delete, then detaches', async () => {
      const user = userEvent.setup()
      const onDetached = vi.fn()
      renderWithMyOrg(<IdentityProviderList onIdentityProviderDetached={onDetached} />)
      const entra = await expand(user, 'Acme Microsoft Entra ID')
      const entraId = idpId('acme-entra')
      await user.click(
        within(entra).getByRole('button', {
          name: 'Remove from organization: Acme Microsoft Entra ID',
        }),
      )
      const dialog = await screen.findByRole('alertdialog', {
        name: 'Remove Acme Microsoft Entra ID from the organization?',
      })
      expect(dialog).toHaveTextContent(/Unlike Delete, this keeps the connection and its users/)
      expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus()
      await user.click(within(dialog).getByRole('button', { name: 'Remove from organization' }))
      await waitFor(() => {
        expect(onDetached).toHaveBeenCalledWith(entraId)
      })
      await waitFor(() => {
        expect(screen.queryByRole('heading', { name: 'Acme Microsoft Entra ID' })).toBeNull()
      })
    })
  })

  describe('refresh attribute mapping', () => {
    it('says what will change, refreshes with {}, then shows what changed', async () => {
      const user = userEvent.setup()
      const bodies = captureBodies('put', '/identity-providers/:id/update-attributes')
      const onRefreshed = vi.fn()
      renderWithMyOrg(<IdentityProviderList onAttributeMappingRefreshed={onRefreshed} />)
      const oidc = await expand(user, 'Acme Login (OIDC)')
      await user.click(
        within(oidc).getByRole('button', {
          name: 'Refresh attribute mapping of Acme Login (OIDC)',
        }),
      )
      const dialog = await screen.findByRole('alertdialog', {
        name: 'Refresh the attribute mapping of Acme Login (OIDC)?',
      })
      expect(dialog).toHaveTextContent('Will stop mapping: Department')
      expect(dialog).toHaveTextContent('Will start mapping: Last name')
      await user.click(within(dialog).getByRole('button', { name: 'Refresh mapping' }))
      const result = await within(oidc).findByText(
        'Attribute mapping of Acme Login (OIDC) refreshed',
      )
      const box = result.closest('[role="status"]')
      expect(box).toHaveTextContent('Added: Last name')
      expect(box).toHaveTextContent('Removed: Department')
      expect(bodies).toEqual([{}])
      expect(onRefreshed).toHaveBeenCalledWith(expect.objectContaining({ name: 'acme-oidc' }), {
        added: ['Last name'],
        removed: ['Department'],
        changed: [],
      })
      expect(
        within(oidc).getByRole('button', {
          name: 'Refresh attribute mapping of Acme Login (OIDC)',
        }),
      ).toHaveFocus()
    })

    it('is offered only for providers with an attribute mapping', async () => {
      const user = userEvent.setup()
      renderWithMyOrg(<IdentityProviderList />)
      const entra = await expand(user, 'Acme Microsoft Entra ID')
      expect(within(entra).queryByRole('button', { name: /Refresh attribute mapping/ })).toBeNull()
    })
  })

  describe('domains', () => {
    it('links and unlinks verified domains one by one, with a line per change', async () => {
      const user = userEvent.setup()
      const requests = recordRequests()
      const onChanged = vi.fn()
      renderWithMyOrg(<IdentityProviderList onIdentityProviderDomainsChanged={onChanged} />)
      const okta = await expand(user, 'Acme Okta')
      const oktaId = idpId('acme-okta')
      await user.click(within(okta).getByRole('button', { name: 'Manage domains of Acme Okta' }))
      const editor = within(okta).getByRole('group', { name: 'Domains of Acme Okta' })
      const coUk = await within(editor).findByRole('checkbox', { name: 'acme.co.uk' })
      // Only verified domains are offered.
      expect(within(editor).queryByRole('checkbox', { name: 'acme-labs.io' })).toBeNull()
      expect(within(editor).getByRole('checkbox', { name: 'acme.com' })).toBeChecked()
      await user.click(coUk)
      await user.click(within(editor).getByRole('checkbox', { name: 'acme.com' }))
      const before = count(requests, 'GET /identity-providers')
      await user.click(within(editor).getByRole('button', { name: 'Apply changes' }))
      expect(await within(editor).findByText('All changes applied.')).toBeVisible()
      expect(within(editor).getByText('Linked acme.co.uk')).toBeVisible()
      expect(within(editor).getByText('Unlinked acme.com')).toBeVisible()
      expect(store.state.identityProviders.find((idp) => idp.id === oktaId)?.domains).toEqual([
        'acme.co.uk',
      ])
      expect(requests).toContain(`POST /identity-providers/${oktaId}/domains`)
      expect(requests).toContain(`DELETE /identity-providers/${oktaId}/domains/acme.com`)
      expect(onChanged).toHaveBeenCalledWith(oktaId, {
        linked: ['acme.co.uk'],
        unlinked: ['acme.com'],
        failed: [],
      })
      // No read for the batch: each link's answer is the new state, written into the list (no
      // provider read, no list refetch).
      expect(count(requests, `GET /identity-providers/${oktaId}`)).toBe(0)
      expect(count(requests, 'GET /identity-providers')).toBe(before)
      // The row shows the new links.
      const chips = within(okta).getByText('acme.co.uk', { selector: 'code' }).closest('ul')
      expect(chips).toHaveTextContent('acme.co.uk')
      expect(chips).not.toHaveTextContent('acme.com')
    })

    it('reports the domains that failed and applies the others', async () => {
      const user = userEvent.setup()
      const onError = vi.fn()
      server.use(
        http.delete(`${api}/identity-providers/:id/domains/:domain`, () =>
          HttpResponse.json(
            {
              type: 'https://auth0.com/api-errors#A0E-404-0002',
              status: 404,
              title: 'Resource Not Found',
              detail: 'The domain is not associated with this identity provider.',
            },
            { status: 404 },
          ),
        ),
      )
      renderWithMyOrg(<IdentityProviderList onError={onError} />)
      const okta = await expand(user, 'Acme Okta')
      await user.click(within(okta).getByRole('button', { name: 'Manage domains of Acme Okta' }))
      const editor = within(okta).getByRole('group', { name: 'Domains of Acme Okta' })
      await user.click(await within(editor).findByRole('checkbox', { name: 'acme.co.uk' }))
      await user.click(within(editor).getByRole('checkbox', { name: 'acme.com' }))
      await user.click(within(editor).getByRole('button', { name: 'Apply changes' }))
      expect(
        await within(editor).findByText('1 change failed; the others were applied.'),
      ).toBeVisible()
      expect(within(editor).getByText(/^Could not unlink acme.com:/)).toBeVisible()
      expect(within(editor).getByText('Linked acme.co.uk')).toBeVisible()
      // What failed stays as it is on the server.
      expect(within(editor).getByRole('checkbox', { name: 'acme.com' })).toBeChecked()
      expect(onError).toHaveBeenCalledWith(expect.any(Error), {
        action: 'unlinkDomain',
        identityProviderId: idpId('acme-okta'),
      })
    })

    it('says when there is nothing to apply, and sends nothing', async () => {
      const user = userEvent.setup()
      const requests = recordRequests()
      renderWithMyOrg(<IdentityProviderList />)
      const okta = await expand(user, 'Acme Okta')
      await user.click(within(okta).getByRole('button', { name: 'Manage domains of Acme Okta' }))
      const editor = within(okta).getByRole('group', { name: 'Domains of Acme Okta' })
      await within(editor).findByRole('checkbox', { name: 'acme.co.uk' })
      await user.click(within(editor).getByRole('button', { name: 'Apply changes' }))
      expect(within(editor).getByText('No changes to apply.')).toBeVisible()
      expect(
        requests.filter((request) => request.includes('/domains') && !request.startsWith('GET')),
      ).toEqual([])
    })
  })

  describe('access levels', () => {
    it('limited: switch, edit and refresh only, and says why the rest is missing', async () => {
      const user = userEvent.setup()
      renderWithMyOrg(<IdentityProviderList onEditIdentityProvider={vi.fn()} />)
      const saml = await expand(user, 'Acme SAML')
      expect(saml).toHaveTextContent('Limited')
      expect(within(saml).getByRole('switch', { name: 'Acme SAML enabled' })).toBeVisible()
      const actions = within(saml).getByRole('group', { name: 'Actions for Acme SAML' })
      expect(
        within(actions)
          .getAllByRole('button')
          .map((button) => button.textContent),
      ).toEqual(['Edit', 'Refresh attribute mapping'])
      expect(saml).toHaveTextContent(/Its settings, domains and deletion are managed by them/)
    })

    it('readonly: no switch and no action, with the reason', async () => {
      const user = userEvent.setup()
      renderWithMyOrg(<IdentityProviderList />)
      const google = await expand(user, 'Acme Google Workspace')
      expect(google).toHaveTextContent('View only')
      expect(google).toHaveTextContent('Enabled')
      expect(within(google).queryByRole('switch')).toBeNull()
      expect(within(google).queryByRole('group', { name: /Actions for/ })).toBeNull()
      expect(google).toHaveTextContent(/you can view it but not change it/)
    })

    it('none: only the name and state, and who manages it', async () => {
      renderWithMyOrg(<IdentityProviderList />)
      const contractors = await item('Contractors (managed by Acme IT)')
      expect(contractors).toHaveTextContent('Managed for you')
      expect(contractors).toHaveTextContent(/its details are not shown here/)
      expect(within(contractors).queryByRole('button')).toBeNull()
    })
  })

  describe('a provider of a type the kit does not know', () => {
    /** The list with a provider whose strategy the client can't read (it keeps name and state). */
    function serveWithUnknownType(): void {
      server.use(
        http.get(`${api}/identity-providers`, () =>
          HttpResponse.json({
            identity_providers: [
              {
                id: 'con_Kn0wnOkta0000001',
                name: 'acme-okta',
                display_name: 'Acme Okta',
                strategy: 'okta',
                options: {},
                domains: ['acme.com'],
                is_enabled: true,
                access_level: 'full',
              },
              {
                id: 'con_Unkn0wnType00001',
                name: 'acme-ldap',
                display_name: 'Acme Directory',
                strategy: 'ad',
                options: { tenant: 'acme' },
                domains: ['corp.acme.com'],
                is_enabled: true,
                access_level: 'full',
              },
            ],
          }),
        ),
      )
    }

    it('gets one honest read-only row: a generic logo, "Unknown provider type", no access claim, no action', async () => {
      serveWithUnknownType()
      renderWithMyOrg(<IdentityProviderList />)
      const row = await item('Acme Directory')
      expect(row).toHaveTextContent('Unknown provider type')
      expect(row).toHaveTextContent('acme-ldap')
      expect(row).toHaveTextContent('Enabled')
      expect(row).toHaveTextContent(/can only show its name and state/)
      expect(row).not.toHaveTextContent('Full control')
      expect(row).not.toHaveTextContent(/tenant administrator/)
      expect(within(row).queryByRole('switch')).toBeNull()
      expect(within(row).queryByRole('button')).toBeNull()
      expect(row.querySelector('[data-slot="identity-provider-list-logo"] svg')).not.toBeNull()
      // The known provider next to it is untouched.
      const okta = await item('Acme Okta')
      expect(okta).toHaveTextContent('Full control')
      expect(within(okta).getByRole('switch', { name: 'Acme Okta enabled' })).toBeChecked()
    })

    it('says so in French too', async () => {
      serveWithUnknownType()
      renderWithMyOrg(<IdentityProviderList />, {
        providerProps: { locale: 'fr-FR', messages: [frFR] },
      })
      const row = await item('Acme Directory')
      expect(row).toHaveTextContent('Type de fournisseur inconnu')
      expect(row).not.toHaveTextContent('Contrôle total')
    })
  })

  describe('permissions', () => {
    it('read-only scopes: no add, no switch, no actions, and says which permissions are missing', async () => {
      const user = userEvent.setup()
      renderWithMyOrg(<IdentityProviderList />, { scopes: permissionSets.readOnly })
      const okta = await expand(user, 'Acme Okta')
      expect(screen.queryByRole('button', { name: 'Add identity provider' })).toBeNull()
      expect(screen.queryByRole('switch')).toBeNull()
      // Provisioning can still be viewed (the SCIM manager gates its own writes).
      expect(
        within(within(okta).getByRole('group', { name: 'Actions for Acme Okta' }))
          .getAllByRole('button')
          .map((button) => button.textContent),
      ).toEqual(['Manage provisioning'])
      const note = screen.getByText(/Not available with your access/)
      expect(note).toHaveTextContent('create:my_org:identity_providers')
      expect(note).toHaveTextContent('delete:my_org:identity_providers')
      // Reading provisioning is still allowed.
      expect(await within(okta).findByText('On')).toBeVisible()
    })

    it('without delete: no Delete button, the rest works', async () => {
      const user = userEvent.setup()
      renderWithMyOrg(<IdentityProviderList />, { scopes: scopesWithout('deleteIdentityProvider') })
      const okta = await expand(user, 'Acme Okta')
      expect(within(okta).queryByRole('button', { name: 'Delete Acme Okta' })).toBeNull()
      expect(
        within(okta).getByRole('button', { name: 'Remove from organization: Acme Okta' }),
      ).toBeVisible()
      expect(screen.getByText(/Not available with your access/)).toHaveTextContent(
        'deleting providers (needs delete:my_org:identity_providers)',
      )
    })

    it('without update: the state is a badge, not a switch', async () => {
      renderWithMyOrg(<IdentityProviderList />, { scopes: scopesWithout('updateIdentityProvider') })
      const okta = await item('Acme Okta')
      expect(within(okta).queryByRole('switch')).toBeNull()
      expect(okta).toHaveTextContent('Enabled')
    })

    it('without the provisioning scope: no SCIM request, and it says so', async () => {
      const requests = recordRequests()
      const user = userEvent.setup()
      renderWithMyOrg(<IdentityProviderList />, { scopes: scopesWithout('getProvisioning') })
      const okta = await expand(user, 'Acme Okta')
      expect(within(okta).getByText('Not shown with your access')).toBeVisible()
      expect(within(okta).queryByRole('button', { name: /Manage provisioning/ })).toBeNull()
      expect(requests.filter((request) => request.includes('provisioning'))).toEqual([])
    })

    it('without read: a clear no-access state and no request', async () => {
      const requests = recordRequests()
      renderWithMyOrg(<IdentityProviderList />, { scopes: scopesWithout('listIdentityProviders') })
      expect(
        await screen.findByText('You don’t have access to your organization’s identity providers'),
      ).toBeVisible()
      expect(requests.filter((request) => request.startsWith('GET /identity-providers'))).toEqual(
        [],
      )
    })

    it('readOnly prop hides every action for an admin too', async () => {
      const user = userEvent.setup()
      renderWithMyOrg(<IdentityProviderList readOnly />)
      const okta = await expand(user, 'Acme Okta')
      expect(screen.queryByRole('button', { name: 'Add identity provider' })).toBeNull()
      expect(screen.queryByRole('switch')).toBeNull()
      expect(within(okta).queryByRole('group', { name: /Actions for/ })).toBeNull()
      expect(screen.queryByText(/Not available with your access/)).toBeNull()
    })
  })

  describe('host callbacks', () => {
    it('Add, Edit and Manage provisioning call the host instead of opening in place', async () => {
      const user = userEvent.setup()
      const onAdd = vi.fn()
      const onEdit = vi.fn()
      const onProvisioning = vi.fn()
      renderWithMyOrg(
        <IdentityProviderList
          onAddIdentityProvider={onAdd}
          onEditIdentityProvider={onEdit}
          onManageProvisioning={onProvisioning}
        />,
      )
      await user.click(await screen.findByRole('button', { name: 'Add identity provider' }))
      expect(onAdd).toHaveBeenCalledTimes(1)
      const okta = await expand(user, 'Acme Okta')
      await user.click(within(okta).getByRole('button', { name: 'Edit Acme Okta' }))
      expect(onEdit).toHaveBeenCalledWith(expect.objectContaining({ id: idpId('acme-okta') }))
      await user.click(
        within(okta).getByRole('button', { name: 'Manage provisioning of Acme Okta' }),
      )
      expect(onProvisioning).toHaveBeenCalledWith(
        expect.objectContaining({ id: idpId('acme-okta') }),
      )
      expect(screen.queryByRole('button', { name: 'Back to identity providers' })).toBeNull()
      expect(screen.getByRole('list', { name: 'Identity providers' })).toBeVisible()
    })
  })

  describe('in place (no host callback)', () => {
    it('Add opens a region, focuses its heading, hides the list; Back returns focus', async () => {
      const user = userEvent.setup()
      renderWithMyOrg(<IdentityProviderList />)
      const add = await screen.findByRole('button', { name: 'Add identity provider' })
      await user.click(add)
      const heading = screen.getByRole('heading', { name: 'Add an identity provider' })
      expect(heading).toHaveFocus()
      expect(screen.getByRole('region', { name: 'Add an identity provider' })).toBeVisible()
      expect(screen.queryByRole('list', { name: 'Identity providers' })).toBeNull()
      await user.click(screen.getByRole('button', { name: 'Back to identity providers' }))
      expect(screen.queryByRole('region', { name: 'Add an identity provider' })).toBeNull()
      expect(screen.getByRole('list', { name: 'Identity providers' })).toBeVisible()
      expect(add).toHaveFocus()
    })

    it('Edit and Manage provisioning open their region and give focus back to their button', async () => {
      const user = userEvent.setup()
      renderWithMyOrg(<IdentityProviderList />)
      const okta = await expand(user, 'Acme Okta')
      const edit = within(okta).getByRole('button', { name: 'Edit Acme Okta' })
      await user.click(edit)
      expect(screen.getByRole('heading', { name: 'Acme Okta settings' })).toHaveFocus()
      await user.click(screen.getByRole('button', { name: 'Back to identity providers' }))
      expect(edit).toHaveFocus()

      const manage = within(okta).getByRole('button', { name: 'Manage provisioning of Acme Okta' })
      await user.click(manage)
      expect(screen.getByRole('region', { name: 'Provisioning for Acme Okta' })).toBeVisible()
      expect(screen.getByRole('heading', { name: 'Provisioning for Acme Okta' })).toHaveFocus()
      await user.click(screen.getByRole('button', { name: 'Back to identity providers' }))
      expect(manage).toHaveFocus()
    })
  })

  describe('in place: the IdpWizard and the ScimTokenManager', () => {
    it('Add shows the wizard’s first step; its Cancel closes the panel and returns focus', async () => {
      const user = userEvent.setup()
      renderWithMyOrg(<IdentityProviderList />)
      const add = await screen.findByRole('button', { name: 'Add identity provider' })
      await user.click(add)
      const panel = screen.getByRole('region', { name: 'Add an identity provider' })
      expect(
        await within(panel).findByRole('radio', { name: /^Okta/ }, { timeout: 5000 }),
      ).toBeInTheDocument()
      await user.click(within(panel).getByRole('button', { name: 'Cancel' }))
      expect(screen.queryByRole('region', { name: 'Add an identity provider' })).toBeNull()
      expect(add).toHaveFocus()
    })

    it('Edit saves through the wizard, then the list shows the change and says so', async () => {
      const user = userEvent.setup()
      const onUpdated = vi.fn()
      renderWithMyOrg(<IdentityProviderList onIdentityProviderUpdated={onUpdated} />)
      const okta = await expand(user, 'Acme Okta')
      await user.click(within(okta).getByRole('button', { name: 'Edit Acme Okta' }))
      const panel = screen.getByRole('region', { name: 'Acme Okta settings' })
      await within(panel).findByText(
        'You can change everything except the connection name and type.',
        {},
        { timeout: 5000 },
      )
      const next = () => user.click(within(panel).getByRole('button', { name: 'Continue' }))
      await next()
      const displayName = within(panel).getByLabelText('Display name')
      await user.clear(displayName)
      await user.type(displayName, 'Acme staff')
      await next()
      await next()
      await user.click(within(panel).getByRole('button', { name: 'Save changes' }))
      await waitFor(() => {
        expect(onUpdated).toHaveBeenCalledWith(
          expect.objectContaining({ display_name: 'Acme staff' }),
        )
      })
      expect(screen.queryByRole('region', { name: 'Acme Okta settings' })).toBeNull()
      expect(await item('Acme staff')).toBeVisible()
      expect(screen.getByText('Acme staff was updated.')).toBeInTheDocument()
    })

    it('Manage provisioning shows the provider’s SCIM endpoint and tokens in place', async () => {
      const user = userEvent.setup()
      renderWithMyOrg(<IdentityProviderList />)
      const okta = await expand(user, 'Acme Okta')
      await user.click(
        within(okta).getByRole('button', { name: 'Manage provisioning of Acme Okta' }),
      )
      const panel = screen.getByRole('region', { name: 'Provisioning for Acme Okta' })
      expect(
        await within(panel).findByText('SCIM endpoint URL', { exact: true }, { timeout: 5000 }),
      ).toBeInTheDocument()
      expect(within(panel).getByRole('table', { name: 'SCIM tokens for Acme Okta' })).toBeVisible()
    })
  })

  describe('errors', () => {
    it('explains a load failure, reports it, and retries', async () => {
      const user = userEvent.setup()
      const onError = vi.fn()
      faults.serverError = { operations: ['listIdentityProviders'], times: 1 }
      renderWithMyOrg(<IdentityProviderList onError={onError} />)
      const alert = await screen.findByRole('alert')
      expect(alert).toHaveTextContent('Something went wrong on the server')
      expect(onError).toHaveBeenCalledWith(expect.any(Error), { action: 'load' })
      await user.click(within(alert).getByRole('button', { name: 'Try again' }))
      await item('Acme Okta')
    })

    it('lists the valid providers when one breaks the contract, says one is hidden, and reports it', async () => {
      const okta = store.state.identityProviders.find((idp) => idp.name === 'acme-okta')!
      // A record the API should never send: its id is not a connection id.
      store.state.identityProviders.push({ ...okta, id: 'not-an-id', display_name: 'Broken IdP' })
      const onError = vi.fn()
      renderWithMyOrg(<IdentityProviderList onError={onError} />)
      await item('Acme Okta')
      expect(screen.queryByRole('heading', { name: 'Broken IdP' })).toBeNull()
      expect(
        screen.getByText(
          '1 item could not be shown: the API’s answer didn’t match the expected format.',
        ),
      ).toBeVisible()
      await waitFor(() => {
        expect(onError).toHaveBeenCalledWith(expect.any(MyOrgResponseValidationError), {
          action: 'load',
        })
      })
      expect(onError).toHaveBeenCalledTimes(1)
    })

    it('says the request limit was reached on a 429', async () => {
      faults.rateLimit = { retryAfterSeconds: 1, operations: ['listIdentityProviders'] }
      renderWithMyOrg(<IdentityProviderList />)
      const alert = await screen.findByRole('alert', {}, { timeout: 8000 })
      expect(alert).toHaveTextContent('Too many requests')
    }, 15_000)

    it('names the origin to allow when CORS blocks the request', async () => {
      faults.corsBlocked = {}
      renderWithMyOrg(<IdentityProviderList />)
      const alert = await screen.findByRole('alert', {}, { timeout: 5000 })
      expect(alert).toHaveTextContent('The browser blocked the request')
      expect(alert).toHaveTextContent('Allowed Origins (CORS)')
    })
  })
})
