import type {
  IdentityProvider,
  IdentityProviderListItem,
  MinimalIdentityProvider,
  OperationName,
  OrganizationAccessLevel,
} from '@myorg-kit/client'
import { describe, expect, it } from 'vitest'

import {
  type ProviderAbilities,
  isKnownStrategy,
  providerAbilities,
  providerKindOf,
} from './provider-abilities.ts'

function known(level: OrganizationAccessLevel | undefined, extra: Partial<IdentityProvider> = {}) {
  return {
    id: 'con_Kn0wnOkta000001',
    name: 'acme-okta',
    strategy: 'okta',
    options: {},
    attributes: [],
    ...(level === undefined ? {} : { access_level: level }),
    ...extra,
  } as IdentityProvider
}

function minimal(level: OrganizationAccessLevel): MinimalIdentityProvider {
  return {
    id: 'con_Min1mal00000001',
    display_name: 'Contractors',
    is_enabled: true,
    access_level: level,
  }
}

const every = (): boolean => true
const without =
  (...missing: OperationName[]) =>
  (operation: OperationName): boolean =>
    !missing.includes(operation)

const all: ProviderAbilities = {
  toggle: true,
  edit: true,
  refresh: true,
  domains: true,
  provisioning: true,
  detach: true,
  delete: true,
}
const none: ProviderAbilities = {
  toggle: false,
  edit: false,
  refresh: false,
  domains: false,
  provisioning: false,
  detach: false,
  delete: false,
}

describe('providerKindOf', () => {
  it('tells a known strategy, the minimal "none" shape and an unknown type apart', () => {
    expect(providerKindOf(known('limited'))).toMatchObject({ kind: 'known', level: 'limited' })
    expect(providerKindOf(known(undefined))).toMatchObject({ kind: 'known', level: 'full' })
    expect(providerKindOf(minimal('none'))).toEqual({ kind: 'managed', level: 'none' })
    // The API sends the minimal shape only for `none`: any other level is a type the client
    // could not read.
    expect(providerKindOf(minimal('full'))).toEqual({ kind: 'unknown', level: 'full' })
    const unknownStrategy = {
      ...known('full'),
      strategy: 'ad',
    } as unknown as IdentityProviderListItem
    expect(providerKindOf(unknownStrategy)).toEqual({ kind: 'unknown', level: 'full' })
  })

  it('knows exactly the seven strategies', () => {
    const strategies = ['adfs', 'google-apps', 'oidc', 'okta', 'pingfederate', 'samlp', 'waad']
    expect(strategies.every(isKnownStrategy)).toBe(true)
    expect(['ad', 'googleapps', 'toString', ''].some(isKnownStrategy)).toBe(false)
  })
})

describe('providerAbilities', () => {
  it('full access: everything the scopes allow', () => {
    expect(providerAbilities(known('full'), every, false)).toEqual(all)
    expect(providerAbilities(known(undefined), every, false)).toEqual(all)
  })

  it('limited: the switch, edit and refresh only', () => {
    expect(providerAbilities(known('limited'), every, false)).toEqual({
      ...none,
      toggle: true,
      edit: true,
      refresh: true,
    })
  })

  it('readonly and none: nothing', () => {
    expect(providerAbilities(known('readonly'), every, false)).toEqual(none)
    expect(providerAbilities(known('none'), every, false)).toEqual(none)
    expect(providerAbilities(minimal('none'), every, false)).toEqual(none)
  })

  it('a provider of an unknown type: nothing, whatever its level', () => {
    expect(providerAbilities(minimal('full'), every, false)).toEqual(none)
    const unknownStrategy = {
      ...known('full'),
      strategy: 'ad',
    } as unknown as IdentityProviderListItem
    expect(providerAbilities(unknownStrategy, every, false)).toEqual(none)
  })

  it('readOnly: nothing, even with full access and every scope', () => {
    expect(providerAbilities(known('full'), every, true)).toEqual(none)
  })

  it('follows the scopes', () => {
    expect(providerAbilities(known('full'), without('updateIdentityProvider'), false)).toEqual({
      ...all,
      toggle: false,
      edit: false,
    })
    expect(
      providerAbilities(known('full'), without('addIdentityProviderDomain'), false).domains,
    ).toBe(true)
    expect(
      providerAbilities(
        known('full'),
        without('addIdentityProviderDomain', 'removeIdentityProviderDomain'),
        false,
      ).domains,
    ).toBe(false)
    expect(providerAbilities(known('full'), without('getProvisioning'), false).provisioning).toBe(
      false,
    )
    expect(providerAbilities(known('full'), without('deleteIdentityProvider'), false)).toEqual({
      ...all,
      delete: false,
    })
  })

  it('offers refresh only for a provider with an attribute mapping', () => {
    expect(providerAbilities(known('full', { attributes: undefined }), every, false).refresh).toBe(
      false,
    )
    expect(
      providerAbilities(known('full'), without('refreshIdentityProviderAttributes'), false).refresh,
    ).toBe(false)
  })
})
