import { describe, expect, it } from 'vitest'

import { myOrgScopes } from '@myorg-kit/client'

import {
  base64UrlDecode,
  createMockAccessToken,
  decodeMockAccessToken,
  permissionSets,
  scopesWithout,
} from './tokens.ts'

describe('createMockAccessToken', () => {
  it('builds an unsigned JWT with Auth0-style claims', () => {
    const token = createMockAccessToken({
      scopes: ['read:my_org:details', 'update:my_org:details'],
      orgId: 'org_ABCDEFGHIJKLMNOP',
      sub: 'auth0|alice',
      expiresInSeconds: 60,
      now: () => 1_800_000_000_000,
    })
    const [header, payload, signature] = token.split('.')
    expect(JSON.parse(base64UrlDecode(header!))).toEqual({ alg: 'none', typ: 'at+jwt' })
    expect(signature).toBe('')
    expect(JSON.parse(base64UrlDecode(payload!))).toEqual({
      iss: 'https://tenant.example/',
      sub: 'auth0|alice',
      aud: 'https://tenant.example/my-org/',
      iat: 1_800_000_000,
      exp: 1_800_000_060,
      scope: 'read:my_org:details update:my_org:details',
      org_id: 'org_ABCDEFGHIJKLMNOP',
    })
    expect(token).not.toMatch(/[+/=]/)
  })

  it('grants every scope by default', () => {
    const claims = decodeMockAccessToken(createMockAccessToken())
    expect(claims?.scope.split(' ')).toEqual([...myOrgScopes])
    expect(claims).not.toHaveProperty('org_id')
  })

  it('decodes only mock tokens', () => {
    expect(decodeMockAccessToken('abc')).toBeUndefined()
    expect(decodeMockAccessToken('a.b.c')).toBeUndefined()
    const signed = `${btoa(JSON.stringify({ alg: 'RS256' }))}.${btoa(JSON.stringify({ scope: '', exp: 1 }))}.sig`
    expect(decodeMockAccessToken(signed)).toBeUndefined()
  })
})

describe('permissionSets', () => {
  it('has admin, readOnly and none', () => {
    expect(permissionSets.admin).toHaveLength(myOrgScopes.length)
    expect(permissionSets.readOnly.length).toBeGreaterThan(0)
    expect(permissionSets.readOnly.every((scope) => scope.startsWith('read:'))).toBe(true)
    expect(permissionSets.readOnly).toContain('read:my_org:identity_providers_scim_tokens')
    expect(permissionSets.none).toEqual([])
  })

  it('gives admin the member, role and invitation scopes and readOnly only their read ones', () => {
    expect(permissionSets.admin).toEqual(
      expect.arrayContaining([
        'read:my_org:members',
        'delete:my_org:memberships',
        'read:my_org:member_roles',
        'create:my_org:member_roles',
        'delete:my_org:member_roles',
        'read:my_org:member_invitations',
        'create:my_org:member_invitations',
        'delete:my_org:member_invitations',
      ]),
    )
    const memberScopes = permissionSets.readOnly.filter((scope) => /member/.test(scope))
    expect(memberScopes).toEqual([
      'read:my_org:members',
      'read:my_org:member_roles',
      'read:my_org:member_invitations',
    ])
  })

  it('scopesWithout drops exactly the operation’s scopes', () => {
    const scopes = scopesWithout('listDomainIdentityProviders')
    expect(scopes).not.toContain('read:my_org:domains')
    expect(scopes).not.toContain('read:my_org:identity_providers')
    expect(scopes).toHaveLength(myOrgScopes.length - 2)
  })
})
