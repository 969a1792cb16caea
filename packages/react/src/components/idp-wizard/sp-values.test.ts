import { describe, expect, it } from 'vitest'

import { getServiceProviderValues, tenantNameFromDomain } from './sp-values.ts'
import { identityProvidersConfigurationKey as configurationKey } from '../../lib/identity-provider.ts'
import { availableStrategies } from './strategies.ts'

describe('getServiceProviderValues', () => {
  const domain = 'acme.eu.auth0.com'

  it.each(['oidc', 'okta', 'waad', 'google-apps'] as const)('%s: the callback URL', (strategy) => {
    expect(getServiceProviderValues({ strategy, domain, connectionName: 'x' })).toEqual({
      kind: 'oauth',
      callbackUrl: 'https://acme.eu.auth0.com/login/callback',
    })
  })

  it.each(['samlp', 'pingfederate'] as const)(
    '%s: ACS URL, entity ID, metadata URL',
    (strategy) => {
      expect(getServiceProviderValues({ strategy, domain, connectionName: 'acme-saml' })).toEqual({
        kind: 'saml',
        acsUrl: 'https://acme.eu.auth0.com/login/callback?connection=acme-saml',
        entityId: 'urn:auth0:acme:acme-saml',
        metadataUrl: 'https://acme.eu.auth0.com/samlp/metadata?connection=acme-saml',
      })
    },
  )

  it('adfs: WS-Federation endpoint, identifier, federation metadata', () => {
    expect(
      getServiceProviderValues({ strategy: 'adfs', domain, connectionName: 'acme-adfs' }),
    ).toEqual({
      kind: 'saml',
      acsUrl: 'https://acme.eu.auth0.com/login/callback',
      entityId: 'urn:auth0:acme:acme-adfs',
      metadataUrl:
        'https://acme.eu.auth0.com/wsfed/FederationMetadata/2007-06/FederationMetadata.xml',
    })
  })

  it('custom domain: URLs on it, entity ID with the given tenant name', () => {
    const values = getServiceProviderValues({
      strategy: 'samlp',
      domain: 'https://login.acme.com/',
      connectionName: 'acme-saml',
      tenantName: 'acme-prod',
    })
    expect(values).toMatchObject({
      acsUrl: 'https://login.acme.com/login/callback?connection=acme-saml',
      entityId: 'urn:auth0:acme-prod:acme-saml',
    })
  })

  it('keeps http:// for a local tenant', () => {
    expect(
      getServiceProviderValues({
        strategy: 'oidc',
        domain: 'http://localhost:4000',
        connectionName: 'x',
      }),
    ).toEqual({ kind: 'oauth', callbackUrl: 'http://localhost:4000/login/callback' })
    expect(tenantNameFromDomain('dev-123.us.auth0.com')).toBe('dev-123')
  })
})

describe('availableStrategies', () => {
  const profile = (keys: string[]) => ({
    organization: { can_set_show_as_button: true, can_set_assign_membership_on_login: true },
    strategies: Object.fromEntries(
      keys.map((k) => [k, { enabled_features: [], provisioning_methods: [] }]),
    ),
  })

  it('needs both allowed_strategies and a Connection Profile entry (googleapps key)', () => {
    expect(configurationKey('google-apps')).toBe('googleapps')
    expect(
      availableStrategies(
        { allowed_strategies: ['google-apps', 'okta', 'samlp'] },
        profile(['googleapps', 'samlp', 'oidc']),
      ),
    ).toEqual(['google-apps', 'samlp'])
  })

  it('does not restrict when a document is missing (404 → null)', () => {
    expect(availableStrategies(null, null)).toHaveLength(7)
    expect(availableStrategies({ allowed_strategies: ['oidc'] }, null)).toEqual(['oidc'])
  })
})
