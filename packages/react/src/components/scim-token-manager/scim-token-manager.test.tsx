import { MyOrgResponseValidationError } from '@myorg-kit/client'
import { permissionSets, scopesWithout, seedId } from '@myorg-kit/mock-api'
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http } from 'msw'
import { describe, expect, it, vi } from 'vitest'

import { createMyOrgQueryClient } from '../../provider/create-query-client.ts'
import { renderWithMyOrg } from '../../../test/render.tsx'
import { faults, server, store } from '../../../test/server.ts'
import { ScimTokenManager } from './scim-token-manager.tsx'
import { toCreateScimTokenBody } from './token-lifetime.ts'

const api = 'https://tenant.example/my-org'
const okta = seedId('con', 'acme-okta')
const entra = seedId('con', 'acme-entra')
const ping = seedId('con', 'acme-ping')
const oidc = seedId('con', 'acme-oidc')
const adfs = seedId('con', 'acme-adfs')
const google = seedId('con', 'acme-google')
const saml = seedId('con', 'acme-saml')
const oktaToken = seedId('tok', 'acme-okta-1')
const day = 24 * 60 * 60

/** What the browser does on Escape: a cancelable `cancel`, then close unless prevented. */
function pressEscape(dialog: HTMLElement): void {
  const cancel = new Event('cancel', { cancelable: true })
  act(() => {
    dialog.dispatchEvent(cancel)
    if (!cancel.defaultPrevented) {
      ;(dialog as HTMLDialogElement).close()
    }
  })
}

/** Records matching requests, then lets the mock API answer. */
function capture(method: 'post' | 'delete' | 'put' | 'get', path: string) {
  const requests: { url: string; body: unknown }[] = []
  server.use(
    http[method](`${api}${path}`, async ({ request }) => {
      const text = await request.clone().text()
      requests.push({ url: request.url, body: text ? (JSON.parse(text) as unknown) : undefined })
      return undefined
    }),
  )
  return requests
}

function tokenRow(tokenId: string): HTMLElement {
  const tr = screen.getByRole('rowheader', { name: tokenId }).closest('tr')
  if (!tr) {
    throw new Error(`no row for ${tokenId}`)
  }
  return tr
}

async function createToken(
  user: ReturnType<typeof userEvent.setup>,
  lifetime: RegExp | string,
  customDays?: string,
) {
  await user.click(await screen.findByRole('radio', { name: lifetime }))
  if (customDays !== undefined) {
    const input = screen.getByRole('textbox', { name: 'Days until it expires' })
    await user.clear(input)
    await user.type(input, customDays)
  }
  await user.click(screen.getByRole('button', { name: 'Create token' }))
}

async function closeReveal(user: ReturnType<typeof userEvent.setup>) {
  const dialog = await screen.findByRole('dialog', { name: 'Copy your new SCIM token' })
  await user.click(within(dialog).getByRole('checkbox', { name: /I have copied this token/ }))
  await user.click(within(dialog).getByRole('button', { name: 'Done' }))
  await waitFor(() => {
    expect(screen.queryByRole('dialog')).toBeNull()
  })
}

describe('ScimTokenManager', () => {
  describe('when provisioning is set up', () => {
    it('shows the endpoint URL, user id attribute, mapping and tokens', async () => {
      const user = userEvent.setup()
      renderWithMyOrg(<ScimTokenManager identityProviderId={okta} />)
      expect(
        await screen.findByRole('heading', { name: 'SCIM provisioning for Acme Okta' }),
      ).toBeVisible()
      const endpoint = `https://tenant.example/scim/v2/connections/${okta}/`
      expect(screen.getByText(endpoint)).toBeVisible()
      expect(screen.getByText('externalId', { selector: 'dd code' })).toBeVisible()
      const mapping = screen.getByRole('table', {
        name: /How SCIM attributes from Acme Okta map/,
      })
      expect(within(mapping).getByRole('rowheader', { name: 'userName' })).toBeVisible()
      expect(within(mapping).getByText('Not in profile')).toBeVisible()

      const tokens = await screen.findByRole('table', { name: 'SCIM tokens for Acme Okta' })
      const row = within(tokens).getByRole('rowheader', { name: oktaToken }).closest('tr')!
      expect(row).toHaveTextContent('Never')
      expect(row).toHaveTextContent('No expiry')
      // No "last used" column: the API does not return it.
      expect(within(tokens).queryByRole('columnheader', { name: /last used/i })).toBeNull()

      await user.click(screen.getByRole('button', { name: 'Copy the SCIM endpoint URL' }))
      expect(await navigator.clipboard.readText()).toBe(endpoint)
    })

    it('badges a token expiring within 14 days and offers the rotation guide inline', async () => {
      const user = userEvent.setup()
      renderWithMyOrg(<ScimTokenManager identityProviderId={entra} />)
      const tokenId = seedId('tok', 'acme-entra-1')
      await screen.findByRole('rowheader', { name: tokenId })
      expect(tokenRow(tokenId)).toHaveTextContent('Expires in 3 days')
      const guide = screen.getByRole('group', { name: `Rotate ${tokenId} before sync stops` })
      const steps = within(guide)
        .getAllByRole('listitem')
        .map((item) => item.textContent)
      expect(steps).toEqual([
        'Create a new token below and copy it.',
        'Paste it into Acme Microsoft Entra ID’s SCIM settings and save.',
        'Confirm that a sync from Acme Microsoft Entra ID succeeds (for example, push one user).',
        `Revoke the old token ${tokenId}.`,
      ])
      await user.click(within(guide).getByRole('button', { name: 'Create the new token' }))
      expect(screen.getByRole('radio', { name: '90 days' })).toHaveFocus()
      await user.click(within(guide).getByRole('button', { name: `Revoke ${tokenId}` }))
      expect(
        await screen.findByRole('alertdialog', { name: `Revoke token ${tokenId}?` }),
      ).toBeInTheDocument()
    })

    it('badges an expired token and says so in the guide', async () => {
      renderWithMyOrg(<ScimTokenManager identityProviderId={ping} />)
      const tokenId = seedId('tok', 'acme-ping-1')
      await screen.findByRole('rowheader', { name: tokenId })
      expect(tokenRow(tokenId)).toHaveTextContent('Expired')
      expect(screen.getByRole('group', { name: `${tokenId} has expired` })).toBeVisible()
    })

    it('refreshes the attribute mapping after a confirmation', async () => {
      const user = userEvent.setup()
      const puts = capture('put', `/identity-providers/${okta}/provisioning/update-attributes`)
      renderWithMyOrg(<ScimTokenManager identityProviderId={okta} />)
      await screen.findByText('Not in profile')
      await user.click(screen.getByRole('button', { name: 'Refresh attribute mapping' }))
      const dialog = await screen.findByRole('alertdialog', {
        name: 'Refresh the attribute mapping?',
      })
      expect(puts).toHaveLength(0)
      await user.click(within(dialog).getByRole('button', { name: 'Refresh attribute mapping' }))
      await waitFor(() => {
        expect(screen.queryByText('Not in profile')).toBeNull()
      })
      expect(puts).toHaveLength(1)
      expect(screen.getByText('The attribute mapping was refreshed.')).toBeInTheDocument()
    })

    it('disables provisioning after a confirmation that says sync and tokens stop', async () => {
      const user = userEvent.setup()
      const onProvisioningDisabled = vi.fn()
      renderWithMyOrg(
        <ScimTokenManager
          identityProviderId={okta}
          onProvisioningDisabled={onProvisioningDisabled}
        />,
      )
      await screen.findByRole('rowheader', { name: oktaToken })
      await user.click(screen.getByRole('button', { name: 'Disable provisioning' }))
      const dialog = await screen.findByRole('alertdialog', {
        name: 'Disable SCIM provisioning for Acme Okta?',
      })
      expect(dialog).toHaveTextContent('Acme Okta will stop syncing users')
      expect(dialog).toHaveTextContent('Its 1 SCIM token stops working at once')
      await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
      expect(screen.queryByRole('alertdialog')).toBeNull()
      expect(store.state.provisioning.has(okta)).toBe(true)

      await user.click(screen.getByRole('button', { name: 'Disable provisioning' }))
      await user.click(
        within(await screen.findByRole('alertdialog')).getByRole('button', {
          name: 'Disable provisioning',
        }),
      )
      expect(await screen.findByRole('button', { name: 'Enable SCIM provisioning' })).toBeVisible()
      expect(onProvisioningDisabled).toHaveBeenCalledTimes(1)
      expect(store.state.provisioning.has(okta)).toBe(false)
      expect(screen.getByText('SCIM provisioning is off for Acme Okta.')).toBeInTheDocument()
    })
  })

  describe('when provisioning is not set up', () => {
    it('enables it after a confirmation (POST, no body) and fires onProvisioningEnabled', async () => {
      const user = userEvent.setup()
      const posts = capture('post', `/identity-providers/${oidc}/provisioning`)
      const onProvisioningEnabled = vi.fn()
      renderWithMyOrg(
        <ScimTokenManager
          identityProviderId={oidc}
          onProvisioningEnabled={onProvisioningEnabled}
        />,
      )
      expect(await screen.findByText(/Provisioning is off/)).toBeVisible()
      await user.click(screen.getByRole('button', { name: 'Enable SCIM provisioning' }))
      const dialog = await screen.findByRole('alertdialog', {
        name: 'Enable SCIM provisioning for Acme Login (OIDC)?',
      })
      // Escape closes a plain confirmation.
      pressEscape(dialog)
      expect(screen.queryByRole('alertdialog')).toBeNull()
      expect(posts).toHaveLength(0)

      await user.click(screen.getByRole('button', { name: 'Enable SCIM provisioning' }))
      await user.click(
        within(await screen.findByRole('alertdialog')).getByRole('button', {
          name: 'Enable provisioning',
        }),
      )
      expect(
        await screen.findByText(`https://tenant.example/scim/v2/connections/${oidc}/`),
      ).toBeVisible()
      expect(posts).toEqual([
        { url: `${api}/identity-providers/${oidc}/provisioning`, body: undefined },
      ])
      expect(onProvisioningEnabled).toHaveBeenCalledWith(
        expect.objectContaining({ identity_provider_id: oidc, method: 'scim' }),
      )
      expect(await screen.findByText(/No token yet/)).toBeVisible()
      await waitFor(() => {
        expect(
          screen.getByRole('heading', { name: 'SCIM provisioning for Acme Login (OIDC)' }),
        ).toHaveFocus()
      })
    })

    it('says when the strategy cannot provision (adfs) and offers no Enable', async () => {
      renderWithMyOrg(<ScimTokenManager identityProviderId={adfs} />)
      expect(
        await screen.findByText(/ADFS connections can’t provision users with SCIM/),
      ).toBeVisible()
      expect(screen.queryByRole('button', { name: 'Enable SCIM provisioning' })).toBeNull()
    })

    it('reads Google Workspace under the `googleapps` key, not `google-apps`', async () => {
      const base = store.state.identityProvidersConfiguration
      store.reset({
        identityProvidersConfiguration: {
          ...base,
          strategies: {
            ...base.strategies,
            googleapps: { enabled_features: ['universal_logout'], provisioning_methods: [] },
          },
        },
      })
      renderWithMyOrg(<ScimTokenManager identityProviderId={google} />)
      expect(
        await screen.findByText(/Google Workspace connections can’t provision users/),
      ).toBeVisible()
    })

    it('Google Workspace with provisioning enabled is not called unsupported', async () => {
      renderWithMyOrg(<ScimTokenManager identityProviderId={google} />)
      // acme-google is read-only for the organization: explained, no Enable.
      expect(await screen.findByText(/managed by your Auth0 administrator/)).toBeVisible()
      expect(screen.queryByText(/can’t provision users/)).toBeNull()
      expect(screen.queryByRole('button', { name: 'Enable SCIM provisioning' })).toBeNull()
    })

    it('shows the server’s reason when enabling fails and keeps the dialog open', async () => {
      const user = userEvent.setup()
      const onError = vi.fn()
      faults.serverError = { operations: ['createProvisioning'], times: 1 }
      renderWithMyOrg(<ScimTokenManager identityProviderId={oidc} onError={onError} />)
      await user.click(await screen.findByRole('button', { name: 'Enable SCIM provisioning' }))
      const dialog = await screen.findByRole('alertdialog')
      await user.click(within(dialog).getByRole('button', { name: 'Enable provisioning' }))
      expect(await within(dialog).findByRole('alert')).toHaveTextContent(
        'Something went wrong on the server',
      )
      expect(onError).toHaveBeenCalledWith(expect.any(Error), { action: 'enableProvisioning' })
    })
  })

  describe('creating a token', () => {
    it.each([
      ['30 days', undefined, { token_lifetime: 30 * day }],
      ['90 days', undefined, { token_lifetime: 90 * day }],
      ['180 days', undefined, { token_lifetime: 180 * day }],
      ['1 year', undefined, { token_lifetime: 365 * day }],
      ['Custom', '45', { token_lifetime: 45 * day }],
      ['Never expires', undefined, {}],
    ])('sends the exact body for "%s"', async (label, customDays, body) => {
      const user = userEvent.setup()
      const posts = capture('post', `/identity-providers/${okta}/provisioning/scim-tokens`)
      renderWithMyOrg(<ScimTokenManager identityProviderId={okta} />)
      await createToken(user, label, customDays)
      await closeReveal(user)
      expect(posts.map((request) => request.body)).toEqual([body])
    })

    it('maps every choice to seconds above the API minimum of 900', () => {
      for (const lifetime of ['30', '90', '180', '365'] as const) {
        const body = toCreateScimTokenBody({ lifetime, customDays: '' })
        expect(body.token_lifetime).toBeGreaterThan(900)
      }
      expect(toCreateScimTokenBody({ lifetime: 'custom', customDays: ' 1 ' })).toEqual({
        token_lifetime: day,
      })
      expect(toCreateScimTokenBody({ lifetime: 'never', customDays: '12' })).toEqual({})
    })

    it('refuses a 2 MB paste of digits as the number of days, sends nothing, keeps it', async () => {
      const user = userEvent.setup()
      const posts = capture('post', `/identity-providers/${okta}/provisioning/scim-tokens`)
      renderWithMyOrg(<ScimTokenManager identityProviderId={okta} />)
      await user.click(await screen.findByRole('radio', { name: 'Custom' }))
      const input = screen.getByRole('textbox', { name: 'Days until it expires' })
      const pasted = '9'.repeat(2 * 1024 * 1024)
      await user.click(input)
      await user.paste(pasted)
      await user.click(screen.getByRole('button', { name: 'Create token' }))
      await waitFor(() => {
        expect(input).toHaveAccessibleDescription(/from 1 to 3650/)
      })
      expect(input).toHaveAttribute('aria-invalid', 'true')
      expect(input).toHaveValue(pasted)
      expect(posts).toHaveLength(0)
    })

    it('checks the custom number of days and sends nothing when it is wrong', async () => {
      const user = userEvent.setup()
      const posts = capture('post', `/identity-providers/${okta}/provisioning/scim-tokens`)
      renderWithMyOrg(<ScimTokenManager identityProviderId={okta} />)
      await user.click(await screen.findByRole('radio', { name: 'Custom' }))
      const input = screen.getByRole('textbox', { name: 'Days until it expires' })
      await user.click(screen.getByRole('button', { name: 'Create token' }))
      expect(input).toHaveAccessibleDescription(/Enter the number of days, from 1 to 3650/)
      await user.type(input, '2.5')
      await waitFor(() => {
        expect(input).toHaveAccessibleDescription(/Enter a whole number of days/)
      })
      await user.clear(input)
      await user.type(input, '4000')
      await waitFor(() => {
        expect(input).toHaveAccessibleDescription(/from 1 to 3650\.$/)
      })
      expect(input).toHaveAttribute('aria-invalid', 'true')
      await user.clear(input)
      await user.type(input, '0')
      await user.click(screen.getByRole('button', { name: 'Create token' }))
      expect(input).toHaveAccessibleDescription(/Enter a number of days from 1 to 3650/)
      expect(posts).toHaveLength(0)
    })

    it('warns that a never-expiring token stays valid until revoked', async () => {
      const user = userEvent.setup()
      renderWithMyOrg(<ScimTokenManager identityProviderId={okta} />)
      await user.click(await screen.findByRole('radio', { name: 'Never expires' }))
      expect(screen.getByText(/stays valid until someone revokes it/)).toBeVisible()
    })

    it('shows the token once; after Done it is in neither the DOM, the QueryCache nor the MutationCache', async () => {
      const user = userEvent.setup()
      const queryClient = createMyOrgQueryClient()
      const onTokenCreated = vi.fn()
      const onError = vi.fn()
      const consoleSpies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) =>
        vi.spyOn(console, method),
      )
      renderWithMyOrg(
        <ScimTokenManager
          identityProviderId={okta}
          onTokenCreated={onTokenCreated}
          onError={onError}
        />,
        { queryClient },
      )
      await createToken(user, '30 days')
      const dialog = await screen.findByRole('dialog', { name: 'Copy your new SCIM token' })
      const plaintext = within(dialog).getByTestId('scim-token-secret').textContent
      expect(plaintext).toMatch(/^[A-Za-z0-9]{64}$/)
      expect(dialog).toHaveAttribute('open')

      // While open: the secret lives only in the dialog, never in a cache.
      const caches = () =>
        JSON.stringify([
          queryClient
            .getQueryCache()
            .getAll()
            .map((query) => query.state),
          queryClient
            .getMutationCache()
            .getAll()
            .map((mutation) => mutation.state),
        ])
      expect(caches()).not.toContain(plaintext)

      // Copy works.
      await user.click(within(dialog).getByRole('button', { name: 'Copy the token' }))
      expect(await navigator.clipboard.readText()).toBe(plaintext)

      // Metadata only for the host.
      expect(onTokenCreated).toHaveBeenCalledTimes(1)
      const metadata = onTokenCreated.mock.calls[0]![0] as Record<string, unknown>
      expect(metadata).not.toHaveProperty('token')
      expect(metadata.token_id).toMatch(/^tok_/)
      expect(metadata).toHaveProperty('valid_until')
      expect(JSON.stringify(metadata)).not.toContain(plaintext)

      // Done does nothing until the box is ticked.
      const done = within(dialog).getByRole('button', { name: 'Done' })
      expect(done).toHaveAttribute('aria-disabled', 'true')
      expect(done).toHaveAccessibleDescription('Tick the box above to close.')
      await user.click(done)
      expect(screen.getByRole('dialog')).toBeInTheDocument()

      await user.click(within(dialog).getByRole('checkbox', { name: /I have copied this token/ }))
      await user.click(done)
      await waitFor(() => {
        expect(screen.queryByRole('dialog')).toBeNull()
      })

      // Gone from the DOM, from both caches (the new token is listed without its secret).
      await screen.findByRole('rowheader', { name: metadata.token_id as string })
      await waitFor(() => {
        expect(queryClient.getMutationCache().getAll()).toHaveLength(0)
      })
      expect(document.documentElement.innerHTML).not.toContain(plaintext)
      expect(caches()).not.toContain(plaintext)
      expect(window.location.href).not.toContain(plaintext)
      for (const spy of consoleSpies) {
        expect(JSON.stringify(spy.mock.calls)).not.toContain(plaintext)
        spy.mockRestore()
      }
      expect(onError).not.toHaveBeenCalled()
      // Focus is back on the button that created it.
      await waitFor(() => {
        expect(screen.getByRole('button', { name: 'Create token' })).toHaveFocus()
      })
    })

    it('cannot be dismissed by Escape, a click outside, the browser closing it, or leaving the page', async () => {
      const user = userEvent.setup()
      renderWithMyOrg(<ScimTokenManager identityProviderId={okta} />)
      await createToken(user, '90 days')
      const dialog = await screen.findByRole('dialog', { name: 'Copy your new SCIM token' })

      pressEscape(dialog)
      expect(dialog).toHaveAttribute('open')
      expect(dialog).toBeInTheDocument()

      // A click on the backdrop lands on the dialog element itself.
      await user.click(dialog)
      expect(dialog).toHaveAttribute('open')

      // Chromium closes a dialog on a second Escape even when cancel is prevented: it re-opens.
      act(() => {
        ;(dialog as HTMLDialogElement).close()
      })
      expect(dialog).toHaveAttribute('open')
      expect(dialog).toHaveAttribute('closedby', 'none')

      const leave = new Event('beforeunload', { cancelable: true })
      window.dispatchEvent(leave)
      expect(leave.defaultPrevented).toBe(true)

      await user.click(within(dialog).getByRole('checkbox', { name: /I have copied/ }))
      await user.click(within(dialog).getByRole('button', { name: 'Done' }))
      await waitFor(() => {
        expect(screen.queryByRole('dialog')).toBeNull()
      })
      const later = new Event('beforeunload', { cancelable: true })
      window.dispatchEvent(later)
      expect(later.defaultPrevented).toBe(false)
    })

    it('switching to another provider drops an open dialog and its secret', async () => {
      const user = userEvent.setup()
      const { rerenderWithProps } = renderWithMyOrg(<ScimTokenManager identityProviderId={okta} />)
      await createToken(user, '90 days')
      const dialog = await screen.findByRole('dialog', { name: 'Copy your new SCIM token' })
      const plaintext = within(dialog).getByTestId('scim-token-secret').textContent
      rerenderWithProps({}, <ScimTokenManager identityProviderId={entra} />)
      expect(
        await screen.findByRole('heading', {
          name: 'SCIM provisioning for Acme Microsoft Entra ID',
        }),
      ).toBeVisible()
      expect(screen.queryByRole('dialog')).toBeNull()
      expect(document.body.innerHTML).not.toContain(plaintext)
    })

    it('Discard token: warns it stays valid; closing keeps it, nothing is revoked', async () => {
      const user = userEvent.setup()
      const deletes = capture('delete', `/identity-providers/${okta}/provisioning/scim-tokens/*`)
      renderWithMyOrg(<ScimTokenManager identityProviderId={okta} />)
      await createToken(user, '90 days')
      const dialog = await screen.findByRole('dialog', { name: 'Copy your new SCIM token' })
      const plaintext = within(dialog).getByTestId('scim-token-secret').textContent
      await user.click(within(dialog).getByRole('button', { name: 'Discard token' }))
      const confirm = await screen.findByRole('dialog', {
        name: 'Discard this token without copying it?',
      })
      expect(confirm).toHaveTextContent(/stays valid until it expires or is revoked/)
      expect(document.body.innerHTML).not.toContain(plaintext)
      await user.click(within(confirm).getByRole('button', { name: 'Back to the token' }))
      expect(within(screen.getByRole('dialog')).getByTestId('scim-token-secret')).toHaveTextContent(
        plaintext,
      )
      await user.click(screen.getByRole('button', { name: 'Discard token' }))
      await user.click(screen.getByRole('button', { name: 'Close, keep it valid' }))
      await waitFor(() => {
        expect(screen.queryByRole('dialog')).toBeNull()
      })
      expect(screen.getByText(/closed without copying/)).toBeInTheDocument()
      expect(deletes).toHaveLength(0)
      expect(store.state.scimTokens.filter((t) => t.identity_provider_id === okta)).toHaveLength(2)
      expect(document.body.innerHTML).not.toContain(plaintext)
    })

    it('Discard token → "Revoke it and close" revokes the new token', async () => {
      const user = userEvent.setup()
      const onTokenRevoked = vi.fn()
      renderWithMyOrg(
        <ScimTokenManager identityProviderId={okta} onTokenRevoked={onTokenRevoked} />,
      )
      await createToken(user, '90 days')
      await user.click(await screen.findByRole('button', { name: 'Discard token' }))
      await user.click(screen.getByRole('button', { name: 'Revoke it and close' }))
      await waitFor(() => {
        expect(screen.queryByRole('dialog')).toBeNull()
      })
      const remaining = store.state.scimTokens.filter((t) => t.identity_provider_id === okta)
      expect(remaining.map((t) => t.token_id)).toEqual([oktaToken])
      expect(onTokenRevoked).toHaveBeenCalledWith(expect.stringMatching(/^tok_/))
      expect(onTokenRevoked).not.toHaveBeenCalledWith(oktaToken)
    })

    it('shows the server’s message when it refuses another token (cap), without hard-coding one', async () => {
      const user = userEvent.setup()
      const onError = vi.fn()
      store.state.maxScimTokensPerIdentityProvider = 1
      renderWithMyOrg(<ScimTokenManager identityProviderId={okta} onError={onError} />)
      await createToken(user, '90 days')
      const alert = await screen.findByRole('alert')
      expect(alert).toHaveTextContent(
        'This identity provider already has 1 SCIM token, the most allowed (1). Delete one before creating another.',
      )
      expect(screen.queryByRole('dialog')).toBeNull()
      expect(onError).toHaveBeenCalledWith(expect.any(Error), { action: 'createToken' })
      // Nothing typed or chosen is lost.
      expect(screen.getByRole('radio', { name: '90 days' })).toBeChecked()
    })
  })

  describe('revoking a token', () => {
    it('asks first, revokes, removes the row and fires onTokenRevoked', async () => {
      const user = userEvent.setup()
      const onTokenRevoked = vi.fn()
      const deletes = capture('delete', `/identity-providers/${okta}/provisioning/scim-tokens/*`)
      renderWithMyOrg(
        <ScimTokenManager identityProviderId={okta} onTokenRevoked={onTokenRevoked} />,
      )
      const revoke = await screen.findByRole('button', { name: `Revoke token ${oktaToken}` })
      await user.click(revoke)
      let dialog = await screen.findByRole('alertdialog', { name: `Revoke token ${oktaToken}?` })
      await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
      expect(deletes).toHaveLength(0)
      await waitFor(() => {
        expect(revoke).toHaveFocus()
      })

      await user.click(revoke)
      dialog = await screen.findByRole('alertdialog', { name: `Revoke token ${oktaToken}?` })
      await user.click(within(dialog).getByRole('button', { name: 'Revoke token' }))
      await waitFor(() => {
        expect(screen.queryByRole('rowheader', { name: oktaToken })).toBeNull()
      })
      expect(deletes.map((request) => request.url)).toEqual([
        `${api}/identity-providers/${okta}/provisioning/scim-tokens/${oktaToken}`,
      ])
      expect(onTokenRevoked).toHaveBeenCalledWith(oktaToken)
      expect(screen.getByText(`Token ${oktaToken} was revoked.`)).toBeInTheDocument()
      await waitFor(() => {
        expect(screen.getByRole('heading', { name: 'SCIM tokens' })).toHaveFocus()
      })
    })

    it('explains a failed revoke inside the dialog and reports it', async () => {
      const user = userEvent.setup()
      const onError = vi.fn()
      faults.serverError = { operations: ['deleteScimToken'], times: 1 }
      renderWithMyOrg(<ScimTokenManager identityProviderId={okta} onError={onError} />)
      await user.click(await screen.findByRole('button', { name: `Revoke token ${oktaToken}` }))
      const dialog = await screen.findByRole('alertdialog')
      await user.click(within(dialog).getByRole('button', { name: 'Revoke token' }))
      expect(await within(dialog).findByRole('alert')).toHaveTextContent(
        'Something went wrong on the server',
      )
      expect(onError).toHaveBeenCalledWith(expect.any(Error), { action: 'revokeToken' })
      expect(screen.getByRole('rowheader', { name: oktaToken })).toBeInTheDocument()
    })
  })

  describe('permissions', () => {
    it('read-only scopes: everything visible, no action, the missing permissions named', async () => {
      renderWithMyOrg(<ScimTokenManager identityProviderId={entra} />, {
        scopes: permissionSets.readOnly,
      })
      await screen.findByRole('rowheader', { name: seedId('tok', 'acme-entra-1') })
      expect(
        screen.queryAllByRole('button', { name: /Revoke|Refresh|Disable|Create|Enable/ }),
      ).toHaveLength(0)
      expect(screen.queryByRole('radio')).toBeNull()
      expect(screen.queryByRole('group', { name: /Rotate/ })).toBeNull()
      const notes = screen.getAllByText(/Not available with your access/)
      expect(notes.map((note) => note.textContent).join(' ')).toMatch(
        /refreshing the attribute mapping.*turning provisioning off.*creating tokens.*revoking tokens/s,
      )
    })

    it('read-only scopes on a provider without provisioning: no Enable, the reason named', async () => {
      renderWithMyOrg(<ScimTokenManager identityProviderId={oidc} />, {
        scopes: permissionSets.readOnly,
      })
      expect(
        await screen.findByText('Provisioning is not set up for Acme Login (OIDC).'),
      ).toBeVisible()
      expect(screen.getByText(/turning provisioning on \(needs create:my_org/)).toBeVisible()
      expect(screen.queryByRole('button')).toBeNull()
    })

    it('the readOnly prop hides every action for an admin too, without a permission note', async () => {
      renderWithMyOrg(<ScimTokenManager identityProviderId={okta} readOnly />)
      await screen.findByRole('rowheader', { name: oktaToken })
      expect(
        screen.queryAllByRole('button', { name: /Revoke|Refresh|Disable|Create/ }),
      ).toHaveLength(0)
      expect(screen.queryByText(/Not available with your access/)).toBeNull()
    })

    it('without the token read scope: provisioning shows, tokens are explained, not fetched', async () => {
      const lists = capture('get', `/identity-providers/${okta}/provisioning/scim-tokens`)
      renderWithMyOrg(<ScimTokenManager identityProviderId={okta} />, {
        scopes: scopesWithout('listScimTokens'),
      })
      expect(await screen.findByText(/SCIM tokens are not shown/)).toBeVisible()
      expect(screen.getByRole('button', { name: 'Disable provisioning' })).toBeVisible()
      expect(lists).toHaveLength(0)
    })

    it('without create: no lifetime picker; without delete: no Revoke', async () => {
      renderWithMyOrg(<ScimTokenManager identityProviderId={okta} />, {
        scopes: scopesWithout('createScimToken'),
      })
      await screen.findByRole('rowheader', { name: oktaToken })
      expect(screen.queryByRole('button', { name: 'Create token' })).toBeNull()
      expect(screen.getByRole('button', { name: `Revoke token ${oktaToken}` })).toBeVisible()
      expect(screen.getByText(/creating tokens \(needs create:my_org/)).toBeVisible()
    })

    it('without delete token scope: no Revoke button', async () => {
      renderWithMyOrg(<ScimTokenManager identityProviderId={okta} />, {
        scopes: scopesWithout('deleteScimToken'),
      })
      await screen.findByRole('rowheader', { name: oktaToken })
      expect(screen.queryByRole('button', { name: /Revoke/ })).toBeNull()
      expect(screen.getByRole('button', { name: 'Create token' })).toBeVisible()
    })

    it('a provider the organization cannot change (limited): explained, no action', async () => {
      store.reset()
      const posts = capture('post', `/identity-providers/${saml}/provisioning`)
      renderWithMyOrg(<ScimTokenManager identityProviderId={saml} />)
      expect(
        await screen.findByText(
          'Acme SAML is managed by your Auth0 administrator: you can view its provisioning but not change it.',
        ),
      ).toBeVisible()
      expect(screen.queryByRole('button')).toBeNull()
      expect(posts).toHaveLength(0)
    })

    it('without the provisioning read scope: a no-access state and no request', async () => {
      const gets = capture('get', `/identity-providers/${okta}/provisioning`)
      renderWithMyOrg(<ScimTokenManager identityProviderId={okta} />, {
        scopes: ['read:my_org:details'],
      })
      expect(
        await screen.findByText('You don’t have access to provisioning settings'),
      ).toBeVisible()
      expect(gets).toHaveLength(0)
      expect(screen.queryByRole('status', { name: 'Loading provisioning…' })).toBeNull()
    })
  })

  describe('loading and errors', () => {
    it('shows a loading state, then the content', async () => {
      faults.latencyMs = 150
      renderWithMyOrg(<ScimTokenManager identityProviderId={okta} />)
      expect(await screen.findByRole('status', { name: 'Loading provisioning…' })).toBeVisible()
      expect(
        await screen.findByRole('rowheader', { name: oktaToken }, { timeout: 3000 }),
      ).toBeVisible()
    })

    it('explains a load failure, reports it and retries', async () => {
      const user = userEvent.setup()
      const onError = vi.fn()
      faults.serverError = { operations: ['getProvisioning'], times: 1 }
      renderWithMyOrg(<ScimTokenManager identityProviderId={okta} onError={onError} />)
      const alert = await screen.findByRole('alert', {}, { timeout: 5000 })
      expect(alert).toHaveTextContent('Something went wrong on the server')
      expect(onError).toHaveBeenCalledWith(expect.any(Error), { action: 'load' })
      await user.click(within(alert).getByRole('button', { name: 'Try again' }))
      expect(await screen.findByRole('rowheader', { name: oktaToken })).toBeVisible()
    })

    it('explains a token list failure on its own and reports it', async () => {
      const onError = vi.fn()
      faults.serverError = { operations: ['listScimTokens'], times: 1 }
      renderWithMyOrg(<ScimTokenManager identityProviderId={okta} onError={onError} />)
      const alert = await screen.findByRole('alert', {}, { timeout: 5000 })
      expect(alert).toHaveTextContent('Something went wrong on the server')
      expect(screen.getByText('externalId', { selector: 'dd code' })).toBeVisible()
      expect(onError).toHaveBeenCalledWith(expect.any(Error), { action: 'loadTokens' })
    })

    it('names the origin to allow when CORS blocks the request', async () => {
      faults.corsBlocked = {}
      renderWithMyOrg(<ScimTokenManager identityProviderId={okta} />)
      const alert = await screen.findByRole('alert', {}, { timeout: 5000 })
      expect(alert).toHaveTextContent('The browser blocked the request')
      expect(alert).toHaveTextContent('Allowed Origins (CORS)')
    })

    // The client itself retries a 429 (the request was not applied); the form adds no retry.
    it('a rate-limited create is explained and the form does not retry it', async () => {
      const user = userEvent.setup()
      const posts = capture('post', `/identity-providers/${okta}/provisioning/scim-tokens`)
      faults.rateLimit = { operations: ['createScimToken'], retryAfterSeconds: 1 }
      renderWithMyOrg(<ScimTokenManager identityProviderId={okta} />)
      await createToken(user, '90 days')
      const alert = await screen.findByRole('alert', {}, { timeout: 5000 })
      expect(alert).toHaveTextContent('Too many requests')
      const attempts = posts.length
      await new Promise((resolve) => setTimeout(resolve, 1500))
      expect(posts).toHaveLength(attempts)
      expect(screen.queryByRole('dialog')).toBeNull()
      expect(store.state.scimTokens.filter((t) => t.identity_provider_id === okta)).toHaveLength(1)
    }, 15_000)

    it('shows "Unknown date" for a date that does not parse, and keeps the page', async () => {
      const onError = vi.fn()
      const tokenId = seedId('tok', 'bad-dates')
      store.state.scimTokens = [
        {
          identity_provider_id: okta,
          token_id: tokenId,
          created_at: 'not-a-date',
          valid_until: 'not-a-date',
          scopes: [],
        },
      ]
      const config = store.state.provisioning.get(okta)!
      store.state.provisioning.set(okta, { ...config, updated_on: 'not-a-date' })
      renderWithMyOrg(<ScimTokenManager identityProviderId={okta} onError={onError} />)
      const row = (await screen.findByRole('rowheader', { name: tokenId })).closest('tr')!
      const cells = within(row).getAllByRole('cell')
      expect(cells.map((cell) => cell.textContent)).toEqual([
        'Unknown date',
        'Unknown date',
        'Expiry unknown',
        'Revoke',
      ])
      // Neither called active nor offered for rotation.
      expect(within(row).queryByText('Active')).toBeNull()
      expect(screen.queryByRole('group', { name: /Rotate|has expired/ })).toBeNull()
      const lastChanged = screen.getByText('Last changed').closest('div')!
      expect(lastChanged).toHaveTextContent('Last changedUnknown date')
      // The valid date next to it still reads as a date.
      expect(screen.getByText('On since').closest('div')).not.toHaveTextContent('Unknown date')
      expect(onError).not.toHaveBeenCalled()
    })

    it('lists the valid tokens when one breaks the contract, says one is hidden, and reports it', async () => {
      const onError = vi.fn()
      store.state.scimTokens.push({
        identity_provider_id: okta,
        // Not a token id: the API should never send it.
        token_id: 'broken-token',
        created_at: '2026-01-01T00:00:00.000Z',
        scopes: [],
      })
      renderWithMyOrg(<ScimTokenManager identityProviderId={okta} onError={onError} />)
      expect(await screen.findByRole('rowheader', { name: oktaToken })).toBeVisible()
      expect(screen.queryByRole('rowheader', { name: 'broken-token' })).toBeNull()
      expect(
        screen.getByText(
          '1 item could not be shown: the API’s answer didn’t match the expected format.',
        ),
      ).toBeVisible()
      await waitFor(() => {
        expect(onError).toHaveBeenCalledWith(expect.any(MyOrgResponseValidationError), {
          action: 'loadTokens',
        })
      })
      expect(onError).toHaveBeenCalledTimes(1)
    })

    it('shows the valid mapping rows when one breaks the contract, says one is hidden, and reports it', async () => {
      const onError = vi.fn()
      const config = store.state.provisioning.get(okta)!
      const broken = { is_required: 'yes', provisioning_field: 42 } as unknown
      store.state.provisioning.set(okta, {
        ...config,
        attributes: [...config.attributes, broken as (typeof config.attributes)[number]],
      })
      renderWithMyOrg(<ScimTokenManager identityProviderId={okta} onError={onError} />)
      const mapping = await screen.findByRole('table', { name: /attribute/i })
      expect(within(mapping).getAllByRole('row')).toHaveLength(config.attributes.length + 1)
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
    })

    it('says when the identity provider does not exist', async () => {
      renderWithMyOrg(<ScimTokenManager identityProviderId="con_AAAAAAAAAAAAAAAA" />)
      expect(await screen.findByText('This identity provider was not found')).toBeVisible()
      expect(screen.queryByRole('button', { name: 'Enable SCIM provisioning' })).toBeNull()
    })
  })

  describe('conventions', () => {
    it('applies className, classNames and messages overrides', async () => {
      const { container } = renderWithMyOrg(
        <ScimTokenManager
          identityProviderId={okta}
          className="host"
          classNames={{ tokens: 'host-tokens' }}
          messages={{ scimTokenManager: { tokens: { title: 'Bearer tokens' } } }}
        />,
      )
      expect(await screen.findByRole('heading', { name: 'Bearer tokens' })).toBeVisible()
      expect(container.querySelector('section.mk-ScimTokenManager.host')).not.toBeNull()
      expect(
        container.querySelector('[data-slot="scim-token-manager-tokens"].host-tokens'),
      ).not.toBeNull()
    })

    it('fires a click on a disabled-looking Done without closing (guard against fireEvent)', async () => {
      const user = userEvent.setup()
      renderWithMyOrg(<ScimTokenManager identityProviderId={okta} />)
      await createToken(user, '30 days')
      const dialog = await screen.findByRole('dialog', { name: 'Copy your new SCIM token' })
      fireEvent.click(within(dialog).getByRole('button', { name: 'Done' }))
      expect(screen.getByRole('dialog')).toBeInTheDocument()
    })
  })
})
