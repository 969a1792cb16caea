import { describe, expect, it } from 'vitest'

import { randomId, seedId } from './ids.ts'
import { createDefaultSeed, createDomainFixture } from './seed.ts'
import { createMyOrgStore } from './store.ts'

describe('createMyOrgStore', () => {
  it('seeds Acme Corp with spec-shaped ids', () => {
    const { state } = createMyOrgStore()
    expect(state.organization.id).toMatch(/^org_[A-Za-z0-9]{16}$/)
    for (const domain of state.domains) {
      expect(domain.id).toMatch(/^ord_[A-Za-z0-9]{22}$/)
      expect(domain.org_id).toBe(state.organization.id)
    }
    for (const idp of state.identityProviders) {
      expect(idp.id).toMatch(/^con_[A-Za-z0-9]{16}$/)
      expect(JSON.stringify(idp.options)).not.toMatch(/client_secret|signingCert/)
    }
    for (const token of state.scimTokens) {
      expect(token.token_id).toMatch(/^tok_[A-Za-z0-9]{16}$/)
    }
    expect(new Set(state.identityProviders.map((idp) => idp.access_level))).toEqual(
      new Set(['full', 'limited', 'readonly', 'none']),
    )
  })

  it('is deterministic across instances', () => {
    expect(createMyOrgStore().state.domains.map((d) => d.id)).toEqual(
      createMyOrgStore().state.domains.map((d) => d.id),
    )
    expect(seedId('con', 'x')).toBe(seedId('con', 'x'))
    expect(seedId('con', 'x')).not.toBe(seedId('con', 'y'))
    expect(randomId('tok')).toMatch(/^tok_[A-Za-z0-9]{16}$/)
    expect(randomId('ord')).not.toBe(randomId('ord'))
  })

  it('reset() restores the seed after changes', () => {
    const store = createMyOrgStore()
    store.state.domains.length = 0
    store.state.identityProviders[0]!.display_name = 'changed'
    store.publishTxtRecord('x.example', 'v')
    store.reset()
    expect(store.state.domains).toHaveLength(5)
    expect(store.state.identityProviders[0]!.display_name).toBe('Acme Okta')
    expect(store.lookupTxt('x.example')).toEqual([])
  })

  it('takes overrides, keeps them on reset(), and reset(seed) swaps them', () => {
    const store = createMyOrgStore({ domains: [] })
    expect(store.state.domains).toEqual([])
    expect(store.state.identityProviders).toHaveLength(8)
    store.state.domains.push(createDomainFixture('a.example'))
    store.reset()
    expect(store.state.domains).toEqual([])
    store.reset({ domains: [createDomainFixture('b.example', { status: 'verified' })] })
    expect(store.state.domains.map((d) => `${d.domain}:${d.status}`)).toEqual([
      'b.example:verified',
    ])
  })

  it('never shares objects with the seed it was built from', () => {
    const seed = createDefaultSeed()
    const store = createMyOrgStore(seed)
    store.state.domains[0]!.status = 'failed'
    expect(seed.domains[0]!.status).toBe('verified')
  })

  it('places the expiring and the expired SCIM tokens relative to the clock', () => {
    const now = Date.UTC(2030, 0, 1)
    const store = createMyOrgStore({}, { now: () => now })
    const expiring = store.state.scimTokens.filter((token) => token.valid_until)
    expect(expiring.map((token) => Date.parse(token.valid_until!) - now)).toEqual([
      3 * 24 * 60 * 60 * 1000,
      -5 * 24 * 60 * 60 * 1000,
    ])
    expect(store.state.scimTokens.some((token) => !token.valid_until)).toBe(true)
  })

  it('setUserCount refuses an unknown provider', () => {
    expect(() => {
      createMyOrgStore().setUserCount('con_AAAAAAAAAAAAAAAA', 1)
    }).toThrow(/No identity provider/)
  })
})

describe('reset with overrides', () => {
  it('applies overrides to that reset only', () => {
    const store = createMyOrgStore()
    const seeded = store.state.domains.length
    expect(seeded).toBeGreaterThan(0)
    store.reset({ domains: [] })
    expect(store.state.domains).toHaveLength(0)
    store.reset()
    expect(store.state.domains).toHaveLength(seeded)
  })
})

describe('members, roles and invitations in the seed', () => {
  it('has 120 distinct members whose roles all exist, and six roles', () => {
    const { state } = createMyOrgStore()
    expect(state.members).toHaveLength(120)
    expect(new Set(state.members.map((member) => member.user_id)).size).toBe(120)
    expect(new Set(state.members.map((member) => member.email)).size).toBe(120)
    expect(new Set(state.members.map((member) => member.name)).size).toBe(120)
    expect(state.roles).toHaveLength(6)
    const roleIds = new Set(state.roles.map((role) => role.id))
    for (const role of state.roles) {
      expect(role.id).toMatch(/^rol_[A-Za-z0-9]{16}$/)
    }
    for (const member of state.members) {
      expect(member.user_id).toMatch(/^(?=.{1,1024}$).+\|.+$/)
      expect(member.role_ids.every((id) => roleIds.has(id))).toBe(true)
    }
    expect(state.members.some((member) => member.role_ids.length === 0)).toBe(true)
  })

  it('places sign-ups, last logins and invitation expiry before or around the clock', () => {
    const now = Date.UTC(2030, 0, 1)
    const { state } = createMyOrgStore({}, { now: () => now })
    for (const member of state.members) {
      const created = Date.parse(member.created_at)
      expect(created).toBeLessThan(now)
      if (member.last_login) {
        expect(Date.parse(member.last_login)).toBeGreaterThan(created)
        expect(Date.parse(member.last_login)).toBeLessThan(now)
      }
    }
    const left = state.invitations.map((invitation) => Date.parse(invitation.expires_at) - now)
    const day = 24 * 60 * 60 * 1000
    expect(left.some((ms) => ms > day)).toBe(true)
    expect(left.some((ms) => ms > 0 && ms <= day)).toBe(true)
    expect(left.some((ms) => ms <= 0)).toBe(true)
    for (const invitation of state.invitations) {
      expect(invitation.id).toMatch(/^uinv_[A-Za-z0-9]{16}$/)
      expect(invitation.roles.every((id) => state.roles.some((role) => role.id === id))).toBe(true)
    }
  })

  it('is the same on every run and comes back on reset()', () => {
    const store = createMyOrgStore({}, { now: () => 0 })
    expect(store.state.members).toEqual(createMyOrgStore({}, { now: () => 0 }).state.members)
    expect(store.state.invitations).toEqual(
      createMyOrgStore({}, { now: () => 0 }).state.invitations,
    )
    store.state.members.length = 0
    store.state.invitations.length = 0
    store.reset()
    expect(store.state.members).toHaveLength(120)
    expect(store.state.invitations.length).toBeGreaterThan(0)
  })
})
