import {
  MyOrgApiError,
  MyOrgNetworkError,
  MyOrgTokenError,
  isFullIdentityProvider,
} from '@myorg-kit/client'
import { permissionSets, seedOrganizationId } from '@myorg-kit/mock-api'
import { act, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { http } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { renderWithMyOrg } from '../../test/render.tsx'
import { faults, server, store } from '../../test/server.ts'
import { describeError } from '../i18n/describe-error.ts'
import { useMyOrgTranslator } from '../i18n/use-my-org-translator.ts'
import { useMyOrgPermissions } from '../provider/use-my-org-session.ts'
import {
  useCreateDomain,
  useDeleteDomain,
  useDomain,
  useDomainIdentityProviders,
  useDomains,
  useVerifyDomain,
} from './domains.queries.ts'
import { useDomainVerificationPolling } from './domain-verification.queries.ts'
import { useIdentityProviders } from './identity-providers.queries.ts'
import { useOrgDetails } from './organization.queries.ts'
import { myOrgKeys } from './query-keys.ts'
import { countRequests } from './test-fixtures/count-requests.ts'

/** Which client error class the value is an instance of (not just its name). */
function errorClass(error: unknown): string {
  if (error instanceof MyOrgNetworkError) {
    return 'MyOrgNetworkError'
  }
  if (error instanceof MyOrgApiError) {
    return 'MyOrgApiError'
  }
  if (error instanceof MyOrgTokenError) {
    return 'MyOrgTokenError'
  }
  return 'other'
}

function ErrorText({ error }: { error: Error | null }) {
  const translator = useMyOrgTranslator()
  const { scopes } = useMyOrgPermissions()
  if (!error) {
    return null
  }
  const described = describeError(error, translator, { grantedScopes: scopes })
  return (
    <div role="alert">
      <p>{described.title}</p>
      <p>{described.description}</p>
      <p>kind: {error.name}</p>
      <p>class: {errorClass(error)}</p>
      {error instanceof MyOrgNetworkError ? (
        <p>
          reason: {error.reason} from {error.pageOrigin}
        </p>
      ) : null}
      {error instanceof MyOrgApiError ? (
        <p>
          status: {error.status} retry after: {error.retryAfter}
        </p>
      ) : null}
    </div>
  )
}

function DomainManager({ take }: { take?: number }) {
  const domains = useDomains(take === undefined ? {} : { take })
  const create = useCreateDomain()
  const remove = useDeleteDomain()
  const verify = useVerifyDomain()
  return (
    <div>
      <ul aria-label="domains">
        {domains.data?.domains.map((domain) => (
          <li key={domain.id}>
            <span>{domain.domain}</span> <span>{domain.status}</span>
            <button
              type="button"
              onClick={() => {
                remove.mutate(domain.id)
              }}
            >
              delete {domain.domain}
            </button>
            <button
              type="button"
              onClick={() => {
                verify.mutate(domain.id)
              }}
            >
              verify {domain.domain}
            </button>
          </li>
        ))}
      </ul>
      {domains.hasNextPage ? (
        <button type="button" onClick={() => void domains.fetchNextPage()}>
          more
        </button>
      ) : null}
      <button
        type="button"
        onClick={() => {
          create.mutate({ domain: 'new-domain.example' })
        }}
      >
        add
      </button>
      <ErrorText error={domains.error ?? create.error ?? remove.error ?? verify.error} />
    </div>
  )
}

describe('useDomains', () => {
  it('loads the list page by page with the cursor', async () => {
    const user = userEvent.setup()
    renderWithMyOrg(<DomainManager take={2} />)

    expect(await screen.findByText('acme.com')).toBeInTheDocument()
    expect(screen.getAllByRole('listitem')).toHaveLength(2)

    await user.click(screen.getByRole('button', { name: 'more' }))
    await waitFor(() => {
      expect(screen.getAllByRole('listitem')).toHaveLength(4)
    })
    await user.click(screen.getByRole('button', { name: 'more' }))
    await waitFor(() => {
      expect(screen.getAllByRole('listitem')).toHaveLength(5)
    })
    expect(screen.queryByRole('button', { name: 'more' })).not.toBeInTheDocument()
  })
})

describe('domain mutations', () => {
  it('after create, the list shows the new domain; only the domain list was refetched', async () => {
    const user = userEvent.setup()
    function Page() {
      const details = useOrgDetails()
      return (
        <>
          <p>{details.data?.display_name}</p>
          <DomainManager />
        </>
      )
    }
    const { queryClient } = renderWithMyOrg(<Page />)
    expect(await screen.findByText('acme.com')).toBeInTheDocument()
    expect(await screen.findByText('Acme Corp')).toBeInTheDocument()
    const scope = { api: 'https://tenant.example/my-org', organizationId: seedOrganizationId }
    const detailsUpdates = queryClient.getQueryState(myOrgKeys.details(scope))?.dataUpdateCount

    await user.click(screen.getByRole('button', { name: 'add' }))

    expect(await screen.findByText('new-domain.example')).toBeInTheDocument()
    expect(store.findDomainByName('new-domain.example')).toBeDefined()
    expect(queryClient.getQueryState(myOrgKeys.details(scope))?.dataUpdateCount).toBe(
      detailsUpdates,
    )
  })

  it('after delete, the domain is gone from the list', async () => {
    const user = userEvent.setup()
    renderWithMyOrg(<DomainManager />)
    await user.click(await screen.findByRole('button', { name: 'delete acme-legacy.net' }))
    await waitFor(() => {
      expect(screen.queryByText('acme-legacy.net')).not.toBeInTheDocument()
    })
    expect(store.findDomainByName('acme-legacy.net')).toBeUndefined()
  })

  it('verify updates the domain in the list', async () => {
    const user = userEvent.setup()
    const pending = store.findDomainByName('acme-labs.io')!
    store.publishTxtRecord(pending.verification_host, pending.verification_txt)
    renderWithMyOrg(<DomainManager />)
    await user.click(await screen.findByRole('button', { name: 'verify acme-labs.io' }))
    await waitFor(() => {
      expect(screen.getByText('acme-labs.io').nextElementSibling).toHaveTextContent('verified')
    })
  })

  it('verify sends exactly one request: the answer is written into the domain and the list', async () => {
    const user = userEvent.setup()
    const pending = store.findDomainByName('acme-labs.io')!
    store.publishTxtRecord(pending.verification_host, pending.verification_txt)
    function Page() {
      const domain = useDomain(pending.id)
      return (
        <>
          <p>detail: {domain.data?.status}</p>
          <DomainManager />
        </>
      )
    }
    renderWithMyOrg(<Page />)
    expect(await screen.findByText('detail: pending')).toBeInTheDocument()
    const requests = countRequests()

    await user.click(await screen.findByRole('button', { name: 'verify acme-labs.io' }))

    expect(await screen.findByText('detail: verified')).toBeInTheDocument()
    expect(await requests.settle()).toEqual([`POST /my-org/domains/${pending.id}/verify`])
    expect(screen.getByText('acme-labs.io').nextElementSibling).toHaveTextContent('verified')
  })

  it('delete sends exactly one request; the providers that used the domain drop it', async () => {
    const user = userEvent.setup()
    function Page() {
      const providers = useIdentityProviders()
      const okta = providers.data?.find((idp) => idp.name === 'acme-okta')
      return (
        <>
          <p>okta domains: {okta && isFullIdentityProvider(okta) ? okta.domains?.join(',') : ''}</p>
          <DomainManager />
        </>
      )
    }
    renderWithMyOrg(<Page />)
    expect(await screen.findByText('okta domains: acme.com')).toBeInTheDocument()
    expect(await screen.findByText('acme.com')).toBeInTheDocument()
    const acme = store.findDomainByName('acme.com')!
    const requests = countRequests()

    await user.click(screen.getByRole('button', { name: 'delete acme.com' }))

    expect(await screen.findByText('okta domains:')).toBeInTheDocument()
    expect(await requests.settle()).toEqual([`DELETE /my-org/domains/${acme.id}`])
    expect(screen.queryByText('acme.com')).not.toBeInTheDocument()
    expect(store.findDomainByName('acme.com')).toBeUndefined()
  })

  it('is never retried automatically', async () => {
    const user = userEvent.setup()
    faults.serverError = { status: 503, times: 1, operations: ['createDomain'] }
    renderWithMyOrg(<DomainManager />)
    await user.click(await screen.findByRole('button', { name: 'add' }))
    expect(await screen.findByText('Something went wrong on the server')).toBeInTheDocument()
    expect(store.findDomainByName('new-domain.example')).toBeUndefined()
  })
})

describe('single domain queries', () => {
  it('fetches a domain, and its identity providers only when asked', async () => {
    const user = userEvent.setup()
    const acme = store.findDomainByName('acme.com')!
    function Detail() {
      const [open, setOpen] = useState(false)
      const domain = useDomain(acme.id)
      const providers = useDomainIdentityProviders(acme.id, { enabled: open })
      return (
        <div>
          <p>{domain.data?.status}</p>
          <p>
            providers:{' '}
            {providers.fetchStatus === 'idle' && !providers.data
              ? 'not asked'
              : providers.data?.map((p) => p.name).join(',')}
          </p>
          <button
            type="button"
            onClick={() => {
              setOpen(true)
            }}
          >
            show providers
          </button>
        </div>
      )
    }
    renderWithMyOrg(<Detail />)
    expect(await screen.findByText('verified')).toBeInTheDocument()
    expect(screen.getByText('providers: not asked')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'show providers' }))
    expect(await screen.findByText('providers: acme-okta')).toBeInTheDocument()
  })
})

describe('errors arrive typed', () => {
  it('403: MyOrgApiError, explained with the missing scope', async () => {
    const user = userEvent.setup()
    renderWithMyOrg(<DomainManager />, { scopes: permissionSets.readOnly })
    await user.click(await screen.findByRole('button', { name: 'add' }))

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('class: MyOrgApiError')
    expect(alert).toHaveTextContent('status: 403')
    expect(alert).toHaveTextContent('You don’t have permission to do this')
    expect(alert).toHaveTextContent('missing the permission create:my_org:domains')
  })

  it('a blocked request arrives as MyOrgNetworkError reason cors, naming the origin to allow', async () => {
    // The call fails without a response, but the no-cors probe reaches the server: CORS.
    faults.networkError = { times: 1 }
    function Probe() {
      const domains = useDomains()
      return <ErrorText error={domains.error} />
    }
    renderWithMyOrg(<Probe />)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('class: MyOrgNetworkError')
    expect(alert).toHaveTextContent(`reason: cors from ${window.location.origin}`)
    expect(alert).toHaveTextContent('The browser blocked the request')
    expect(alert).toHaveTextContent(`add ${window.location.origin} to “Allowed Origins (CORS)”`)
  })

  it('an unreachable server arrives as MyOrgNetworkError reason offline', async () => {
    faults.networkError = {}
    function Probe() {
      const domains = useDomains()
      return <ErrorText error={domains.error} />
    }
    renderWithMyOrg(<Probe />)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('You seem to be offline')
    expect(alert).toHaveTextContent('class: MyOrgNetworkError')
    expect(alert).toHaveTextContent('reason: offline')
  })

  it('429 arrives as MyOrgApiError with retryAfter', { timeout: 10_000 }, async () => {
    // The client honours Retry-After twice before giving up (about two seconds here).
    faults.rateLimit = { retryAfterSeconds: 1 }
    function Probe() {
      const domains = useDomains()
      return <ErrorText error={domains.error} />
    }
    renderWithMyOrg(<Probe />)
    const alert = await screen.findByRole('alert', {}, { timeout: 6000 })
    expect(alert).toHaveTextContent('Try again in 1 second.')
    expect(alert).toHaveTextContent('class: MyOrgApiError')
    expect(alert).toHaveTextContent('status: 429 retry after: 1')
  })

  it('a token failure arrives as MyOrgTokenError', async () => {
    function Probe() {
      const domains = useDomains()
      return <p>{domains.status}</p>
    }
    function SessionProbe() {
      const { error } = useMyOrgPermissions()
      return <p>{error ? `token failed: ${errorClass(error)} ${error.code}` : 'ok'}</p>
    }
    renderWithMyOrg(
      <>
        <Probe />
        <SessionProbe />
      </>,
      {
        getAccessToken: () =>
          Promise.reject(Object.assign(new Error('mfa'), { error: 'mfa_required' })),
      },
    )
    expect(
      await screen.findByText('token failed: MyOrgTokenError mfa_required'),
    ).toBeInTheDocument()
    // The domain query never ran without a token.
    expect(screen.getByText('pending')).toBeInTheDocument()
  })
})

describe('useDomainVerificationPolling', () => {
  afterEach(() => {
    vi.useRealTimers()
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' })
  })

  function Verifier({ domainId, delays }: { domainId: string; delays: readonly number[] }) {
    const { run, start } = useDomainVerificationPolling(domainId, delays)
    const domains = useDomains()
    const listed = domains.data?.domains.find((domain) => domain.id === domainId)
    return (
      <div>
        <button type="button" onClick={start}>
          verify
        </button>
        <p>
          run: {run.status}
          {run.status === 'polling' ? ` ${run.domain.status}, ${String(run.checksLeft)} left` : ''}
        </p>
        <p>listed: {listed?.status}</p>
      </div>
    )
  }

  function countGets(): string[] {
    const gets: string[] = []
    server.use(
      http.get('https://tenant.example/my-org/domains/:id', ({ request }) => {
        gets.push(request.url)
      }),
    )
    return gets
  }

  async function advance(ms: number): Promise<void> {
    await act(() => vi.advanceTimersByTimeAsync(ms))
  }

  it('polls after each wait, writes each answer into the list, and stops when the waits run out', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const gets = countGets()
    const pending = store.findDomainByName('acmecorp.dev')!
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
    renderWithMyOrg(<Verifier domainId={pending.id} delays={[2000, 3000]} />)
    await screen.findByText('listed: pending')
    await user.click(screen.getByRole('button', { name: 'verify' }))
    await screen.findByText('run: polling pending, 2 left')
    await advance(1900)
    expect(gets).toHaveLength(0)
    await advance(200)
    await screen.findByText('run: polling pending, 1 left')
    expect(gets).toHaveLength(1)
    pending.status = 'failed'
    await advance(3100)
    await screen.findByText('run: polling failed, 0 left')
    expect(gets).toHaveLength(2)
    // The row's copy in the list was updated without refetching the list.
    expect(screen.getByText('listed: failed')).toBeInTheDocument()
    await advance(60_000)
    expect(gets).toHaveLength(2)
  })

  it('waits while the page is hidden and stops at the last wait while still pending', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const gets = countGets()
    const pending = store.findDomainByName('acmecorp.dev')!
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
    renderWithMyOrg(<Verifier domainId={pending.id} delays={[2000]} />)
    await user.click(await screen.findByRole('button', { name: 'verify' }))
    await screen.findByText('run: polling pending, 1 left')
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' })
    await advance(30_000)
    expect(gets).toHaveLength(0)
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' })
    await advance(2100)
    await screen.findByText('run: polling pending, 0 left')
    expect(gets).toHaveLength(1)
    await advance(30_000)
    expect(gets).toHaveLength(1)
  })
})
