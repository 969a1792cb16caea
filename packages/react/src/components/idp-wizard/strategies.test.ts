import type { IdpStrategy } from '@myorg-kit/client'
import { describe, expect, it } from 'vitest'

import {
  type ConnectionRules,
  IDP_STRATEGIES,
  STRATEGIES,
  isSamlFamily,
  strategySpec,
} from './strategies.ts'
import { buildOptions } from './request-bodies.ts'
import { stepFields } from './wizard-validation.ts'
import { type IdpWizardValues, OPTION_FIELDS, emptyWizardValues } from './wizard-values.ts'

const filled = (strategy: IdpStrategy, extra: Partial<IdpWizardValues> = {}): IdpWizardValues => ({
  ...emptyWizardValues(strategy),
  metadataUrl: ' https://idp.acme.com/metadata ',
  signInEndpoint: 'https://idp.acme.com/sso',
  signingCert: 'PEM\n',
  discoveryUrl: 'https://idp.acme.com/.well-known/openid-configuration',
  clientId: ' cid ',
  clientSecret: ' secret ',
  domain: 'acme.okta.com',
  tenantDomain: 'acme.onmicrosoft.com',
  adfsServer: 'https://adfs.acme.com',
  metadataXml: '<xml/>',
  metadataFileName: 'FederationMetadata.xml',
  pingBaseUrl: 'https://sso.acme.com:9031',
  ...extra,
})

/** Runs a strategy's rules and lists the checks it asked for, in order. */
function checks(
  strategy: IdpStrategy,
  mode: 'create' | 'edit',
  extra: Partial<IdpWizardValues> = {},
): string[] {
  const asked: string[] = []
  const rules: ConnectionRules = {
    url: (field) => asked.push(`url:${field}`),
    host: (field) => asked.push(`host:${field}`),
    clientId: () => asked.push('clientId'),
    secret: () => asked.push('secret'),
    certificate: () => asked.push('certificate'),
    metadataFile: () => asked.push('metadataFile'),
    metadataConnection: () => asked.push('metadataConnection'),
  }
  strategySpec(strategy).validate({ ...emptyWizardValues(strategy), ...extra }, rules, mode)
  return asked
}

describe('the strategy table', () => {
  it('covers every strategy, in the order the wizard offers them', () => {
    expect(IDP_STRATEGIES).toEqual([
      'okta',
      'waad',
      'google-apps',
      'samlp',
      'oidc',
      'adfs',
      'pingfederate',
    ])
    expect(Object.keys(STRATEGIES)).toEqual(IDP_STRATEGIES)
  })

  it('knows the family and who needs the secret with options', () => {
    expect(IDP_STRATEGIES.filter(isSamlFamily)).toEqual(['samlp', 'adfs', 'pingfederate'])
    expect(IDP_STRATEGIES.filter((strategy) => STRATEGIES[strategy].secretRequired)).toEqual([
      'okta',
      'waad',
      'google-apps',
    ])
  })

  it('lists connection fields that are all option fields, in the order shown', () => {
    for (const strategy of IDP_STRATEGIES) {
      for (const field of STRATEGIES[strategy].connectionFields) {
        expect(OPTION_FIELDS).toContain(field)
      }
    }
    expect(STRATEGIES.okta.connectionFields).toEqual(['domain', 'clientId', 'clientSecret'])
    expect(STRATEGIES.waad.connectionFields).toEqual(['tenantDomain', 'clientId', 'clientSecret'])
  })
})

describe('options', () => {
  it('hosted IdPs send their domain and trimmed credentials', () => {
    const credentials = { client_id: 'cid', client_secret: 'secret' }
    expect(buildOptions('okta', filled('okta'))).toEqual({
      domain: 'acme.okta.com',
      ...credentials,
    })
    expect(buildOptions('google-apps', filled('google-apps'))).toEqual({
      domain: 'acme.okta.com',
      ...credentials,
    })
    expect(buildOptions('waad', filled('waad'))).toEqual({
      tenant_domain: 'acme.onmicrosoft.com',
      ...credentials,
    })
  })

  it('SAML sends the metadata URL, or the sign-in URL and certificate, with signing', () => {
    const signing = {
      signSAMLRequest: false,
      signatureAlgorithm: 'rsa-sha256',
      digestAlgorithm: 'sha256',
    }
    expect(buildOptions('samlp', filled('samlp'))).toEqual({
      metadataUrl: 'https://idp.acme.com/metadata',
      ...signing,
    })
    const binding = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST'
    expect(
      buildOptions('samlp', filled('samlp', { samlSource: 'manual', protocolBinding: binding })),
    ).toEqual({
      signInEndpoint: 'https://idp.acme.com/sso',
      signingCert: 'PEM',
      ...signing,
      protocolBinding: binding,
    })
  })

  it('OIDC sends the secret only on the back channel, and only when typed', () => {
    const oidc = filled('oidc')
    expect(buildOptions('oidc', oidc)).toMatchObject({
      type: 'back_channel',
      client_secret: 'secret',
    })
    expect(buildOptions('oidc', { ...oidc, clientSecret: ' ' })).not.toHaveProperty('client_secret')
    expect(buildOptions('oidc', { ...oidc, oidcType: 'front_channel' })).toEqual({
      type: 'front_channel',
      client_id: 'cid',
      discovery_url: 'https://idp.acme.com/.well-known/openid-configuration',
    })
  })

  it('ADFS sends the server or the metadata document; PingFederate its URL and certificate', () => {
    expect(buildOptions('adfs', filled('adfs'))).toEqual({ adfs_server: 'https://adfs.acme.com' })
    expect(buildOptions('adfs', filled('adfs', { adfsSource: 'metadataXml' }))).toEqual({
      fedMetadataXml: '<xml/>',
    })
    expect(buildOptions('pingfederate', filled('pingfederate'))).toEqual({
      pingFederateBaseUrl: 'https://sso.acme.com:9031',
      signingCert: 'PEM',
      signSAMLRequest: false,
      signatureAlgorithm: 'rsa-sha256',
      digestAlgorithm: 'sha256',
    })
  })
})

describe('review cells', () => {
  const fields = (strategy: IdpStrategy, extra: Partial<IdpWizardValues> = {}) =>
    strategySpec(strategy)
      .review(filled(strategy, extra))
      .map((cell) => `${cell.field}:${cell.kind}`)

  it('show what each strategy sends', () => {
    expect(fields('okta')).toEqual(['domain:text', 'clientId:text', 'clientSecret:secret'])
    expect(fields('waad')).toEqual(['tenantDomain:text', 'clientId:text', 'clientSecret:secret'])
    expect(fields('oidc')).toEqual([
      'discoveryUrl:text',
      'clientId:text',
      'oidcType:oidcType',
      'clientSecret:secret',
    ])
    expect(fields('oidc', { oidcType: 'front_channel' })).not.toContain('clientSecret:secret')
    expect(fields('adfs')).toEqual(['adfsServer:text'])
    expect(fields('adfs', { adfsSource: 'metadataXml' })).toEqual(['metadataXml:metadataFile'])
    expect(fields('pingfederate')).toEqual([
      'pingBaseUrl:text',
      'signingCert:certificate',
      'signSAMLRequest:yesNo',
      'signatureAlgorithm:text',
      'digestAlgorithm:text',
    ])
  })

  it('SAML shows the source it uses', () => {
    const signing = ['signSAMLRequest:yesNo', 'signatureAlgorithm:text', 'digestAlgorithm:text']
    expect(fields('samlp')).toEqual(['metadataUrl:text', ...signing])
    expect(fields('samlp', { samlSource: 'metadataXml' })).toEqual([
      'metadataXml:metadataFile',
      'signInEndpoint:text',
      'signingCert:certificate',
      ...signing,
    ])
    expect(fields('samlp', { samlSource: 'manual' })).toEqual([
      'signInEndpoint:text',
      'signingCert:certificate',
      ...signing,
    ])
  })
})

describe('connection rules', () => {
  it('hosted IdPs check the host, the client ID and the secret', () => {
    expect(checks('okta', 'create')).toEqual(['host:domain', 'clientId', 'secret'])
    expect(checks('waad', 'edit')).toEqual(['host:tenantDomain', 'clientId', 'secret'])
  })

  it('OIDC asks for the secret on create with the back channel only', () => {
    expect(checks('oidc', 'create')).toEqual(['url:discoveryUrl', 'clientId', 'secret'])
    expect(checks('oidc', 'edit')).toEqual(['url:discoveryUrl', 'clientId'])
    expect(checks('oidc', 'create', { oidcType: 'front_channel' })).not.toContain('secret')
  })

  it('SAML and ADFS check the source they use; PingFederate its URL and certificate', () => {
    expect(checks('samlp', 'create')).toEqual(['url:metadataUrl'])
    // What a metadata file filled in is checked on the file (its fields are not on screen).
    expect(checks('samlp', 'create', { samlSource: 'metadataXml' })).toEqual(['metadataConnection'])
    expect(checks('samlp', 'create', { samlSource: 'metadataXml', metadataXml: '<x/>' })).toEqual([
      'metadataConnection',
    ])
    expect(checks('samlp', 'create', { samlSource: 'manual' })).toEqual([
      'url:signInEndpoint',
      'certificate',
    ])
    expect(checks('adfs', 'create')).toEqual(['url:adfsServer'])
    expect(checks('adfs', 'create', { adfsSource: 'metadataXml' })).toEqual(['metadataFile'])
    expect(checks('pingfederate', 'create')).toEqual(['url:pingBaseUrl', 'certificate'])
  })
})

describe('stepFields', () => {
  it('validates each step’s own fields', () => {
    expect(stepFields('provider', '')).toEqual(['strategy'])
    expect(stepFields('sp-values', 'samlp')).toEqual(['name'])
    expect(stepFields('sp-values', 'okta')).toEqual([])
    expect(stepFields('connection', 'okta')).toEqual(['domain', 'clientId', 'clientSecret'])
    expect(stepFields('connection', '')).toEqual([])
    expect(stepFields('details', 'okta')).toEqual(['name', 'displayName'])
    expect(stepFields('review', 'okta')).toEqual([])
  })
})
