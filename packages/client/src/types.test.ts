import { describe, expect, it } from 'vitest'

import { identityProvidersConfigurationKey } from './types.ts'

describe('identityProvidersConfigurationKey', () => {
  it('spells Google Workspace as the configuration does (googleapps)', () => {
    expect(identityProvidersConfigurationKey('google-apps')).toBe('googleapps')
  })

  it('keeps every other strategy as it is', () => {
    expect(identityProvidersConfigurationKey('samlp')).toBe('samlp')
    expect(identityProvidersConfigurationKey('oidc')).toBe('oidc')
  })
})
