import { seedId } from '@myorg-kit/mock-api'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http } from 'msw'
import { describe, expect, it } from 'vitest'

import { renderWithMyOrg } from '../../test/render.tsx'
import { faults, server, store } from '../../test/server.ts'
import { useSetIdentityProviderEnabled } from './identity-provider-enabled.queries.ts'
import { useIdentityProvider, useIdentityProviders } from './identity-providers.queries.ts'
import { countRequests } from './test-fixtures/count-requests.ts'

const okta = seedId('con', 'acme-okta')

/** Holds the PATCH until `release()`, then lets the mock API answer it. */
function holdPatches(): { release: () => void } {
  let release = (): void => undefined
  const gate = new Promise<void>((resolve) => {
    release = resolve
  })
  server.use(
    http.patch('*/my-org/identity-providers/:id', async () => {
      await gate
    }),
  )
  return { release }
}

function Switchboard() {
  const list = useIdentityProviders()
  const detail = useIdentityProvider(okta)
  const toggle = useSetIdentityProviderEnabled()
  return (
    <div>
      <ul aria-label="providers">
        {list.data?.map((idp) => (
          <li key={idp.id}>
            {idp.display_name}: {idp.is_enabled ? 'on' : 'off'}
          </li>
        ))}
      </ul>
      <p>detail: {detail.data?.is_enabled ? 'on' : 'off'}</p>
      <button
        type="button"
        onClick={() => {
          toggle.mutate({ idpId: okta, enabled: false })
        }}
      >
        disable Okta
      </button>
      {toggle.isError ? <p role="alert">failed: {toggle.error.message}</p> : null}
      {toggle.isSuccess ? <p>saved: {toggle.data.is_enabled ? 'on' : 'off'}</p> : null}
    </div>
  )
}

function providers() {
  return within(screen.getByRole('list', { name: 'providers' }))
}

describe('useSetIdentityProviderEnabled', () => {
  it('shows the new state before the API answers, then keeps the answer', async () => {
    const user = userEvent.setup()
    renderWithMyOrg(<Switchboard />)
    expect(await screen.findByText('Acme Okta: on')).toBeInTheDocument()
    expect(await screen.findByText('detail: on')).toBeInTheDocument()
    const held = holdPatches()

    await user.click(screen.getByRole('button', { name: 'disable Okta' }))

    expect(await providers().findByText('Acme Okta: off')).toBeInTheDocument()
    expect(store.state.identityProviders.find((idp) => idp.id === okta)?.is_enabled).toBe(true)
    held.release()
    expect(await screen.findByText('saved: off')).toBeInTheDocument()
    expect(screen.getByText('detail: off')).toBeInTheDocument()
    expect(providers().getByText('Acme Okta: off')).toBeInTheDocument()
    expect(store.state.identityProviders.find((idp) => idp.id === okta)?.is_enabled).toBe(false)
  })

  it('sends exactly one request: the PATCH answer is written into the cache, not refetched', async () => {
    const user = userEvent.setup()
    renderWithMyOrg(<Switchboard />)
    expect(await screen.findByText('detail: on')).toBeInTheDocument()
    const requests = countRequests()

    await user.click(screen.getByRole('button', { name: 'disable Okta' }))

    expect(await screen.findByText('saved: off')).toBeInTheDocument()
    expect(await requests.settle()).toEqual([`PATCH /my-org/identity-providers/${okta}`])
    expect(screen.getByText('detail: off')).toBeInTheDocument()
  })

  it('puts the lists back when the API refuses', async () => {
    const user = userEvent.setup()
    renderWithMyOrg(<Switchboard />)
    expect(await screen.findByText('Acme Okta: on')).toBeInTheDocument()
    faults.serverError = { status: 500, operations: ['updateIdentityProvider'] }
    const held = holdPatches()

    await user.click(screen.getByRole('button', { name: 'disable Okta' }))
    expect(await providers().findByText('Acme Okta: off')).toBeInTheDocument()
    held.release()

    expect(await screen.findByRole('alert')).toHaveTextContent('failed:')
    await waitFor(() => {
      expect(providers().getByText('Acme Okta: on')).toBeInTheDocument()
    })
    expect(screen.getByText('detail: on')).toBeInTheDocument()
    expect(store.state.identityProviders.find((idp) => idp.id === okta)?.is_enabled).toBe(true)
  })
})
