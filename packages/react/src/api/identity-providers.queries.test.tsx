import { type CreateIdentityProviderRequest, isFullIdentityProvider } from '@myorg-kit/client'
import { seedId, seedOrganizationId } from '@myorg-kit/mock-api'
import { screen, waitFor } from '@testing-library/react'
import type { QueryClient } from '@tanstack/react-query'
import userEvent from '@testing-library/user-event'
import { http } from 'msw'
import { describe, expect, it } from 'vitest'

import { renderWithMyOrg } from '../../test/render.tsx'
import { server, store } from '../../test/server.ts'
import { useDomainIdentityProviders, useDomains } from './domains.queries.ts'
import {
  useAddIdentityProviderDomain,
  useCreateIdentityProvider,
  useDeleteIdentityProvider,
  useDetachIdentityProvider,
  useIdentityProvider,
  useIdentityProviders,
  useRefreshIdentityProviderAttributes,
  useRemoveIdentityProviderDomain,
  useUpdateIdentityProvider,
} from './identity-providers.queries.ts'
import { useCreateProvisioning, useProvisioning } from './provisioning.queries.ts'
import { myOrgKeys } from './query-keys.ts'
import { purgeSensitiveMutations } from './sensitive-mutations.ts'
import { countRequests } from './test-fixtures/count-requests.ts'

const okta = seedId('con', 'acme-okta')
const oidc = seedId('con', 'acme-oidc')
const scope = { api: 'https://tenant.example/my-org', organizationId: seedOrganizationId }
const acmeCom = store.findDomainByName('acme.com')!.id

function Providers() {
  // The domain list is loaded, as on a screen showing domain links: link changes then refetch
  // only the links of the domains they touch.
  const domains = useDomains()
  const list = useIdentityProviders()
  const detail = useIdentityProvider(okta)
  const links = useDomainIdentityProviders(acmeCom)
  const update = useUpdateIdentityProvider()
  const detach = useDetachIdentityProvider()
  const remove = useDeleteIdentityProvider()
  const refresh = useRefreshIdentityProviderAttributes()
  const addDomain = useAddIdentityProviderDomain()
  const settled = [update, detach, remove, refresh, addDomain].filter((m) => m.isSuccess).length
  return (
    <div>
      <p>domains loaded: {domains.data?.domains.length ?? 0}</p>
      <p>links of acme.com: {links.data?.map((link) => link.display_name).join(',')}</p>
      <p>succeeded: {settled}</p>
      <button
        type="button"
        onClick={() => {
          remove.mutate(okta)
        }}
      >
        delete
      </button>
      <button
        type="button"
        onClick={() => {
          refresh.mutate(okta)
        }}
      >
        refresh attributes
      </button>
      <ul aria-label="providers">
        {list.data?.map((idp) => (
          <li key={idp.id}>{isFullIdentityProvider(idp) ? idp.display_name : idp.display_name}</li>
        ))}
      </ul>
      <p>detail: {detail.data?.display_name}</p>
      <p>domains: {detail.data?.domains?.join(',')}</p>
      <button
        type="button"
        onClick={() => {
          update.mutate({ idpId: okta, body: { display_name: 'Acme Okta (new)' } })
        }}
      >
        rename
      </button>
      <button
        type="button"
        onClick={() => {
          detach.mutate(oidc)
        }}
      >
        detach
      </button>
      <button
        type="button"
        onClick={() => {
          addDomain.mutate({ idpId: okta, domain: 'acme.co.uk' })
        }}
      >
        link
      </button>
    </div>
  )
}

describe('identity provider hooks', () => {
  it('update refreshes the provider and the list', async () => {
    const user = userEvent.setup()
    renderWithMyOrg(<Providers />)
    expect(await screen.findByText('detail: Acme Okta')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'rename' }))

    expect(await screen.findByText('detail: Acme Okta (new)')).toBeInTheDocument()
    await waitFor(() => {
      expect(screen.getByRole('list', { name: 'providers' })).toHaveTextContent('Acme Okta (new)')
    })
  })

  it('detach removes it from the list', async () => {
    const user = userEvent.setup()
    renderWithMyOrg(<Providers />)
    expect(await screen.findByText('Acme Login (OIDC)')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'detach' }))
    await waitFor(() => {
      expect(screen.queryByText('Acme Login (OIDC)')).not.toBeInTheDocument()
    })
  })

  it('rename sends exactly one request: the answer reaches the provider, the list and the domain links', async () => {
    const user = userEvent.setup()
    renderWithMyOrg(<Providers />)
    expect(await screen.findByText('detail: Acme Okta')).toBeInTheDocument()
    expect(await screen.findByText('links of acme.com: Acme Okta')).toBeInTheDocument()
    const requests = countRequests()

    await user.click(screen.getByRole('button', { name: 'rename' }))

    expect(await screen.findByText('succeeded: 1')).toBeInTheDocument()
    expect(await requests.settle()).toEqual([`PATCH /my-org/identity-providers/${okta}`])
    expect(screen.getByText('detail: Acme Okta (new)')).toBeInTheDocument()
    expect(screen.getByRole('list', { name: 'providers' })).toHaveTextContent('Acme Okta (new)')
    expect(screen.getByText('links of acme.com: Acme Okta (new)')).toBeInTheDocument()
  })

  it('detach sends exactly one request', async () => {
    const user = userEvent.setup()
    renderWithMyOrg(<Providers />)
    expect(await screen.findByText('Acme Login (OIDC)')).toBeInTheDocument()
    const requests = countRequests()

    await user.click(screen.getByRole('button', { name: 'detach' }))

    expect(await screen.findByText('succeeded: 1')).toBeInTheDocument()
    expect(await requests.settle()).toEqual([`POST /my-org/identity-providers/${oidc}/detach`])
    expect(screen.queryByText('Acme Login (OIDC)')).not.toBeInTheDocument()
  })

  it('delete sends exactly one request; the provider leaves the list and the domain links', async () => {
    const user = userEvent.setup()
    // The API refuses to delete a provider that still has users (allow_if_empty).
    store.state.identityProviders.find((idp) => idp.id === okta)!.user_count = 0
    const { queryClient } = renderWithMyOrg(<Providers />)
    expect(await screen.findByText('links of acme.com: Acme Okta')).toBeInTheDocument()
    expect(await screen.findByText('detail: Acme Okta')).toBeInTheDocument()
    const requests = countRequests()

    await user.click(screen.getByRole('button', { name: 'delete' }))

    expect(await screen.findByText('succeeded: 1')).toBeInTheDocument()
    const paths = await requests.settle()
    expect(paths[0]).toBe(`DELETE /my-org/identity-providers/${okta}`)
    // The provider's own query is dropped; only a still-mounted reader of it may ask again.
    expect(paths.slice(1)).toEqual(
      paths.slice(1).filter((path) => path === `GET /my-org/identity-providers/${okta}`),
    )
    expect(screen.getByRole('list', { name: 'providers' })).not.toHaveTextContent('Acme Okta')
    expect(screen.getByText('links of acme.com:')).toBeInTheDocument()
    expect(
      queryClient.getQueryCache().findAll({ queryKey: myOrgKeys.provisioning(scope, okta) }),
    ).toEqual([])
  })

  it('refreshing the attribute mapping sends exactly one request', async () => {
    const user = userEvent.setup()
    renderWithMyOrg(<Providers />)
    expect(await screen.findByText('detail: Acme Okta')).toBeInTheDocument()
    const requests = countRequests()

    await user.click(screen.getByRole('button', { name: 'refresh attributes' }))

    expect(await screen.findByText('succeeded: 1')).toBeInTheDocument()
    expect(await requests.settle()).toEqual([
      `PUT /my-org/identity-providers/${okta}/update-attributes`,
    ])
  })

  it('linking one domain sends exactly one request', async () => {
    const user = userEvent.setup()
    renderWithMyOrg(<Providers />)
    expect(await screen.findByText('domains: acme.com')).toBeInTheDocument()
    expect(await screen.findByText('domains loaded: 5')).toBeInTheDocument()
    expect(await screen.findByText('links of acme.com: Acme Okta')).toBeInTheDocument()
    const requests = countRequests()

    await user.click(screen.getByRole('button', { name: 'link' }))

    expect(await screen.findByText('domains: acme.com,acme.co.uk')).toBeInTheDocument()
    expect(await requests.settle()).toEqual([`POST /my-org/identity-providers/${okta}/domains`])
  })

  it('unlinking a domain refetches the links of that domain only', async () => {
    const user = userEvent.setup()
    function Unlink() {
      const remove = useRemoveIdentityProviderDomain()
      return (
        <button
          type="button"
          onClick={() => {
            remove.mutate({ idpId: okta, domain: 'acme.com' })
          }}
        >
          unlink acme.com
        </button>
      )
    }
    renderWithMyOrg(
      <>
        <Providers />
        <Unlink />
      </>,
    )
    expect(await screen.findByText('domains loaded: 5')).toBeInTheDocument()
    expect(await screen.findByText('links of acme.com: Acme Okta')).toBeInTheDocument()
    const requests = countRequests()

    await user.click(screen.getByRole('button', { name: 'unlink acme.com' }))

    expect(await screen.findByText('links of acme.com:')).toBeInTheDocument()
    expect(await requests.settle()).toEqual([
      `DELETE /my-org/identity-providers/${okta}/domains/acme.com`,
      `GET /my-org/domains/${acmeCom}/identity-providers`,
    ])
    expect(screen.getByText('domains:')).toBeInTheDocument()
  })

  it('linking a domain refreshes the provider', async () => {
    const user = userEvent.setup()
    renderWithMyOrg(<Providers />)
    expect(await screen.findByText('domains: acme.com')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'link' }))
    expect(await screen.findByText('domains: acme.com,acme.co.uk')).toBeInTheDocument()
  })
})

describe('provisioning', () => {
  it('a 404 means "not set up" and surfaces as null; create sets it up', async () => {
    const user = userEvent.setup()
    function Provisioning() {
      const provisioning = useProvisioning(oidc)
      const create = useCreateProvisioning()
      return (
        <div>
          <p>
            {provisioning.isSuccess
              ? provisioning.data === null
                ? 'not set up'
                : `method ${provisioning.data.method}`
              : provisioning.status}
          </p>
          <button
            type="button"
            onClick={() => {
              create.mutate(oidc)
            }}
          >
            set up
          </button>
        </div>
      )
    }
    renderWithMyOrg(<Provisioning />)
    expect(await screen.findByText('not set up')).toBeInTheDocument()
    const requests = countRequests()
    await user.click(screen.getByRole('button', { name: 'set up' }))
    expect(await screen.findByText('method scim')).toBeInTheDocument()
    // The answer is the new configuration: no refetch.
    expect(await requests.settle()).toEqual([
      `POST /my-org/identity-providers/${oidc}/provisioning`,
    ])
  })
})

describe('one provider after the list', () => {
  function ListThenDetail(props: { showDetail: boolean }) {
    const list = useIdentityProviders()
    return (
      <div>
        <p>{list.isSuccess ? 'list loaded' : 'list loading'}</p>
        {props.showDetail ? <Detail /> : null}
      </div>
    )
  }

  function Detail() {
    const detail = useIdentityProvider(okta)
    return <p>detail: {detail.data?.display_name ?? 'loading'}</p>
  }

  it('reads a provider the list already loaded without asking the API again', async () => {
    const requests = countRequests()
    const view = renderWithMyOrg(<ListThenDetail showDetail={false} />)
    await screen.findByText('list loaded')
    view.rerenderWithProps({}, <ListThenDetail showDetail />)
    expect(await screen.findByText('detail: Acme Okta')).toBeInTheDocument()
    requests.stop()
    expect(requests.paths.filter((path) => path.includes(`/identity-providers/${okta}`))).toEqual(
      [],
    )
    expect(requests.paths.filter((path) => path.endsWith('/identity-providers'))).toHaveLength(1)
  })

  it('asks the API once when no list is loaded', async () => {
    const requests = countRequests()
    renderWithMyOrg(<Detail />)
    expect(await screen.findByText('detail: Acme Okta')).toBeInTheDocument()
    requests.stop()
    expect(requests.paths).toEqual([`GET /my-org/identity-providers/${okta}`])
  })
})

describe('purgeSensitiveMutations', () => {
  const secret = 'client-secret-never-kept'
  const body: CreateIdentityProviderRequest = {
    strategy: 'google-apps',
    name: 'purge-google',
    options: { domain: 'acme.com', client_id: 'purge-client', client_secret: secret },
  }

  function CreateAndDetach() {
    const create = useCreateIdentityProvider()
    const detach = useDetachIdentityProvider()
    return (
      <div>
        <button
          type="button"
          onClick={() => {
            create.mutate(body)
          }}
        >
          create
        </button>
        <button
          type="button"
          onClick={() => {
            detach.mutate(oidc)
          }}
        >
          detach
        </button>
        <p>create: {create.status}</p>
        <p>detach: {detach.status}</p>
      </div>
    )
  }

  function mutationCacheText(queryClient: QueryClient): string {
    return JSON.stringify(
      queryClient
        .getMutationCache()
        .getAll()
        .map((mutation) => ({ variables: mutation.state.variables, data: mutation.state.data })),
    )
  }

  it('drops settled create/update mutations (and the client secret) by meta, keeps the others', async () => {
    const user = userEvent.setup()
    const { queryClient } = renderWithMyOrg(<CreateAndDetach />)
    await user.click(screen.getByRole('button', { name: 'create' }))
    await user.click(screen.getByRole('button', { name: 'detach' }))
    expect(await screen.findByText('create: success')).toBeInTheDocument()
    expect(await screen.findByText('detach: success')).toBeInTheDocument()
    expect(mutationCacheText(queryClient)).toContain(secret)

    expect(purgeSensitiveMutations(queryClient)).toBe(1)

    expect(mutationCacheText(queryClient)).not.toContain(secret)
    expect(
      queryClient
        .getMutationCache()
        .getAll()
        .map((mutation) => mutation.state.variables),
    ).toEqual([oidc])
  })

  it('leaves a pending one alone: its request is still running', async () => {
    const user = userEvent.setup()
    let release = (): void => undefined
    const gate = new Promise<void>((resolve) => {
      release = resolve
    })
    server.use(
      http.post('*/my-org/identity-providers', async () => {
        await gate
      }),
    )
    const { queryClient } = renderWithMyOrg(<CreateAndDetach />)
    await user.click(screen.getByRole('button', { name: 'create' }))
    expect(await screen.findByText('create: pending')).toBeInTheDocument()

    expect(purgeSensitiveMutations(queryClient)).toBe(0)

    release()
    expect(await screen.findByText('create: success')).toBeInTheDocument()
    expect(purgeSensitiveMutations(queryClient)).toBe(1)
    expect(mutationCacheText(queryClient)).not.toContain(secret)
  })
})
