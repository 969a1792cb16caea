import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'

import { renderWithMyOrg } from '../../test/render.tsx'
import { server, store } from '../../test/server.ts'
import {
  useIdentityProvidersConfiguration,
  useOrgConfiguration,
  useOrgDetails,
  useUpdateOrgDetails,
} from './organization.queries.ts'
import { countRequests } from './test-fixtures/count-requests.ts'

const notFound = {
  type: 'https://auth0.com/api-errors#A0E-404-0002',
  status: 404,
  title: 'Resource Not Found',
  detail: 'The organization does not exist.',
}

function Configuration() {
  const configuration = useOrgConfiguration()
  const idpConfiguration = useIdentityProvidersConfiguration()
  const stateOf = (query: typeof configuration | typeof idpConfiguration) =>
    query.isPending ? 'loading' : query.isError ? 'error' : query.data === null ? 'none' : 'loaded'
  return (
    <p>
      config: {stateOf(configuration)}; idp config: {stateOf(idpConfiguration)}
    </p>
  )
}

describe('configuration queries', () => {
  it('load both configurations from the API', async () => {
    renderWithMyOrg(<Configuration />)
    expect(await screen.findByText('config: loaded; idp config: loaded')).toBeInTheDocument()
  })

  it('read a 404 as "not configured" (null), not as an error', async () => {
    server.use(
      http.get('*/my-org/config', () => HttpResponse.json(notFound, { status: 404 })),
      http.get('*/my-org/config/identity-providers', () =>
        HttpResponse.json(notFound, { status: 404 }),
      ),
    )
    renderWithMyOrg(<Configuration />)
    expect(await screen.findByText('config: none; idp config: none')).toBeInTheDocument()
  })

  it('still report other failures as errors', async () => {
    server.use(
      http.get('*/my-org/config', () =>
        HttpResponse.json({ ...notFound, status: 403, title: 'Forbidden' }, { status: 403 }),
      ),
    )
    renderWithMyOrg(<Configuration />)
    expect(await screen.findByText('config: error; idp config: loaded')).toBeInTheDocument()
  })
})

describe('organization details', () => {
  it('saving details sends exactly one request: the answer is the new state', async () => {
    const user = userEvent.setup()
    function Details() {
      const details = useOrgDetails()
      const update = useUpdateOrgDetails()
      return (
        <div>
          <p>name: {details.data?.display_name}</p>
          <button
            type="button"
            onClick={() => {
              update.mutate({ display_name: 'Acme Renamed' })
            }}
          >
            save
          </button>
          <p>save: {update.status}</p>
        </div>
      )
    }
    renderWithMyOrg(<Details />)
    expect(await screen.findByText('name: Acme Corp')).toBeInTheDocument()
    const requests = countRequests()

    await user.click(screen.getByRole('button', { name: 'save' }))

    expect(await screen.findByText('save: success')).toBeInTheDocument()
    expect(await requests.settle()).toEqual(['PATCH /my-org/details'])
    expect(screen.getByText('name: Acme Renamed')).toBeInTheDocument()
    expect(store.state.organization.display_name).toBe('Acme Renamed')
  })
})
