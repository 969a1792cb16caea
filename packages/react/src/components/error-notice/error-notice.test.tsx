import {
  MyOrgApiError,
  MyOrgCodeLoadError,
  MyOrgNetworkError,
  MyOrgResponseValidationError,
  MyOrgTokenError,
} from '@myorg-kit/client'
import { permissionSets } from '@myorg-kit/mock-api'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'

import { useOrgDetails } from '../../api/organization.queries.ts'
import { renderWithMyOrg } from '../../../test/render.tsx'
import { faults } from '../../../test/server.ts'
import { MyOrgErrorNotice } from './error-notice.tsx'

const apiOrigin = 'https://tenant.example'

describe('MyOrgErrorNotice', () => {
  it('explains a CORS refusal, names the origin to allow, and copies it', async () => {
    const user = userEvent.setup()
    const writeText = vi.spyOn(navigator.clipboard, 'writeText')
    const error = new MyOrgNetworkError({
      reason: 'cors',
      apiOrigin,
      pageOrigin: 'https://app.example.com',
    })
    renderWithMyOrg(<MyOrgErrorNotice error={error} onRetry={() => undefined} />)
    const alert = await screen.findByRole('alert')
    expect(
      within(alert).getByRole('heading', { name: 'The browser blocked the request' }),
    ).toBeVisible()
    expect(alert).toHaveTextContent('add https://app.example.com to “Allowed Origins (CORS)”')
    await user.click(within(alert).getByRole('button', { name: 'Copy the origin' }))
    expect(writeText).toHaveBeenCalledWith('https://app.example.com')
    expect(await within(alert).findByRole('button', { name: 'Origin copied' })).toBeVisible()
  })

  it('offers Try again for an unreachable API and calls onRetry', async () => {
    const user = userEvent.setup()
    const onRetry = vi.fn()
    renderWithMyOrg(
      <MyOrgErrorNotice
        error={new MyOrgNetworkError({ reason: 'offline', apiOrigin })}
        onRetry={onRetry}
      />,
    )
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('You seem to be offline')
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(onRetry).toHaveBeenCalledTimes(1)
  })

  it('explains code that failed to download, through a token error too, and offers Try again', async () => {
    const user = userEvent.setup()
    const onRetry = vi.fn()
    const cause = new TypeError('Failed to fetch dynamically imported module')
    const viaSession = new MyOrgTokenError('unknown', 'Could not read the session.', {
      cause: new MyOrgCodeLoadError({ cause }),
    })
    for (const error of [new MyOrgCodeLoadError({ cause }), viaSession]) {
      const { unmount } = renderWithMyOrg(<MyOrgErrorNotice error={error} onRetry={onRetry} />)
      const alert = await screen.findByRole('alert')
      expect(
        within(alert).getByRole('heading', { name: 'This part of the page didn’t load' }),
      ).toBeVisible()
      expect(alert).toHaveTextContent('what you entered is kept.')
      expect(alert).toHaveTextContent('If it keeps failing, reload the page.')
      await user.click(within(alert).getByRole('button', { name: 'Try again' }))
      unmount()
    }
    expect(onRetry).toHaveBeenCalledTimes(2)
  })

  it('counts down after a 429 and retries by itself when the wait is over', async () => {
    const onRetry = vi.fn()
    const error = new MyOrgApiError({
      status: 429,
      title: 'Endpoint Rate Limit Exceeded',
      retryAfter: 1,
    })
    renderWithMyOrg(<MyOrgErrorNotice error={error} onRetry={onRetry} />)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Too many requests')
    expect(alert).toHaveTextContent('Retrying in 1 second…')
    expect(within(alert).queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument()
    await waitFor(
      () => {
        expect(onRetry).toHaveBeenCalledTimes(1)
      },
      { timeout: 2500 },
    )
  })

  it('names the missing permission on a 403', async () => {
    const error = new MyOrgApiError({
      status: 403,
      type: 'https://auth0.com/api-errors#A0E-403-0002',
      title: 'Insufficient Scope',
      operation: 'createDomain',
    })
    renderWithMyOrg(<MyOrgErrorNotice error={error} />, { scopes: permissionSets.readOnly })
    const alert = await screen.findByRole('alert')
    await waitFor(() => {
      expect(alert).toHaveTextContent('create:my_org:domains')
    })
    expect(within(alert).queryByRole('button')).not.toBeInTheDocument()
  })

  it('resolves a consent error with the button, through the provider', async () => {
    const user = userEvent.setup()
    const onInteractionRequired = vi.fn(() => Promise.resolve())
    renderWithMyOrg(
      <MyOrgErrorNotice error={new MyOrgTokenError('consent_required', 'Consent required')} />,
      {
        providerProps: { onInteractionRequired },
      },
    )
    await user.click(await screen.findByRole('button', { name: 'Review and allow access' }))
    expect(onInteractionRequired).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'consent_required' }),
    )
  })

  it('shows technical details for support, never more than status, code and operation', async () => {
    const error = new MyOrgResponseValidationError(
      [{ path: ['status'], field: 'status', message: 'bad' }],
      200,
      'getDomain',
    )
    renderWithMyOrg(<MyOrgErrorNotice error={error} />)
    expect(await screen.findByText('response-validation · getDomain')).toBeInTheDocument()
  })

  it('takes text overrides from its messages prop', async () => {
    renderWithMyOrg(
      <MyOrgErrorNotice
        error={new MyOrgNetworkError({ reason: 'offline', apiOrigin })}
        messages={{ errors: { offline: { title: 'No connection' } } }}
      />,
    )
    expect(await screen.findByRole('heading', { name: 'No connection' })).toBeVisible()
  })

  it('explains a real failed request from a hook', async () => {
    faults.serverError = { status: 503 }
    function Details() {
      const details = useOrgDetails()
      return details.error ? (
        <MyOrgErrorNotice error={details.error} />
      ) : (
        <p>{details.data?.display_name}</p>
      )
    }
    renderWithMyOrg(<Details />, { providerProps: { rateLimits: false } })
    const alert = await screen.findByRole('alert', {}, { timeout: 8000 })
    expect(alert).toHaveTextContent('Something went wrong on the server')
    expect(alert).toHaveTextContent('HTTP 503')
  }, 10_000)
})
