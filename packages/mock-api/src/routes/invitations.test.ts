import { describe, expect, it } from 'vitest'

import type { MemberInvitation, Role } from '@myorg-kit/client'

import { seedOrganizationId } from '../seed.ts'
import { seedRoles } from '../seed/roles.ts'
import { idpId, setup, start } from '../test/handler-harness.ts'

interface Page {
  invitations: MemberInvitation[]
  next?: string
}

const day = 24 * 60 * 60 * 1000
const invite = (email: string, extra: Record<string, unknown> = {}) => ({
  invitees: [{ email }],
  ...extra,
})

async function listAll(call: ReturnType<typeof setup>['call'], query = '') {
  const res = await call('GET', `/member-invitations?take=100${query}`)
  expect(res.status).toBe(200)
  return (res.body as unknown as Page).invitations
}

describe('GET /member-invitations', () => {
  it('lists pending, expiring and expired invitations from several inviters, newest first', async () => {
    const { call } = setup()
    const invitations = await listAll(call)
    const expiry = invitations.map((one) => Date.parse(one.expires_at!) - start)
    expect(expiry.filter((left) => left > day).length).toBeGreaterThanOrEqual(3)
    expect(expiry.filter((left) => left > 0 && left <= day).length).toBeGreaterThanOrEqual(2)
    expect(expiry.filter((left) => left <= 0).length).toBeGreaterThanOrEqual(2)
    expect(new Set(invitations.map((one) => one.inviter?.name)).size).toBeGreaterThanOrEqual(4)
    const created = invitations.map((one) => Date.parse(one.created_at!))
    expect(created).toEqual([...created].sort((a, b) => b - a))
    for (const one of invitations) {
      expect(one.id).toMatch(/^uinv_[A-Za-z0-9]{16}$/)
      expect(one.organization_id).toBe(seedOrganizationId)
      expect(one.ticket_id).toBeTruthy()
    }
  })

  it('sorts oldest first with sort=created_at:1 and refuses any other sort', async () => {
    const { call } = setup()
    const oldest = await listAll(call, '&sort=created_at:1')
    const created = oldest.map((one) => Date.parse(one.created_at!))
    expect(created).toEqual([...created].sort((a, b) => a - b))
    const refused = await call('GET', '/member-invitations?sort=expires_at:1')
    expect(refused.status).toBe(400)
    expect(refused.body?.validation_errors).toEqual([
      expect.objectContaining({ pointer: '/sort', source: 'query' }),
    ])
  })

  it('selects fields (never ticket_id then) and refuses a field the API does not list', async () => {
    const { call } = setup()
    const only = await listAll(call, '&fields=invitee,expires_at')
    expect(Object.keys(only[0]!).sort()).toEqual(['expires_at', 'invitee'])
    const without = await listAll(call, '&fields=roles&include_fields=false')
    expect(without[0]).not.toHaveProperty('roles')
    expect(without[0]).not.toHaveProperty('ticket_id')
    expect(without[0]).toHaveProperty('invitation_url')
    expect((await call('GET', '/member-invitations?fields=ticket_id')).status).toBe(400)
  })

  it('pages with take and the next cursor', async () => {
    const { call, store } = setup()
    const first = (await call('GET', '/member-invitations?take=4')).body as unknown as Page
    const second = (await call('GET', `/member-invitations?take=4&from=${first.next!}`))
      .body as unknown as Page
    const third = (await call('GET', `/member-invitations?take=4&from=${second.next!}`))
      .body as unknown as Page
    const ids = [...first.invitations, ...second.invitations, ...third.invitations].map(
      (one) => one.id,
    )
    expect(new Set(ids).size).toBe(store.state.invitations.length)
    expect(third.next).toBeUndefined()
  })
})

describe('POST /member-invitations', () => {
  it('creates one invitation per invitee (201), valid for 7 days when ttl_sec is absent or 0', async () => {
    const { call, advance } = setup()
    advance(1000)
    for (const ttl of [{}, { ttl_sec: 0 }]) {
      const res = await call('POST', '/member-invitations', {
        body: {
          invitees: [
            { email: `a${Object.keys(ttl).length}@acme.com`, roles: [seedRoles.member.id] },
            { email: `b${Object.keys(ttl).length}@acme.com` },
          ],
          inviter: { name: 'Dana Reyes' },
          ...ttl,
        },
      })
      expect(res.status).toBe(201)
      const created = res.json as MemberInvitation[]
      expect(created).toHaveLength(2)
      expect(created[0]).toMatchObject({
        inviter: { name: 'Dana Reyes' },
        roles: [seedRoles.member.id],
        created_at: new Date(start + 1000).toISOString(),
        expires_at: new Date(start + 1000 + 7 * day).toISOString(),
      })
      expect(created[1]!.roles).toEqual([])
    }
  })

  it('takes ttl_sec up to 30 days and refuses more, or a negative one', async () => {
    const { call } = setup()
    const month = await call('POST', '/member-invitations', {
      body: invite('m@acme.com', { ttl_sec: 2_592_000 }),
    })
    expect(month.status).toBe(201)
    expect(Date.parse((month.json as MemberInvitation[])[0]!.expires_at!) - start).toBe(30 * day)
    for (const ttl of [2_592_001, -1, 1.5]) {
      const refused = await call('POST', '/member-invitations', {
        body: invite('m@acme.com', { ttl_sec: ttl }),
      })
      expect(refused.status).toBe(400)
      expect(refused.body?.validation_errors).toEqual([
        expect.objectContaining({ pointer: '/ttl_sec', source: 'body' }),
      ])
    }
  })

  it("builds invitation_url in Auth0's form from the login URI, ticket and organization", async () => {
    const { call, store } = setup()
    store.state.loginUri = 'https://app.lumen.example/login'
    const res = await call('POST', '/member-invitations', { body: invite('u@acme.com') })
    const [created] = res.json as MemberInvitation[]
    expect(created!.invitation_url).toBe(
      `https://app.lumen.example/login?invitation=${created!.ticket_id!}&organization=${seedOrganizationId}&organization_name=acme-corp`,
    )
    expect(created!.ticket_id).toMatch(/^[A-Za-z0-9]{32}$/)
  })

  it('replaces the active invitation of an email it invites again, but not an expired one', async () => {
    const { call, store } = setup()
    const pending = store.state.invitations.find((one) => Date.parse(one.expires_at) > start + day)!
    const expired = store.state.invitations.find((one) => Date.parse(one.expires_at) < start)!
    const again = await call('POST', '/member-invitations', {
      body: {
        invitees: [
          { email: pending.invitee.email.toUpperCase() },
          { email: expired.invitee.email },
        ],
      },
    })
    expect(again.status).toBe(201)
    expect((await call('GET', `/member-invitations/${pending.id}`)).status).toBe(404)
    expect((await call('GET', `/member-invitations/${expired.id}`)).status).toBe(200)
    const emails = (await listAll(call)).map((one) => one.invitee?.email?.toLowerCase())
    expect(emails.filter((email) => email === pending.invitee.email)).toHaveLength(1)
    expect(emails.filter((email) => email === expired.invitee.email)).toHaveLength(2)
  })

  it('refuses 11 invitees, 11 roles for one invitee, and an address that is not an email', async () => {
    const { call, store } = setup()
    const before = store.state.invitations.length
    const eleven = Array.from({ length: 11 }, (_, i) => ({ email: `p${i}@acme.com` }))
    const tooMany = await call('POST', '/member-invitations', { body: { invitees: eleven } })
    expect(tooMany.status).toBe(400)
    expect(tooMany.body?.validation_errors).toEqual([
      expect.objectContaining({ pointer: '/invitees', detail: 'must name at most 10 invitees' }),
    ])
    const roles = Array.from({ length: 11 }, (_, i) => `rol_${String(i).padStart(16, '0')}`)
    const tooManyRoles = await call('POST', '/member-invitations', {
      body: { invitees: [{ email: 'r@acme.com', roles }] },
    })
    expect(tooManyRoles.body?.validation_errors).toEqual([
      expect.objectContaining({ pointer: '/invitees/0/roles' }),
    ])
    const notEmail = await call('POST', '/member-invitations', { body: invite('nope') })
    expect(notEmail.body?.validation_errors).toEqual([
      expect.objectContaining({ pointer: '/invitees/0/email' }),
    ])
    expect(store.state.invitations).toHaveLength(before)
  })

  it('needs roles and an identity provider of the organization', async () => {
    const { call, store } = setup()
    const hidden = store.state.identityProviders.find((idp) => idp.access_level === 'none')!
    const res = await call('POST', '/member-invitations', {
      body: {
        invitees: [
          { email: 'x@acme.com', roles: [seedRoles.member.id] },
          { email: 'y@acme.com', roles: ['rol_AAAAAAAAAAAAAAAA'] },
        ],
        identity_provider_id: hidden.id,
      },
    })
    expect(res.status).toBe(400)
    expect(res.body?.validation_errors).toEqual([
      expect.objectContaining({ pointer: '/identity_provider_id' }),
      expect.objectContaining({ pointer: '/invitees/1/roles/0' }),
    ])
    const okta = await call('POST', '/member-invitations', {
      body: invite('z@acme.com', { identity_provider_id: idpId(store, 'acme-okta') }),
    })
    expect(okta.status).toBe(201)
    expect((okta.json as MemberInvitation[])[0]!.identity_provider_id).toBe(
      idpId(store, 'acme-okta'),
    )
  })
})

describe('one invitation, its roles, and revoking', () => {
  it('gets an invitation and its roles; 404 for an unknown id, 400 for a malformed one', async () => {
    const { call, store } = setup()
    const withRoles = store.state.invitations.find((one) => one.roles.length === 2)!
    const res = await call('GET', `/member-invitations/${withRoles.id}`)
    expect(res.body).toEqual(withRoles)
    const roles = await call('GET', `/member-invitations/${withRoles.id}/roles`)
    expect((roles.body as unknown as { roles: Role[] }).roles.map((role) => role.id)).toEqual(
      withRoles.roles,
    )
    expect((await call('GET', '/member-invitations/uinv_AAAAAAAAAAAAAAAA')).status).toBe(404)
    expect((await call('GET', '/member-invitations/inv_1')).status).toBe(400)
  })

  it('revokes up to 10 with POST /delete-member-invitations, all or nothing', async () => {
    const { call, store } = setup()
    const [first, second] = store.state.invitations
    const unknown = await call('POST', '/delete-member-invitations', {
      body: { invitations: [first!.id, 'uinv_AAAAAAAAAAAAAAAA'] },
    })
    expect(unknown.status).toBe(404)
    expect(store.findInvitation(first!.id)).toBeDefined()
    const res = await call('POST', '/delete-member-invitations', {
      body: { invitations: [first!.id, second!.id] },
    })
    expect(res.status).toBe(204)
    expect(res.text).toBe('')
    expect(store.findInvitation(first!.id)).toBeUndefined()
    expect(store.findInvitation(second!.id)).toBeUndefined()
    const ids = Array.from({ length: 11 }, (_, i) => `uinv_${String(i).padStart(16, '0')}`)
    const tooMany = await call('POST', '/delete-member-invitations', { body: { invitations: ids } })
    expect(tooMany.status).toBe(400)
    expect(tooMany.body?.validation_errors).toEqual([
      expect.objectContaining({ pointer: '/invitations' }),
    ])
  })

  it('revokes one with the legacy DELETE /member-invitations/{id}', async () => {
    const { call, store } = setup()
    const target = store.state.invitations[0]!
    const res = await call('DELETE', `/member-invitations/${target.id}`)
    expect(res.status).toBe(204)
    expect(store.findInvitation(target.id)).toBeUndefined()
    expect((await call('DELETE', `/member-invitations/${target.id}`)).status).toBe(404)
  })
})
