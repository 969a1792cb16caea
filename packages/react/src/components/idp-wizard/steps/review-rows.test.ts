import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

import { createMyOrgTranslator } from '../../../i18n/translator.ts'
import { type IdpWizardValues, emptyWizardValues } from '../wizard-values.ts'
import { reviewGroups } from './review-rows.ts'

const here = path.dirname(fileURLToPath(import.meta.url))
const validPem = readFileSync(path.join(here, '../test-fixtures/valid-cert.pem'), 'utf8')
const translator = createMyOrgTranslator()
const noFlags = { canSetShowAsButton: false, canSetAssignMembership: false }

function groups(
  values: Partial<IdpWizardValues>,
  options: { mode?: 'create' | 'edit'; flags?: typeof noFlags } = {},
) {
  return reviewGroups({
    values: { ...emptyWizardValues(), ...values },
    mode: options.mode ?? 'create',
    flags: options.flags ?? noFlags,
    translator,
  })
}

describe('reviewGroups', () => {
  it('create: provider, connection, name and domains, in words', () => {
    const result = groups({
      strategy: 'okta',
      domain: 'acme.okta.com',
      clientId: 'cid',
      clientSecret: 'secret',
      name: 'acme-okta',
      domains: ['acme.com', 'acme.io'],
    })
    expect(result).toEqual([
      { step: 'provider', rows: [['Provider', 'Okta']] },
      {
        step: 'connection',
        rows: [
          ['Domain', 'acme.okta.com'],
          ['Client ID', 'cid'],
          ['Client secret', '•••••••• (hidden)'],
        ],
      },
      {
        step: 'details',
        rows: [
          ['Connection name', 'acme-okta'],
          ['Display name', 'Not set'],
        ],
      },
      { step: 'domains', rows: [['Linked domains', 'acme.com and acme.io']] },
    ])
  })

  it('edit: no provider group; a blank secret is "Unchanged", no domains "None"', () => {
    const result = groups(
      { strategy: 'waad', tenantDomain: 'acme.onmicrosoft.com' },
      { mode: 'edit' },
    )
    expect(result.map((group) => group.step)).toEqual(['connection', 'details', 'domains'])
    expect(result[0]?.rows).toContainEqual(['Client secret', 'Unchanged'])
    expect(result[2]?.rows).toEqual([['Linked domains', 'None']])
  })

  it('create: a blank secret is "Not set"', () => {
    expect(groups({ strategy: 'google-apps' })[1]?.rows).toContainEqual([
      'Client secret',
      'Not set',
    ])
  })

  it('describes the certificate, the uploaded file, the channel and the signing choices', () => {
    const saml = groups({
      strategy: 'samlp',
      samlSource: 'metadataXml',
      metadataFileName: 'okta.xml',
      signingCert: validPem,
      signSAMLRequest: true,
    })[1]?.rows
    expect(saml).toContainEqual(['Metadata file', 'Uploaded file okta.xml'])
    expect(saml).toContainEqual([
      'Signing certificate',
      expect.stringMatching(/^CN=idp\.acme\.example, O=Acme Corp, valid until .*2035$/) as string,
    ])
    expect(saml).toContainEqual(['Sign requests', 'Yes'])
    expect(saml).toContainEqual(['Signature algorithm', 'rsa-sha256'])
    const unreadable = groups({ strategy: 'pingfederate', signingCert: 'nope' })[1]?.rows
    expect(unreadable).toContainEqual(['Signing certificate', ''])
    const oidc = groups({ strategy: 'oidc', oidcType: 'front_channel' })[1]?.rows
    expect(oidc).toContainEqual(['Channel', 'Front channel'])
  })

  it('shows the flags the Connection Profile lets the admin set', () => {
    const details = groups(
      { strategy: 'adfs', showAsButton: true, assignMembershipOnLogin: false, displayName: 'Acme' },
      { flags: { canSetShowAsButton: true, canSetAssignMembership: true } },
    )[2]?.rows
    expect(details).toEqual([
      ['Connection name', ''],
      ['Display name', 'Acme'],
      ['Show as button', 'Yes'],
      ['Assign membership on login', 'No'],
    ])
  })
})
