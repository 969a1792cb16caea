import { describe, expect, it } from 'vitest'

import type { OrgMember, Role } from '@myorg-kit/client'

import { seedRoles } from '../seed/roles.ts'
import { setup } from '../test/handler-harness.ts'
import { createMockAccessToken, permissionSets, scopesWithout } from '../tokens.ts'

interface Page {
  members: OrgMember[]
  next?: string
}

const path = (userId: string) => `/members/${encodeURIComponent(userId)}`
/** The first seed member holding no role, and one holding several. */
function seedMembers(store: ReturnType<typeof setup>['store']) {
  const withoutRoles = store.state.members.find((member) => member.role_ids.length === 0)
  const withRoles = store.state.members.find((member) => member.role_ids.length >= 3)
  if (!withoutRoles || !withRoles) {
    throw new Error('the seed lacks a member without roles or one with three')
  }
  return { withoutRoles, withRoles }
}

describe('GET /members', () => {
  it('lists the 120 seed members over three pages, with names, emails and last logins', async () => {
    const { call } = setup()
    const seen: OrgMember[] = []
    const sizes: number[] = []
    let next: string | undefined
    do {
      const res = await call('GET', `/members${next ? `?from=${next}` : ''}`)
      expect(res.status).toBe(200)
      const page = res.body as unknown as Page
      sizes.push(page.members.length)
      seen.push(...page.members)
      next = page.next
    } while (next)
    expect(sizes).toEqual([50, 50, 20])
    expect(new Set(seen.map((member) => member.user_id)).size).toBe(120)
    expect(new Set(seen.map((member) => member.email)).size).toBe(120)
    for (const member of seen) {
      expect(member.user_id).toMatch(/^(?=.{1,1024}$).+\|.+$/)
      expect(member.name).toMatch(/^\S+ \S+$/)
      expect(member.email).toMatch(/^[a-z]+\.[a-z]+@acme\.com$/)
      expect(member).not.toHaveProperty('roles')
      expect(member).not.toHaveProperty('role_ids')
    }
    const loggedIn = seen.filter((member) => member.last_login !== undefined)
    expect(loggedIn.length).toBeGreaterThan(90)
    expect(loggedIn.length).toBeLessThan(120)
    expect(new Set(seen.map((member) => member.user_id!.split('|')[0]))).toEqual(
      new Set(['auth0', 'samlp', 'waad', 'google-apps']),
    )
  })

  it('takes up to 100 per page and refuses take=0 and a cursor of another list', async () => {
    const { call } = setup()
    const wide = (await call('GET', '/members?take=100')).body as unknown as Page
    expect(wide.members).toHaveLength(100)
    expect((await call('GET', '/members?take=0')).status).toBe(400)
    const domains = await call('GET', '/domains?take=1')
    const foreign = String(domains.body?.next)
    const refused = await call('GET', `/members?from=${foreign}`)
    expect(refused.status).toBe(400)
    expect(refused.body?.validation_errors).toEqual([
      expect.objectContaining({ pointer: '/from', source: 'query' }),
    ])
  })

  it('selects fields, excludes them with include_fields=false, and refuses a bad flag', async () => {
    const { call } = setup()
    const only = (await call('GET', '/members?take=2&fields=user_id,email')).body as unknown as Page
    expect(only.members.map((member) => Object.keys(member).sort())).toEqual([
      ['email', 'user_id'],
      ['email', 'user_id'],
    ])
    const without = (await call('GET', '/members?take=1&fields=email&include_fields=false'))
      .body as unknown as Page
    expect(without.members[0]).not.toHaveProperty('email')
    expect(without.members[0]).toHaveProperty('name')
    expect((await call('GET', '/members?include_fields=yes')).status).toBe(400)
  })

  it('adds the roles only when fields names them and the token may read roles', async () => {
    const { call, store, now } = setup()
    const { withRoles } = seedMembers(store)
    const find = (page: Page) => page.members.find((member) => member.user_id === withRoles.user_id)

    const asked = (await call('GET', '/members?take=100&fields=user_id,roles'))
      .body as unknown as Page
    expect(find(asked)?.roles?.map((role) => role.id)).toEqual(withRoles.role_ids)

    const notAsked = (await call('GET', '/members?take=100')).body as unknown as Page
    expect(find(notAsked)).not.toHaveProperty('roles')

    // read:my_org:member_roles is the only scope of listRoles.
    const withoutRoleScope = createMockAccessToken({ scopes: scopesWithout('listRoles'), now })
    const refused = await call('GET', '/members?take=100&fields=user_id,roles', {
      token: withoutRoleScope,
    })
    expect(refused.status).toBe(200)
    expect(find(refused.body as unknown as Page)).toEqual({ user_id: withRoles.user_id })
  })

  it('shows at most the first 10 roles; GET /members/{id}/roles pages through all of them', async () => {
    const extra: Role[] = Array.from({ length: 12 }, (_, index) => ({
      id: `rol_${String(index).padStart(16, 'X')}`,
      name: `Extra ${index}`,
    }))
    const { call, store } = setup()
    store.state.roles.push(...extra)
    const member = store.state.members[0]!
    member.role_ids = extra.map((role) => role.id)

    const page = (await call('GET', '/members?take=1&fields=roles')).body as unknown as Page
    expect(page.members[0]!.roles?.map((role) => role.id)).toEqual(member.role_ids.slice(0, 10))

    const ids: string[] = []
    let next: string | undefined
    do {
      const res = await call(
        'GET',
        `${path(member.user_id)}/roles?take=5${next ? `&from=${next}` : ''}`,
      )
      expect(res.status).toBe(200)
      const rolePage = res.body as unknown as { roles: Role[]; next?: string }
      ids.push(...rolePage.roles.map((role) => role.id))
      next = rolePage.next
    } while (next)
    expect(ids).toEqual(member.role_ids)
  })
})

describe('GET /members/{user_id}', () => {
  it('gets a member by its percent-encoded id, never with roles', async () => {
    const { call, store } = setup()
    const samlMember = store.state.members.find((member) => member.user_id.startsWith('samlp|'))!
    const res = await call('GET', `${path(samlMember.user_id)}?fields=user_id,name,roles`)
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ user_id: samlMember.user_id, name: samlMember.name })
  })

  it('answers 404 for an unknown member and 400 for an id without a connection prefix', async () => {
    const { call } = setup()
    const unknown = await call('GET', path('auth0|nobody'))
    expect(unknown.status).toBe(404)
    expect(unknown.body?.detail).toBe('The member does not exist.')
    const bad = await call('GET', path('nobody'))
    expect(bad.status).toBe(400)
    expect(bad.body?.validation_errors).toEqual([
      expect.objectContaining({ pointer: '/user_id', source: 'params' }),
    ])
  })
})

describe('POST /delete-memberships', () => {
  it('removes one member (204, empty body); the member is then gone', async () => {
    const { call, store } = setup()
    const userId = store.state.members[3]!.user_id
    const res = await call('POST', '/delete-memberships', { body: { members: [userId] } })
    expect(res.status).toBe(204)
    expect(res.text).toBe('')
    expect((await call('GET', path(userId))).status).toBe(404)
    expect(store.state.members).toHaveLength(119)
  })

  it('takes exactly one member per request, and 404s an unknown one', async () => {
    const { call, store } = setup()
    const [first, second] = store.state.members
    const two = await call('POST', '/delete-memberships', {
      body: { members: [first!.user_id, second!.user_id] },
    })
    expect(two.status).toBe(400)
    expect(two.body?.validation_errors).toEqual([
      expect.objectContaining({ pointer: '/members', detail: 'must name at most 1 member' }),
    ])
    expect((await call('POST', '/delete-memberships', { body: { members: [] } })).status).toBe(400)
    const unknown = await call('POST', '/delete-memberships', { body: { members: ['auth0|x'] } })
    expect(unknown.status).toBe(404)
    expect(store.state.members).toHaveLength(120)
  })
})

describe('member roles', () => {
  it('assigns roles (204), keeping each once, and refuses roles the organization lacks', async () => {
    const { call, store } = setup()
    const { withoutRoles } = seedMembers(store)
    const url = `${path(withoutRoles.user_id)}/roles`
    const ids = [seedRoles.billing.id, seedRoles.auditor.id]
    expect((await call('POST', url, { body: { role_ids: ids } })).status).toBe(204)
    expect((await call('POST', url, { body: { role_ids: ids } })).status).toBe(204)
    const listed = (await call('GET', url)).body as unknown as { roles: Role[] }
    expect(listed.roles).toEqual([seedRoles.billing, seedRoles.auditor])

    const unknown = await call('POST', url, {
      body: { role_ids: [seedRoles.admin.id, 'rol_AAAAAAAAAAAAAAAA'] },
    })
    expect(unknown.status).toBe(400)
    expect(unknown.body?.validation_errors).toEqual([
      expect.objectContaining({ pointer: '/role_ids/1', source: 'body' }),
    ])
    expect(withoutRoles.role_ids).toEqual(ids)
  })

  it('refuses more than 10 role ids, a repeated one, and none', async () => {
    const { call, store } = setup()
    const url = `${path(store.state.members[0]!.user_id)}/roles`
    const eleven = Array.from({ length: 11 }, (_, i) => `rol_${String(i).padStart(16, '0')}`)
    const tooMany = await call('POST', url, { body: { role_ids: eleven } })
    expect(tooMany.status).toBe(400)
    expect(tooMany.body?.validation_errors).toEqual([
      expect.objectContaining({ pointer: '/role_ids', detail: 'must name at most 10 roles' }),
    ])
    const twice = [seedRoles.admin.id, seedRoles.admin.id]
    expect((await call('POST', url, { body: { role_ids: twice } })).status).toBe(400)
    expect((await call('POST', url, { body: { role_ids: [] } })).status).toBe(400)
  })

  it('removes roles with POST …/unassign-roles and with the legacy DELETE …/roles', async () => {
    const { call, store } = setup()
    const { withRoles } = seedMembers(store)
    const [first, second, ...rest] = withRoles.role_ids
    const current = await call('POST', `${path(withRoles.user_id)}/unassign-roles`, {
      body: { role_ids: [first] },
    })
    expect(current.status).toBe(204)
    expect(withRoles.role_ids).toEqual([second, ...rest])
    const legacy = await call('DELETE', `${path(withRoles.user_id)}/roles`, {
      body: { role_ids: [second] },
    })
    expect(legacy.status).toBe(204)
    expect(legacy.text).toBe('')
    expect(withRoles.role_ids).toEqual(rest)
  })

  it('answers 404 for the roles of an unknown member before reading the body', async () => {
    const { call } = setup()
    const res = await call('POST', `${path('auth0|nobody')}/unassign-roles`, { body: {} })
    expect(res.status).toBe(404)
  })
})

describe('GET /roles', () => {
  it('lists the six roles, filters by name case-insensitively, and pages', async () => {
    const { call } = setup()
    const all = (await call('GET', '/roles')).body as unknown as { roles: Role[] }
    expect(all.roles.map((role) => role.name)).toEqual([
      'Admin',
      'Member',
      'Billing manager',
      'Support agent',
      'Developer',
      'Auditor',
    ])
    for (const role of all.roles) {
      expect(role.id).toMatch(/^rol_[A-Za-z0-9]{16}$/)
      expect(role.description).toBeTruthy()
    }
    const billing = (await call('GET', '/roles?name=BILL')).body as unknown as { roles: Role[] }
    expect(billing.roles).toEqual([seedRoles.billing])
    const first = (await call('GET', '/roles?take=4')).body as unknown as { next: string }
    const rest = (await call('GET', `/roles?take=4&from=${first.next}`)).body
    expect(rest).toEqual({ roles: [seedRoles.developer, seedRoles.auditor] })
    expect((await call('GET', '/roles?name=')).status).toBe(400)
  })
})

describe('scopes', () => {
  it('lets a read-only token read members, roles and invitations but change nothing', async () => {
    const { call, store, now } = setup()
    const token = createMockAccessToken({ scopes: permissionSets.readOnly, now })
    const userId = store.state.members[0]!.user_id
    for (const url of ['/members', path(userId), `${path(userId)}/roles`, '/roles']) {
      expect((await call('GET', url, { token })).status).toBe(200)
    }
    expect((await call('GET', '/member-invitations', { token })).status).toBe(200)
    const writes: [string, string, unknown][] = [
      ['POST', '/delete-memberships', { members: [userId] }],
      ['POST', `${path(userId)}/roles`, { role_ids: [seedRoles.admin.id] }],
      ['POST', `${path(userId)}/unassign-roles`, { role_ids: [seedRoles.member.id] }],
      ['POST', '/member-invitations', { invitees: [{ email: 'a@acme.com' }] }],
      ['POST', '/delete-member-invitations', { invitations: [store.state.invitations[0]!.id] }],
    ]
    for (const [method, url, body] of writes) {
      expect((await call(method, url, { token, body })).status).toBe(403)
    }
    expect(store.state.members).toHaveLength(120)
  })
})
