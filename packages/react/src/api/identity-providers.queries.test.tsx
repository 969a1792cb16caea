import { type CreateIdentityProviderRequest, isFullIdentityProvider } from '@myorg-kit/client'
import { seedId } from '@myorg-kit/mock-api'
import { screen, waitFor } from '@testing-library/react'
import type { QueryClient } from '@tanstack/react-query'
import userEvent from '@testing-library/user-event'
import { http } from 'msw'
import { describe, expect, it } from 'vitest'

import { renderWithMyOrg } from '../../test/render.tsx'
import { server } from '../../test/server.ts'
import {
  useAddIdentityProviderDomain,
  useCreateIdentityProvider,
  useDetachIdentityProvider,
  useIdentityProvider,
  useIdentityProviders,
  useUpdateIdentityProvider,
} from './identity-providers.queries.ts'
import { useCreateProvisioning, useProvisioning } from './provisioning.queries.ts'
import { purgeSensitiveMutations } from './sensitive-mutations.ts'
import { countRequests } from './test-fixtures/count-requests.ts'

const okta = seedId('con', 'acme-okta')
const oidc = seedId('con', 'acme-oidc')

function Providers() {
  const list = useIdentityProviders()
  const detail = useIdentityProvider(okta)
  const update = useUpdateIdentityProvider()
  const detach = useDetachIdentityProvider()
  const addDomain = useAddIdentityProviderDomain()
  return (
    <div>
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
    await user.click(screen.getByRole('button', { name: 'set up' }))
    expect(await screen.findByText('method scim')).toBeInTheDocument()
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
