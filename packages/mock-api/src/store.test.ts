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
