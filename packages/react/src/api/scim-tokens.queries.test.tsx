import { seedId, seedOrganizationId } from '@myorg-kit/mock-api'
import { screen } from '@testing-library/react'
import type { QueryClient } from '@tanstack/react-query'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'

import { renderWithMyOrg } from '../../test/render.tsx'
import { store } from '../../test/server.ts'
import { myOrgKeys } from './query-keys.ts'
import { useCreateScimToken, useDeleteScimToken, useScimTokens } from './scim-tokens.queries.ts'
import { countRequests } from './test-fixtures/count-requests.ts'

const entra = seedId('con', 'acme-entra')
const scope = { api: 'https://tenant.example/my-org', organizationId: seedOrganizationId }

/** Everything the QueryClient holds: query data, mutation variables and data. */
function everythingCached(queryClient: QueryClient): string {
  return JSON.stringify({
    queries: queryClient
      .getQueryCache()
      .getAll()
      .map((query) => query.state.data),
    mutations: queryClient
      .getMutationCache()
      .getAll()
      .map((mutation) => ({
        variables: mutation.state.variables,
        data: mutation.state.data,
        context: mutation.state.context,
      })),
  })
}

function Tokens() {
  const tokens = useScimTokens(entra)
  const create = useCreateScimToken()
  const remove = useDeleteScimToken()
  const [secret, setSecret] = useState<string | null>(null)
  const [secondTake, setSecondTake] = useState('')
  return (
    <div>
      <p>tokens: {tokens.data?.length ?? 'loading'}</p>
      <ul aria-label="tokens">
        {tokens.data?.map((token) => (
          <li key={token.token_id}>
            {token.token_id}{' '}
            <button
              type="button"
              onClick={() => {
                remove.mutate({ idpId: entra, tokenId: token.token_id })
              }}
            >
              revoke {token.token_id}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={() => {
          create.mutate(
            { idpId: entra },
            {
              onSuccess: () => {
                setSecret(create.takeSecret())
                setSecondTake(String(create.takeSecret()))
              },
            },
          )
        }}
      >
        new token
      </button>
      {secret ? <output>{secret}</output> : null}
      <p>second take: {secondTake}</p>
      <p>data: {create.data ? JSON.stringify(create.data) : 'none'}</p>
    </div>
  )
}

/** Creates a token; `take` shows what takeSecret() returns. */
function Creator() {
  const create = useCreateScimToken()
  const [taken, setTaken] = useState('')
  return (
    <div>
      <button
        type="button"
        onClick={() => {
          create.mutate({ idpId: entra })
        }}
      >
        create
      </button>
      <button type="button" onClick={create.reset}>
        reset
      </button>
      <button
        type="button"
        onClick={() => {
          setTaken(String(create.takeSecret()))
        }}
      >
        take
      </button>
      <p>status: {create.status}</p>
      <p>taken: {taken}</p>
    </div>
  )
}

describe('useCreateScimToken', () => {
  it('hands the plaintext over once, through takeSecret, and never caches it', async () => {
    const user = userEvent.setup()
    const { queryClient } = renderWithMyOrg(<Tokens />)
    expect(await screen.findByText('tokens: 1')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'new token' }))

    const plaintext = (await screen.findByRole('status')).textContent
    expect(plaintext).toMatch(/^\S{20,}$/)
    expect(screen.getByText('second take: null')).toBeInTheDocument()
    expect(await screen.findByText('tokens: 2')).toBeInTheDocument()
    expect(store.state.scimTokens.filter((t) => t.identity_provider_id === entra)).toHaveLength(2)

    // The mutation's data is the metadata only.
    const data = screen.getByText(/^data: /).textContent
    expect(data).toContain('token_id')
    expect(data).not.toContain(plaintext)
    expect(everythingCached(queryClient)).not.toContain(plaintext)
    expect(queryClient.getQueryData(myOrgKeys.scimTokens(scope, entra))).toHaveLength(2)
  })

  it('sends exactly one request: the new token joins the cached list without a refetch', async () => {
    const user = userEvent.setup()
    renderWithMyOrg(<Tokens />)
    expect(await screen.findByText('tokens: 1')).toBeInTheDocument()
    const requests = countRequests()

    await user.click(screen.getByRole('button', { name: 'new token' }))

    expect(await screen.findByText('tokens: 2')).toBeInTheDocument()
    expect(await requests.settle()).toEqual([
      `POST /my-org/identity-providers/${entra}/provisioning/scim-tokens`,
    ])
    const created = store.state.scimTokens.filter((t) => t.identity_provider_id === entra).at(-1)
    expect(screen.getByRole('list', { name: 'tokens' })).toHaveTextContent(created!.token_id)
  })

  it('reset() empties the box', async () => {
    const user = userEvent.setup()
    renderWithMyOrg(<Creator />)
    await user.click(await screen.findByRole('button', { name: 'create' }))
    expect(await screen.findByText('status: success')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'reset' }))
    expect(await screen.findByText('status: idle')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'take' }))
    expect(screen.getByText('taken: null')).toBeInTheDocument()
  })

  it('without reset, the secret waits in the box for takeSecret', async () => {
    const user = userEvent.setup()
    function Creator() {
      const create = useCreateScimToken()
      const [taken, setTaken] = useState('')
      return (
        <div>
          <button
            type="button"
            onClick={() => {
              create.mutate({ idpId: entra })
            }}
          >
            create
          </button>
          <button
            type="button"
            onClick={() => {
              setTaken(String(create.takeSecret()))
            }}
          >
            take
          </button>
          <p>status: {create.status}</p>
          <p>taken: {taken}</p>
        </div>
      )
    }
    renderWithMyOrg(<Creator />)
    await user.click(await screen.findByRole('button', { name: 'create' }))
    expect(await screen.findByText('status: success')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'take' }))
    expect(screen.getByText(/^taken: /)).toHaveTextContent(/^taken: \S{20,}$/)
    await user.click(screen.getByRole('button', { name: 'take' }))
    expect(screen.getByText('taken: null')).toBeInTheDocument()
  })
})

describe('useDeleteScimToken', () => {
  it('sends exactly one request: the token leaves the cached list without a refetch', async () => {
    const user = userEvent.setup()
    const [existing] = store.state.scimTokens.filter((t) => t.identity_provider_id === entra)
    renderWithMyOrg(<Tokens />)
    expect(await screen.findByText('tokens: 1')).toBeInTheDocument()
    const requests = countRequests()

    await user.click(screen.getByRole('button', { name: `revoke ${existing!.token_id}` }))

    expect(await screen.findByText('tokens: 0')).toBeInTheDocument()
    expect(await requests.settle()).toEqual([
      `DELETE /my-org/identity-providers/${entra}/provisioning/scim-tokens/${existing!.token_id}`,
    ])
  })
})
