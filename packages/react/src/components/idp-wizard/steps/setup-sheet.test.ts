import { describe, expect, it } from 'vitest'

import { createMyOrgTranslator } from '../../../i18n/translator.ts'
import { frFR } from '../../../locales/fr-FR.ts'
import { getServiceProviderValues } from '../sp-values.ts'
import {
  guideSteps,
  serviceProviderRows,
  setupSheetFileName,
  setupSheetText,
} from './setup-sheet.ts'

const { t } = createMyOrgTranslator()
const domain = 'acme.eu.auth0.com'

describe('serviceProviderRows', () => {
  it('labels the SAML values, with ADFS’s own names', () => {
    const saml = getServiceProviderValues({ strategy: 'samlp', domain, connectionName: 'acme' })
    expect(serviceProviderRows(t, 'samlp', saml).map(([label]) => label)).toEqual([
      'ACS URL (single sign-on URL)',
      'Entity ID (audience)',
      'Service provider metadata URL',
    ])
    const adfs = getServiceProviderValues({ strategy: 'adfs', domain, connectionName: 'acme' })
    expect(serviceProviderRows(t, 'adfs', adfs)).toEqual([
      ['Relying party WS-Federation passive endpoint', 'https://acme.eu.auth0.com/login/callback'],
      ['Relying party identifier', 'urn:auth0:acme:acme'],
      [
        'Federation metadata URL',
        'https://acme.eu.auth0.com/wsfed/FederationMetadata/2007-06/FederationMetadata.xml',
      ],
    ])
  })

  it('gives OAuth strategies the callback URL only', () => {
    const oauth = getServiceProviderValues({ strategy: 'okta', domain, connectionName: 'x' })
    expect(serviceProviderRows(t, 'okta', oauth)).toEqual([
      ['Callback URL (redirect URI)', 'https://acme.eu.auth0.com/login/callback'],
    ])
  })
})

describe('setupSheetText', () => {
  it('holds the values, the numbered vendor steps and what to send back', () => {
    const rows = [
      ['Callback URL (redirect URI)', 'https://acme.eu.auth0.com/login/callback'],
    ] as const
    const text = setupSheetText(t, 'okta', rows)
    const steps = guideSteps(t, 'okta')
    expect(text).toBe(
      [
        'Single sign-on setup: Okta',
        '',
        'Enter these values in your identity provider, then send back what step 3 asks for.',
        '',
        'Callback URL (redirect URI):\n  https://acme.eu.auth0.com/login/callback',
        '',
        'Steps in Okta',
        ...steps.map((line, index) => `${String(index + 1)}. ${line}`),
        '',
        'Please send back:',
        '  Okta domain, client ID, client secret',
        '',
      ].join('\n'),
    )
    expect(steps.length).toBeGreaterThan(1)
  })

  it('is written in the translator’s language', () => {
    const french = createMyOrgTranslator({ locale: 'fr-FR', messages: [frFR] })
    const lines = setupSheetText(french.t, 'samlp', []).split('\n')
    expect(lines[0]).toBe('Configuration de l’authentification unique : SAML')
    expect(lines).toContain('Merci de renvoyer:')
    expect(lines).not.toContain('Please send back:')
  })
})

describe('setupSheetFileName', () => {
  it('names the file after the connection, else the strategy', () => {
    expect(setupSheetFileName(t, 'samlp', ' acme-saml ')).toBe('sso-setup-acme-saml.txt')
    expect(setupSheetFileName(t, 'okta', '')).toBe('sso-setup-okta.txt')
  })
})
