import { permissionSets } from '@myorg-kit/mock-api'
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { renderWithMyOrg } from '../../test/render.tsx'
import { useMyOrgPermissions } from './use-my-org-session.ts'

function Permissions() {
  const permissions = useMyOrgPermissions()
  return (
    <dl>
      <dt>status</dt>
      <dd>{permissions.status}</dd>
      <dt>read domains</dt>
      <dd>{String(permissions.can('listDomains'))}</dd>
      <dt>create domain</dt>
      <dd>{String(permissions.can('createDomain'))}</dd>
      <dt>domain identity providers</dt>
      <dd>{String(permissions.can('listDomainIdentityProviders'))}</dd>
      <dt>scope count</dt>
      <dd>{permissions.scopes.size}</dd>
    </dl>
  )
}

function value(term: string): string | null {
  return screen.getByText(term).nextElementSibling?.textContent ?? null
}

describe('useMyOrgPermissions', () => {
  it('is loading until the token arrives, then an admin can do everything', async () => {
    renderWithMyOrg(<Permissions />, { scopes: permissionSets.admin })
    expect(value('status')).toBe('loading')
    expect(value('create domain')).toBe('false')

    expect(await screen.findByText('ready')).toBeInTheDocument()
    expect(value('read domains')).toBe('true')
    expect(value('create domain')).toBe('true')
    expect(value('domain identity providers')).toBe('true')
    expect(value('scope count')).toBe(String(permissionSets.admin.length))
  })

  it('a read-only token can read but not write', async () => {
    renderWithMyOrg(<Permissions />, { scopes: permissionSets.readOnly })
    expect(await screen.findByText('ready')).toBeInTheDocument()
    expect(value('read domains')).toBe('true')
    expect(value('create domain')).toBe('false')
    expect(value('domain identity providers')).toBe('true')
  })

  it('a token without scopes can do nothing', async () => {
    renderWithMyOrg(<Permissions />, { scopes: permissionSets.none })
    expect(await screen.findByText('ready')).toBeInTheDocument()
    expect(value('read domains')).toBe('false')
    expect(value('create domain')).toBe('false')
    expect(value('scope count')).toBe('0')
  })

  it('needs every scope of an operation (domain IdPs need two)', async () => {
    renderWithMyOrg(<Permissions />, { scopes: ['read:my_org:domains'] })
    expect(await screen.findByText('ready')).toBeInTheDocument()
    expect(value('read domains')).toBe('true')
    expect(value('domain identity providers')).toBe('false')
  })

  it('reads Auth0 RBAC permissions too', async () => {
    const payload = btoa(
      JSON.stringify({ permissions: ['create:my_org:domains'], exp: 9_999_999_999 }),
    ).replace(/=+$/, '')
    renderWithMyOrg(<Permissions />, {
      getAccessToken: () => Promise.resolve(`header.${payload}.sig`),
    })
    expect(await screen.findByText('ready')).toBeInTheDocument()
    expect(value('create domain')).toBe('true')
    expect(value('read domains')).toBe('false')
  })
})
