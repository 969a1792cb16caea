import { screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'

import { renderWithMyOrg } from '../../test/render.tsx'
import { server } from '../../test/server.ts'
import { useIdentityProvidersConfiguration, useOrgConfiguration } from './organization.queries.ts'

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
