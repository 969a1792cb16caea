import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { IdentityProvider, IdpStrategy } from '@myorg-kit/client'
import { permissionSets, scopesWithout } from '@myorg-kit/mock-api'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import { http } from 'msw'
import { type ReactNode, useState } from 'react'
import { describe, expect, it, vi } from 'vitest'

import { renderWithMyOrg } from '../../../test/render.tsx'
import { faults, server, store } from '../../../test/server.ts'
import { IdpWizard, type IdpWizardStep } from './idp-wizard.tsx'

const api = 'https://tenant.example/my-org'
const here = path.dirname(fileURLToPath(import.meta.url))
const fixture = (name: string) => readFileSync(path.join(here, 'test-fixtures', name), 'utf8')
const validPem = fixture('valid-cert.pem').trim()

// ── The official OpenAPI document (skipped loudly when absent, as the mock's contract test) ──
const specPath = path.resolve(
  here,
  '../../../../../../shared/myorg-api-spec/myorganization-api-oas.json',
)
const specExists = existsSync(specPath)
if (!specExists) {
  console.warn(
    `[idp-wizard spec test] SKIPPED schema validation: the OpenAPI document was not found at ${specPath}.`,
  )
}
const specId = 'https://myorg-kit.test/myorganization-api-oas.json'
const ajv = new Ajv2020({ strict: false, allErrors: true })
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as (instance: Ajv2020) => void
addFormats(ajv)
if (specExists) {
  ajv.addSchema({ ...(JSON.parse(readFileSync(specPath, 'utf8')) as object), $id: specId })
}
const createSchemaByStrategy: Record<IdpStrategy, string> = {
  adfs: 'IdpAdfsRequest',
  'google-apps': 'IdpGoogleAppsRequest',
  oidc: 'IdpOidcRequest',
  okta: 'IdpOktaRequest',
  pingfederate: 'IdpPingFederateRequest',
  samlp: 'IdpSamlpRequest',
  waad: 'IdpWaadRequest',
}
const updateSchemaByStrategy: Record<IdpStrategy, string> = {
  adfs: 'IdpAdfsUpdateRequest',
  'google-apps': 'IdpGoogleAppsUpdateRequest',
  oidc: 'IdpOidcUpdateRequest',
  okta: 'IdpOktaUpdateRequest',
  pingfederate: 'IdpPingFederateUpdateRequest',
  samlp: 'IdpSamlpUpdateRequest',
  waad: 'IdpWaadUpdateRequest',
}
function expectValid(schema: string, body: unknown): void {
  if (!specExists) {
    return
  }
  const validate = ajv.compile({ $ref: `${specId}#/components/schemas/${schema}` })
  const ok = validate(body)
  expect(ok, ajv.errorsText(validate.errors)).toBe(true)
  // And the generic create schema (oneOf of the 7 variants) for create bodies.
  if (!schema.includes('Update')) {
    const generic = ajv.compile({
      $ref: `${specId}#/components/schemas/CreateIdentityProviderRequestContent`,
    })
    expect(generic(body), ajv.errorsText(generic.errors)).toBe(true)
  }
}

/** Records matching requests, then lets the mock API answer. */
function capture(method: 'post' | 'patch' | 'delete', pathname: string) {
  const requests: { url: string; body: unknown }[] = []
  server.use(
    http[method](`${api}${pathname}`, async ({ request }) => {
      const text = await request.clone().text()
      requests.push({ url: request.url, body: text ? (JSON.parse(text) as unknown) : undefined })
      return undefined
    }),
  )
  return requests
}

const user = () => userEvent.setup()
type User = ReturnType<typeof user>

async function next(u: User): Promise<void> {
  await u.click(screen.getByRole('button', { name: 'Continue' }))
}

async function pickStrategy(u: User, label: string): Promise<void> {
  await u.click(await screen.findByRole('radio', { name: new RegExp(`^${label}`) }))
  await next(u)
}

function field(name: RegExp | string): HTMLElement {
  return screen.getByLabelText(name)
}

/**
 * A field of the step on screen, once the step's code has loaded. The first test to reach a step
 * waits for the test server to compile that step's modules, which can take seconds under load.
 */
async function findField(name: RegExp | string): Promise<HTMLElement> {
  return screen.findByLabelText(name, undefined, { timeout: 5000 })
}

async function type(u: User, label: RegExp | string, value: string): Promise<void> {
  const input = await findField(label)
  await u.clear(input)
  await u.type(input, value)
}

async function upload(u: User, label: RegExp | string, name: string, content: string) {
  await u.upload(await findField(label), new File([content], name))
}

async function finishDetailsAndCreate(
  u: User,
  opts: { name?: string; displayName?: string; domains?: string[] } = {},
) {
  await screen.findByRole('heading', { name: 'Name and display' })
  if (opts.name !== undefined) {
    await type(u, 'Connection name', opts.name)
  }
  if (opts.displayName) {
    await type(u, 'Display name', opts.displayName)
  }
  await next(u)
  await screen.findByRole('heading', { name: 'Link your domains' })
  for (const domain of opts.domains ?? []) {
    await u.click(await screen.findByRole('checkbox', { name: domain }))
  }
  await next(u)
  await screen.findByRole('heading', { name: 'Review and create' })
  await u.click(screen.getByRole('button', { name: 'Create identity provider' }))
}

interface StrategyCase {
  strategy: IdpStrategy
  label: string
  /** Steps 2–3; the wizard is on the provider-values step when this starts. */
  fill: (u: User) => Promise<void>
  name: string
  expected: Record<string, unknown>
}

const cases: StrategyCase[] = [
  {
    strategy: 'okta',
    label: 'Okta',
    name: 'acme-okta-2',
    fill: async (u) => {
      await next(u)
      await type(u, 'Okta domain', 'acme.okta.com')
      await type(u, 'Client ID', '0oa1client')
      await type(u, 'Client secret', 's3cret-okta')
      await next(u)
    },
    expected: {
      name: 'acme-okta-2',
      strategy: 'okta',
      display_name: 'Acme employees',
      show_as_button: true,
      assign_membership_on_login: false,
      options: { domain: 'acme.okta.com', client_id: '0oa1client', client_secret: 's3cret-okta' },
    },
  },
  {
    strategy: 'waad',
    label: 'Microsoft Entra ID',
    name: 'acme-entra-2',
    fill: async (u) => {
      await next(u)
      await type(u, 'Tenant domain', 'acme.onmicrosoft.com')
      await type(u, 'Client ID', 'app-id')
      await type(u, 'Client secret', 's3cret-entra')
      await next(u)
    },
    expected: {
      name: 'acme-entra-2',
      strategy: 'waad',
      display_name: 'Acme employees',
      show_as_button: true,
      assign_membership_on_login: false,
      options: {
        tenant_domain: 'acme.onmicrosoft.com',
        client_id: 'app-id',
        client_secret: 's3cret-entra',
      },
    },
  },
  {
    strategy: 'google-apps',
    label: 'Google Workspace',
    name: 'acme-google-2',
    fill: async (u) => {
      await next(u)
      await type(u, 'Google Workspace domain', 'acme.com')
      await type(u, 'Client ID', 'gid.apps.googleusercontent.com')
      await type(u, 'Client secret', 's3cret-google')
      await next(u)
    },
    expected: {
      name: 'acme-google-2',
      strategy: 'google-apps',
      display_name: 'Acme employees',
      show_as_button: true,
      assign_membership_on_login: false,
      options: {
        domain: 'acme.com',
        client_id: 'gid.apps.googleusercontent.com',
        client_secret: 's3cret-google',
      },
    },
  },
  {
    strategy: 'samlp',
    label: 'SAML',
    name: 'acme-saml-2',
    fill: async (u) => {
      await type(u, 'Connection name', 'acme-saml-2')
      await next(u)
      await u.click(screen.getByRole('radio', { name: 'Upload metadata file' }))
      await upload(u, 'IdP metadata file (.xml)', 'okta-metadata.xml', fixture('idp-metadata.xml'))
      await screen.findByText(/Sign-in URL from the metadata/)
      await next(u)
    },
    expected: {
      name: 'acme-saml-2',
      strategy: 'samlp',
      display_name: 'Acme employees',
      show_as_button: true,
      assign_membership_on_login: false,
      options: {
        signInEndpoint: 'https://acme.okta.com/app/acme_saml/exk1acme/sso/saml?redirect',
        signingCert: validPem,
        signSAMLRequest: false,
        signatureAlgorithm: 'rsa-sha256',
        digestAlgorithm: 'sha256',
        protocolBinding: 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect',
      },
    },
  },
  {
    strategy: 'oidc',
    label: 'OpenID Connect',
    name: 'acme-oidc-2',
    fill: async (u) => {
      await next(u)
      await type(u, 'Discovery URL', 'https://login.acme.com/.well-known/openid-configuration')
      await type(u, 'Client ID', 'oidc-client')
      await type(u, 'Client secret', 's3cret-oidc')
      await next(u)
    },
    expected: {
      name: 'acme-oidc-2',
      strategy: 'oidc',
      display_name: 'Acme employees',
      show_as_button: true,
      assign_membership_on_login: false,
      options: {
        type: 'back_channel',
        client_id: 'oidc-client',
        discovery_url: 'https://login.acme.com/.well-known/openid-configuration',
        client_secret: 's3cret-oidc',
      },
    },
  },
  {
    strategy: 'adfs',
    label: 'ADFS',
    name: 'acme-adfs-2',
    fill: async (u) => {
      await type(u, 'Connection name', 'acme-adfs-2')
      await next(u)
      await type(u, 'ADFS server URL', 'https://adfs.acme.com')
      await next(u)
    },
    expected: {
      name: 'acme-adfs-2',
      strategy: 'adfs',
      display_name: 'Acme employees',
      show_as_button: true,
      assign_membership_on_login: false,
      options: { adfs_server: 'https://adfs.acme.com' },
    },
  },
  {
    strategy: 'pingfederate',
    label: 'PingFederate',
    name: 'acme-ping-2',
    fill: async (u) => {
      await type(u, 'Connection name', 'acme-ping-2')
      await next(u)
      await type(u, 'PingFederate server URL', 'https://sso.acme.com:9031')
      await upload(
        u,
        'Signing certificate (.pem, .cer, .crt)',
        'ping.crt',
        fixture('valid-cert.pem'),
      )
      await screen.findByText('Subject: CN=idp.acme.example, O=Acme Corp')
      await u.click(screen.getByRole('checkbox', { name: 'Sign authentication requests' }))
      await next(u)
    },
    expected: {
      name: 'acme-ping-2',
      strategy: 'pingfederate',
      display_name: 'Acme employees',
      show_as_button: true,
      assign_membership_on_login: false,
      options: {
        pingFederateBaseUrl: 'https://sso.acme.com:9031',
        signingCert: validPem,
        signSAMLRequest: true,
        signatureAlgorithm: 'rsa-sha256',
        digestAlgorithm: 'sha256',
      },
    },
  },
]

describe('IdpWizard: create', () => {
  it.each(cases)(
    '$strategy: sends exactly the body the API accepts, valid against $strategy’s schema, then links domains',
    async ({ strategy, label, fill, name, expected }) => {
      const creates = capture('post', '/identity-providers')
      const links = capture('post', '/identity-providers/:id/domains')
      const onCreated = vi.fn<(idp: IdentityProvider) => void>()
      const u = user()
      renderWithMyOrg(<IdpWizard onIdentityProviderCreated={onCreated} />)
      await pickStrategy(u, label)
      await fill(u)
      const saml = strategy === 'samlp' || strategy === 'adfs' || strategy === 'pingfederate'
      await finishDetailsAndCreate(u, {
        ...(saml ? {} : { name }),
        displayName: 'Acme employees',
        domains: ['acme.com', 'acme.co.uk'],
      })
      await waitFor(() => {
        expect(onCreated).toHaveBeenCalledTimes(1)
      })
      expect(creates).toHaveLength(1)
      expect(creates[0]?.body).toEqual(expected)
      expectValid(createSchemaByStrategy[strategy], creates[0]?.body)
      expect(links.map((request) => request.body)).toEqual([
        { domain: 'acme.com' },
        { domain: 'acme.co.uk' },
      ])
      const createdIdp = onCreated.mock.calls[0]?.[0]
      expect(createdIdp?.name).toBe(name)
      expect(store.state.identityProviders.find((idp) => idp.name === name)?.domains).toEqual([
        'acme.com',
        'acme.co.uk',
      ])
      expect(await screen.findByText(`Acme employees was created.`)).toBeInTheDocument()
    },
  )

  it('SAML with a metadata URL and manual entry send the two spec variants', async () => {
    const creates = capture('post', '/identity-providers')
    const u = user()
    renderWithMyOrg(<IdpWizard />)
    await pickStrategy(u, 'SAML')
    await type(u, 'Connection name', 'saml-url')
    await next(u)
    await type(u, 'IdP metadata URL', 'https://idp.acme.com/metadata')
    await next(u)
    await finishDetailsAndCreate(u)
    await waitFor(() => {
      expect(creates).toHaveLength(1)
    })
    expect(creates[0]?.body).toEqual({
      name: 'saml-url',
      strategy: 'samlp',
      show_as_button: true,
      assign_membership_on_login: false,
      options: {
        metadataUrl: 'https://idp.acme.com/metadata',
        signSAMLRequest: false,
        signatureAlgorithm: 'rsa-sha256',
        digestAlgorithm: 'sha256',
      },
    })
    expectValid('IdpSamlpRequest', creates[0]?.body)
  })

  it('SAML manual: sign-in URL and an uploaded .cer certificate', async () => {
    const creates = capture('post', '/identity-providers')
    const u = user()
    renderWithMyOrg(<IdpWizard />)
    await pickStrategy(u, 'SAML')
    await type(u, 'Connection name', 'saml-manual')
    await next(u)
    await u.click(screen.getByRole('radio', { name: 'Enter sign-in URL and certificate' }))
    await type(u, 'Sign-in URL', 'https://idp.acme.com/sso')
    await u.upload(
      field('Signing certificate (.pem, .cer, .crt)'),
      new File([readFileSync(path.join(here, 'test-fixtures', 'valid-cert.cer'))], 'idp.cer'),
    )
    await screen.findByText('Subject: CN=idp.acme.example, O=Acme Corp')
    await next(u)
    await finishDetailsAndCreate(u)
    await waitFor(() => {
      expect(creates).toHaveLength(1)
    })
    const body = creates[0]?.body as { options: Record<string, unknown> }
    expect(body.options).toEqual({
      signInEndpoint: 'https://idp.acme.com/sso',
      signingCert: validPem,
      signSAMLRequest: false,
      signatureAlgorithm: 'rsa-sha256',
      digestAlgorithm: 'sha256',
    })
    expectValid('IdpSamlpRequest', body)
  })

  it('refuses names over 128 characters and a 2 MB paste inline, sends nothing, keeps the text', async () => {
    const creates = capture('post', '/identity-providers')
    const u = user()
    renderWithMyOrg(<IdpWizard />)
    await pickStrategy(u, 'OpenID Connect')
    await next(u)
    await type(u, 'Discovery URL', 'https://login.acme.com/.well-known/openid-configuration')
    await type(u, 'Client ID', 'front')
    await u.click(screen.getByRole('radio', { name: /Front channel/ }))
    await next(u)
    await screen.findByRole('heading', { name: 'Name and display' })
    const name = field('Connection name')
    const pasted = 'x'.repeat(2 * 1024 * 1024)
    await u.clear(name)
    await u.click(name)
    await u.paste(pasted)
    await u.clear(field('Display name'))
    await u.click(field('Display name'))
    await u.paste('D'.repeat(129))
    await next(u)
    expect(screen.getByRole('heading', { name: 'Name and display' })).toBeInTheDocument()
    expect(name).toHaveValue(pasted)
    expect(name).toHaveAccessibleDescription(/Use 128 characters or fewer/)
    expect(field('Display name')).toHaveAccessibleDescription(/Use 128 characters or fewer/)
    const alert = screen.getByRole('alert')
    expect(within(alert).getByRole('button', { name: 'Connection name' })).toBeVisible()
    expect(within(alert).getByRole('button', { name: 'Display name' })).toBeVisible()
    expect(creates).toHaveLength(0)
  }, 15_000)

  it('refuses a 2 MB client ID or discovery URL inline, sends nothing, keeps the text', async () => {
    const creates = capture('post', '/identity-providers')
    const u = user()
    renderWithMyOrg(<IdpWizard />)
    await pickStrategy(u, 'OpenID Connect')
    await next(u)
    const pasted = 'c'.repeat(2 * 1024 * 1024)
    await u.click(field('Discovery URL'))
    await u.paste(`https://login.acme.com/${'d'.repeat(2048)}`)
    await u.click(field('Client ID'))
    await u.paste(pasted)
    await u.click(screen.getByRole('radio', { name: /Front channel/ }))
    await next(u)
    expect(field('Client ID')).toHaveValue(pasted)
    expect(field('Client ID')).toHaveAccessibleDescription(/2,048 characters or fewer/)
    expect(field('Discovery URL')).toHaveAccessibleDescription(/2,048 characters or fewer/)
    expect(screen.queryByRole('heading', { name: 'Name and display' })).toBeNull()
    expect(creates).toHaveLength(0)
  }, 15_000)

  it('OIDC front channel sends no client secret; ADFS metadata is sent as fedMetadataXml', async () => {
    const creates = capture('post', '/identity-providers')
    const u = user()
    const { unmount } = renderWithMyOrg(<IdpWizard />)
    await pickStrategy(u, 'OpenID Connect')
    await next(u)
    await type(u, 'Discovery URL', 'https://login.acme.com/.well-known/openid-configuration')
    await type(u, 'Client ID', 'front')
    await u.click(screen.getByRole('radio', { name: /Front channel/ }))
    expect(screen.queryByLabelText('Client secret')).toBeNull()
    await next(u)
    await finishDetailsAndCreate(u, { name: 'oidc-front' })
    await waitFor(() => {
      expect(creates).toHaveLength(1)
    })
    expect((creates[0]?.body as { options: unknown }).options).toEqual({
      type: 'front_channel',
      client_id: 'front',
      discovery_url: 'https://login.acme.com/.well-known/openid-configuration',
    })
    expectValid('IdpOidcRequest', creates[0]?.body)
    unmount()

    renderWithMyOrg(<IdpWizard />)
    await pickStrategy(u, 'ADFS')
    await type(u, 'Connection name', 'adfs-xml')
    await next(u)
    await u.click(screen.getByRole('radio', { name: 'Upload FederationMetadata.xml' }))
    await upload(
      u,
      'Federation metadata file (.xml)',
      'FederationMetadata.xml',
      fixture('adfs-federation-metadata.xml'),
    )
    await screen.findByText(/Sign-in URL from the metadata/)
    await next(u)
    await finishDetailsAndCreate(u)
    await waitFor(() => {
      expect(creates).toHaveLength(2)
    })
    expect((creates[1]?.body as { options: unknown }).options).toEqual({
      fedMetadataXml: fixture('adfs-federation-metadata.xml'),
    })
    expectValid('IdpAdfsRequest', creates[1]?.body)
  })

  it('offers only the strategies allowed by /config and the Connection Profile', async () => {
    store.reset({
      configuration: { allowed_strategies: ['okta', 'google-apps', 'samlp'] },
      identityProvidersConfiguration: {
        organization: { can_set_show_as_button: false, can_set_assign_membership_on_login: false },
        strategies: {
          googleapps: { enabled_features: [], provisioning_methods: [] },
          samlp: { enabled_features: [], provisioning_methods: [] },
        },
      },
    })
    const creates = capture('post', '/identity-providers')
    const u = user()
    renderWithMyOrg(<IdpWizard />)
    const group = await screen.findByRole('group', { name: 'Identity provider type' })
    expect(
      within(group)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['google-apps', 'samlp'])
    await pickStrategy(u, 'Google Workspace')
    await next(u)
    await type(u, 'Google Workspace domain', 'acme.com')
    await type(u, 'Client ID', 'id')
    await type(u, 'Client secret', 'secret')
    await next(u)
    // The flags are not allowed: not shown, not sent.
    expect(screen.queryByRole('checkbox', { name: /Show as a button/ })).toBeNull()
    expect(screen.queryByRole('checkbox', { name: /members of the organization/ })).toBeNull()
    await finishDetailsAndCreate(u, { name: 'g-2' })
    await waitFor(() => {
      expect(creates).toHaveLength(1)
    })
    expect(creates[0]?.body).toEqual({
      name: 'g-2',
      strategy: 'google-apps',
      options: { domain: 'acme.com', client_id: 'id', client_secret: 'secret' },
    })
  })
})

describe('IdpWizard: the values for the IdP admin', () => {
  it('derives the SAML values from the tenant domain and the connection name, with copy buttons', async () => {
    const u = user()
    renderWithMyOrg(<IdpWizard />)
    await pickStrategy(u, 'SAML')
    expect(
      screen.getByText(
        'These values include the connection name, so choose it first. It can’t be changed later.',
      ),
    ).toBeInTheDocument()
    await next(u)
    expect(await screen.findByText('Enter a connection name.')).toBeInTheDocument()
    await type(u, 'Connection name', 'acme-saml-x')
    expect(
      screen.getByText('https://tenant.example/login/callback?connection=acme-saml-x'),
    ).toBeInTheDocument()
    expect(screen.getByText('urn:auth0:tenant:acme-saml-x')).toBeInTheDocument()
    expect(
      screen.getByText('https://tenant.example/samlp/metadata?connection=acme-saml-x'),
    ).toBeInTheDocument()
    const writeText = vi.fn(() => Promise.resolve())
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    await u.click(screen.getByRole('button', { name: 'Copy ACS URL (single sign-on URL)' }))
    expect(writeText).toHaveBeenCalledWith(
      'https://tenant.example/login/callback?connection=acme-saml-x',
    )
    expect(screen.getByRole('button', { name: 'Download setup sheet' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Print setup sheet' })).toBeInTheDocument()
  })

  it('OAuth strategies get the callback URL and the vendor’s steps', async () => {
    const u = user()
    renderWithMyOrg(<IdpWizard authDomain="login.acme.com" />)
    await pickStrategy(u, 'Microsoft Entra ID')
    expect(screen.getByText('https://login.acme.com/login/callback')).toBeInTheDocument()
    expect(screen.getByText(/Microsoft Entra admin center/)).toBeInTheDocument()
  })
})

describe('IdpWizard: checks uploads before anything is sent', () => {
  async function toSamlUpload(u: User) {
    renderWithMyOrg(<IdpWizard />)
    await pickStrategy(u, 'SAML')
    await type(u, 'Connection name', 'saml-check')
    await next(u)
    await u.click(screen.getByRole('radio', { name: 'Upload metadata file' }))
  }

  it.each([
    [
      'sp-metadata.xml',
      'This is service provider (SP) metadata, not your IdP’s. Ask your IdP admin for the IdP metadata.',
    ],
    [
      'login-page.html',
      'This is a web page, not a metadata document. Download the XML from your IdP and upload that.',
    ],
    ['malformed.xml', 'This file is not well-formed XML. Download it again from your IdP.'],
  ])('rejects %s with a message that says what to do', async (file, message) => {
    const creates = capture('post', '/identity-providers')
    const u = user()
    await toSamlUpload(u)
    // Named .xml as a browser "Save page as" would; the picker only accepts .xml.
    await upload(u, 'IdP metadata file (.xml)', file.replace(/\.html$/, '.xml'), fixture(file))
    expect(await screen.findByText(message)).toBeInTheDocument()
    await next(u)
    expect(screen.getByRole('heading', { name: 'Connection details' })).toBeInTheDocument()
    expect(creates).toHaveLength(0)
  })

  it('refuses ADFS metadata with a DOCTYPE or entity declarations and sends nothing', async () => {
    const creates = capture('post', '/identity-providers')
    const u = user()
    renderWithMyOrg(<IdpWizard />)
    await pickStrategy(u, 'ADFS')
    await type(u, 'Connection name', 'adfs-xxe')
    await next(u)
    await u.click(screen.getByRole('radio', { name: 'Upload FederationMetadata.xml' }))
    const hostile = fixture('adfs-federation-metadata.xml').replace(
      /^(<\?xml[^>]*\?>)/,
      '$1\n<!DOCTYPE EntityDescriptor SYSTEM "file:///etc/passwd">',
    )
    await upload(u, 'Federation metadata file (.xml)', 'FederationMetadata.xml', hostile)
    const message =
      'This file holds a DOCTYPE or entity declarations. Such files are refused for safety: export the metadata again without them.'
    expect(await screen.findByText(message)).toBeInTheDocument()
    const input = field('Federation metadata file (.xml)')
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(input).toHaveAccessibleDescription(expect.stringContaining(message))
    expect(screen.queryByText(/Sign-in URL from the metadata/)).toBeNull()
    await next(u)
    expect(screen.getByRole('heading', { name: 'Connection details' })).toBeInTheDocument()
    expect(creates).toHaveLength(0)
  })

  it('says on the file field when the metadata’s sign-in URL is unusable, and names it (case 6)', async () => {
    const creates = capture('post', '/identity-providers')
    const u = user()
    await toSamlUpload(u)
    const insecure = fixture('idp-metadata.xml').replaceAll(
      'https://acme.okta.com/app/acme_saml/exk1acme/sso/saml',
      'javascript:alert(1)//',
    )
    await upload(u, 'IdP metadata file (.xml)', 'okta-metadata.xml', insecure)
    const message =
      'The metadata’s sign-in URL is not an https:// address, so it can’t be used. Ask your IdP admin for metadata with an https sign-in URL, or enter the connection details by hand.'
    expect(await screen.findByText(message)).toBeInTheDocument()
    const input = field('IdP metadata file (.xml)')
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(input).toHaveAccessibleDescription(expect.stringContaining(message))
    await next(u)
    expect(screen.getByRole('heading', { name: 'Connection details' })).toBeInTheDocument()
    // What blocks Continue is named, and takes the user to the file field.
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Fix the highlighted fields to continue.')
    await u.click(within(alert).getByRole('button', { name: 'Metadata file' }))
    expect(input).toHaveFocus()
    expect(creates).toHaveLength(0)
  })

  it('points at the file, not a field off screen, when what the file filled in was changed', async () => {
    const u = user()
    await toSamlUpload(u)
    await upload(u, 'IdP metadata file (.xml)', 'okta-metadata.xml', fixture('idp-metadata.xml'))
    await screen.findByText(/Sign-in URL from the metadata/)
    // The sign-in URL is edited by hand, then the source goes back to the file.
    await u.click(screen.getByRole('radio', { name: 'Enter sign-in URL and certificate' }))
    await type(u, 'Sign-in URL', 'http://idp.acme.com/sso')
    await u.click(screen.getByRole('radio', { name: 'Upload metadata file' }))
    await next(u)
    expect(screen.getByRole('heading', { name: 'Connection details' })).toBeInTheDocument()
    const input = field('IdP metadata file (.xml)')
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(input).toHaveAccessibleDescription(
      expect.stringContaining('The metadata’s sign-in URL is not an https:// address'),
    )
    expect(
      within(screen.getByRole('alert')).getByRole('button', { name: 'Metadata file' }),
    ).toBeVisible()
  })

  it('rejects a metadata file over 1 MB without reading it', async () => {
    const u = user()
    await toSamlUpload(u)
    await upload(u, 'IdP metadata file (.xml)', 'big.xml', 'x'.repeat(1_000_001))
    expect(await screen.findByText(/larger than 1 MB/)).toBeInTheDocument()
  })

  it('shows each certificate’s subject and warns about an expired one', async () => {
    const u = user()
    await toSamlUpload(u)
    await upload(u, 'IdP metadata file (.xml)', 'old.xml', fixture('idp-metadata-expired.xml'))
    const list = await screen.findByRole('list', { name: 'Certificates found' })
    expect(
      within(list).getByText('Subject: CN=expired.acme.example, O=Acme Corp'),
    ).toBeInTheDocument()
    expect(within(list).getByText(/^Expired on .*2021/)).toBeInTheDocument()
    expect(within(list).getByText('Subject: CN=idp.acme.example, O=Acme Corp')).toBeInTheDocument()
  })

  it('rejects a file that is not a certificate', async () => {
    const u = user()
    renderWithMyOrg(<IdpWizard />)
    await pickStrategy(u, 'PingFederate')
    await type(u, 'Connection name', 'ping-x')
    await next(u)
    await upload(u, 'Signing certificate (.pem, .cer, .crt)', 'key.pem', fixture('not-a-cert.txt'))
    expect(
      await screen.findByText(
        'This is not a certificate. Upload the IdP’s signing certificate (.pem, .cer or .crt).',
      ),
    ).toBeInTheDocument()
  })
})

describe('IdpWizard: errors go back to their step and field', () => {
  it('409 duplicate name → name step, name field, with everything typed kept', async () => {
    const creates = capture('post', '/identity-providers')
    const u = user()
    renderWithMyOrg(<IdpWizard />)
    await pickStrategy(u, 'Okta')
    await next(u)
    await type(u, 'Okta domain', 'acme.okta.com')
    await type(u, 'Client ID', 'cid')
    await type(u, 'Client secret', 'keep-me')
    await next(u)
    await finishDetailsAndCreate(u, { name: 'acme-okta' })
    const nameField = await screen.findByLabelText('Connection name')
    await waitFor(() => {
      expect(nameField).toHaveFocus()
    })
    expect(screen.getByRole('heading', { name: 'Name and display' })).toBeInTheDocument()
    expect(
      screen.getByText(
        'An identity provider with this name already exists in this tenant. Choose another connection name.',
      ),
    ).toBeInTheDocument()
    expect(nameField).toHaveAttribute('aria-invalid', 'true')
    // Fix the name; the secret typed before is still there.
    await type(u, 'Connection name', 'acme-okta-new')
    await next(u)
    await next(u)
    await u.click(screen.getByRole('button', { name: 'Create identity provider' }))
    await waitFor(() => {
      expect(creates).toHaveLength(2)
    })
    expect((creates[1]?.body as { options: { client_secret: string } }).options.client_secret).toBe(
      'keep-me',
    )
  })

  it('OIDC discovery failure → connection step, discovery URL field', async () => {
    const u = user()
    const onError = vi.fn()
    renderWithMyOrg(<IdpWizard onError={onError} />)
    await pickStrategy(u, 'OpenID Connect')
    await next(u)
    await type(u, 'Discovery URL', 'https://login.acme.invalid/.well-known/openid-configuration')
    await type(u, 'Client ID', 'cid')
    await type(u, 'Client secret', 'sec')
    await next(u)
    await finishDetailsAndCreate(u, { name: 'oidc-broken' })
    const discovery = await screen.findByLabelText('Discovery URL')
    await waitFor(() => {
      expect(discovery).toHaveFocus()
    })
    expect(screen.getByRole('heading', { name: 'Connection details' })).toBeInTheDocument()
    expect(discovery).toHaveAttribute('aria-invalid', 'true')
    expect(
      screen.getByText(/Auth0 could not read the provider’s discovery document/),
    ).toBeInTheDocument()
    expect(screen.getByLabelText('Client secret')).toHaveValue('sec')
    expect(onError).toHaveBeenCalledTimes(1)
  })

  it('a server error stays on the review step with its explanation, and is not retried', async () => {
    faults.serverError = { operations: ['createIdentityProvider'], times: 1 }
    const creates = capture('post', '/identity-providers')
    const u = user()
    renderWithMyOrg(<IdpWizard />)
    await pickStrategy(u, 'ADFS')
    await type(u, 'Connection name', 'adfs-500')
    await next(u)
    await type(u, 'ADFS server URL', 'https://adfs.acme.com')
    await next(u)
    await finishDetailsAndCreate(u)
    expect(await screen.findByText('Something went wrong on the server')).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Review and create' })).toBeInTheDocument()
    expect(creates).toHaveLength(1)
  })

  it('validates each step before moving on: nothing is sent with bad input', async () => {
    const creates = capture('post', '/identity-providers')
    const u = user()
    renderWithMyOrg(<IdpWizard />)
    await screen.findByRole('radio', { name: /^Okta/ })
    await next(u)
    expect(await screen.findByText('Choose the type of identity provider.')).toBeInTheDocument()
    await pickStrategy(u, 'Okta')
    await next(u)
    await type(u, 'Okta domain', 'https://acme.okta.com/')
    await next(u)
    expect(await screen.findByText(/Enter a domain name only/)).toBeInTheDocument()
    expect(screen.getByText('Enter the client ID.')).toBeInTheDocument()
    expect(screen.getByText('Enter the client secret.')).toBeInTheDocument()
    await type(u, 'Okta domain', 'acme.okta.com')
    await type(u, 'Client ID', 'x')
    await type(u, 'Client secret', 'y')
    await next(u)
    await type(u, 'Connection name', 'bad name!')
    await next(u)
    expect(await screen.findByText(/Use only letters, digits and hyphens/)).toBeInTheDocument()
    expect(creates).toHaveLength(0)
  })

  it('the client secret is dropped from memory after success', async () => {
    const u = user()
    const onCreated = vi.fn()
    const { queryClient } = renderWithMyOrg(<IdpWizard onIdentityProviderCreated={onCreated} />)
    await pickStrategy(u, 'Okta')
    await next(u)
    await type(u, 'Okta domain', 'acme.okta.com')
    await type(u, 'Client ID', 'cid')
    await type(u, 'Client secret', 'very-secret-value')
    await next(u)
    await finishDetailsAndCreate(u, { name: 'okta-secret' })
    await waitFor(() => {
      expect(onCreated).toHaveBeenCalled()
    })
    const cached = JSON.stringify([
      queryClient
        .getQueryCache()
        .getAll()
        .map((query) => query.state.data),
      queryClient
        .getMutationCache()
        .getAll()
        .map((mutation) => mutation.state.variables),
    ])
    expect(cached).not.toContain('very-secret-value')
    expect(JSON.stringify(onCreated.mock.calls)).not.toContain('very-secret-value')
  })
})

describe('IdpWizard: behaviour', () => {
  it('moves focus to the step heading and marks the current step', async () => {
    const u = user()
    const onStepChange = vi.fn()
    renderWithMyOrg(<IdpWizard onStepChange={onStepChange} />)
    await pickStrategy(u, 'Okta')
    const heading = screen.getByRole('heading', { name: 'Give these values to your IdP admin' })
    expect(heading).toHaveFocus()
    expect(onStepChange).toHaveBeenCalledWith('sp-values')
    const progress = screen.getByRole('navigation', { name: 'Setup progress' })
    expect(
      within(progress).getByText('For your IdP admin').closest('[aria-current]'),
    ).toHaveAttribute('aria-current', 'step')
    // Completed steps are buttons.
    await u.click(within(progress).getByRole('button', { name: /Provider/ }))
    expect(
      screen.getByRole('heading', { name: 'Which identity provider does your company use?' }),
    ).toHaveFocus()
  })

  it('follows a controlled step', async () => {
    const onStepChange = vi.fn()
    renderWithMyOrg(<IdpWizard step="provider" onStepChange={onStepChange} />)
    const u = user()
    await pickStrategy(u, 'Okta')
    expect(onStepChange).toHaveBeenCalledWith('sp-values')
    // Not moved by the parent: stays.
    expect(
      screen.getByRole('heading', { name: 'Which identity provider does your company use?' }),
    ).toBeInTheDocument()
  })

  it('asks before leaving with unsaved input; leaves at once without', async () => {
    const u = user()
    const onCancel = vi.fn()
    renderWithMyOrg(<IdpWizard onCancel={onCancel} />)
    await screen.findByRole('radio', { name: /^Okta/ })
    await u.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(onCancel).toHaveBeenCalledTimes(1)
    await u.click(screen.getByRole('radio', { name: /^Okta/ }))
    await u.click(screen.getByRole('button', { name: 'Cancel' }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Leave without saving?' })
    expect(within(dialog).getByRole('button', { name: 'Keep editing' })).toHaveFocus()
    await u.keyboard('{Escape}')
    expect(screen.queryByRole('alertdialog')).toBeNull()
    expect(onCancel).toHaveBeenCalledTimes(1)
    await u.click(screen.getByRole('button', { name: 'Cancel' }))
    await u.click(screen.getByRole('button', { name: 'Leave' }))
    expect(onCancel).toHaveBeenCalledTimes(2)
  })

  it('without create permission: explains, no form', async () => {
    renderWithMyOrg(<IdpWizard />, { scopes: permissionSets.readOnly })
    expect(await screen.findByText('You can’t set up single sign-on')).toBeInTheDocument()
    expect(screen.queryByRole('radio')).toBeNull()
  })

  it('without the domain-link permission: says no domains will be linked, and links none', async () => {
    const links = capture('post', '/identity-providers/:id/domains')
    const u = user()
    renderWithMyOrg(<IdpWizard />, {
      scopes: scopesWithout('addIdentityProviderDomain'),
    })
    await pickStrategy(u, 'ADFS')
    await type(u, 'Connection name', 'adfs-nolink')
    await next(u)
    await type(u, 'ADFS server URL', 'https://adfs.acme.com')
    await next(u)
    await next(u)
    expect(await screen.findByText(/none will be linked/)).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: 'acme.com' })).toBeDisabled()
    expect(screen.getByText('acme-labs.io')).toBeInTheDocument()
    await next(u)
    await u.click(screen.getByRole('button', { name: 'Create identity provider' }))
    expect(await screen.findByText(/adfs-nolink was created/)).toBeInTheDocument()
    expect(links).toHaveLength(0)
  })

  it('a failed domain link keeps the provider and offers to link the rest (no second create)', async () => {
    faults.serverError = { operations: ['addIdentityProviderDomain'], times: 1 }
    const creates = capture('post', '/identity-providers')
    const links = capture('post', '/identity-providers/:id/domains')
    const onCreated = vi.fn()
    const u = user()
    renderWithMyOrg(<IdpWizard onIdentityProviderCreated={onCreated} />)
    await pickStrategy(u, 'ADFS')
    await type(u, 'Connection name', 'adfs-link')
    await next(u)
    await type(u, 'ADFS server URL', 'https://adfs.acme.com')
    await next(u)
    await finishDetailsAndCreate(u, { domains: ['acme.com'] })
    expect(await screen.findByText(/could not be linked: acme.com/)).toBeInTheDocument()
    expect(onCreated).not.toHaveBeenCalled()
    await u.click(screen.getByRole('button', { name: 'Link the remaining domains' }))
    await waitFor(() => {
      expect(onCreated).toHaveBeenCalledTimes(1)
    })
    expect(creates).toHaveLength(1)
    expect(links).toHaveLength(2)
  })
})

// ── Edit mode ───────────────────────────────────────────────────────────────────────────────

function seeded(name: string) {
  const idp = store.state.identityProviders.find((item) => item.name === name)
  if (!idp) {
    throw new Error(`no seeded ${name}`)
  }
  return idp
}

describe('IdpWizard: edit', () => {
  it('full access: a display name change sends only display_name; the secret is not needed', async () => {
    const patches = capture('patch', '/identity-providers/:id')
    const onUpdated = vi.fn()
    const u = user()
    const okta = seeded('acme-okta')
    renderWithMyOrg(
      <IdpWizard identityProviderId={okta.id} onIdentityProviderUpdated={onUpdated} />,
    )
    expect(
      await screen.findByText('You can change everything except the connection name and type.'),
    ).toBeInTheDocument()
    expect(screen.getByLabelText('Client secret')).toHaveValue('')
    expect(screen.getByLabelText('Okta domain')).toHaveValue('acme.okta.com')
    await next(u)
    expect(screen.getByLabelText('Connection name')).toHaveAttribute('readonly')
    await type(u, 'Display name', 'Acme staff')
    await next(u)
    await next(u)
    await u.click(screen.getByRole('button', { name: 'Save changes' }))
    await waitFor(() => {
      expect(onUpdated).toHaveBeenCalledTimes(1)
    })
    expect(patches.map((p) => p.body)).toEqual([{ display_name: 'Acme staff' }])
    expectValid(updateSchemaByStrategy.okta, patches[0]?.body)
    expect(seeded('acme-okta').display_name).toBe('Acme staff')
  })

  it('full access, Okta options: asks for the secret again (the API requires it with options)', async () => {
    const patches = capture('patch', '/identity-providers/:id')
    const u = user()
    renderWithMyOrg(<IdpWizard identityProviderId={seeded('acme-okta').id} />)
    await screen.findByLabelText('Client ID')
    await type(u, 'Client ID', 'new-client')
    await next(u)
    expect(
      await screen.findByText(
        'Enter the client secret again to change these settings: Auth0 needs it with them.',
      ),
    ).toBeInTheDocument()
    await type(u, 'Client secret', 'new-secret')
    await next(u)
    await next(u)
    await next(u)
    await u.click(screen.getByRole('button', { name: 'Save changes' }))
    await waitFor(() => {
      expect(patches).toHaveLength(1)
    })
    expect(patches[0]?.body).toEqual({
      options: { domain: 'acme.okta.com', client_id: 'new-client', client_secret: 'new-secret' },
    })
    expectValid(updateSchemaByStrategy.okta, patches[0]?.body)
  })

  it('full access, OIDC: options change with the secret left blank keeps it (not sent)', async () => {
    const patches = capture('patch', '/identity-providers/:id')
    const u = user()
    renderWithMyOrg(<IdpWizard identityProviderId={seeded('acme-oidc').id} />)
    const before = { ...seeded('acme-oidc').options }
    await screen.findByLabelText('Client ID')
    await type(u, 'Client ID', 'rotated-client')
    await next(u)
    await next(u)
    await next(u)
    await u.click(screen.getByRole('button', { name: 'Save changes' }))
    await waitFor(() => {
      expect(patches).toHaveLength(1)
    })
    expect(patches[0]?.body).toEqual({
      options: {
        type: before.type,
        client_id: 'rotated-client',
        discovery_url: before.discovery_url,
      },
    })
    expectValid(updateSchemaByStrategy.oidc, patches[0]?.body)
  })

  it('full access, PingFederate: the returned certificate is kept; a flag change sends only the flag', async () => {
    const patches = capture('patch', '/identity-providers/:id')
    const u = user()
    const wasShown = seeded('acme-ping').show_as_button
    renderWithMyOrg(<IdpWizard identityProviderId={seeded('acme-ping').id} defaultStep="details" />)
    const box = await screen.findByRole('checkbox', { name: /Show as a button/ })
    await u.click(box)
    await next(u)
    await next(u)
    await u.click(screen.getByRole('button', { name: 'Save changes' }))
    await waitFor(() => {
      expect(patches).toHaveLength(1)
    })
    expect(patches[0]?.body).toEqual({ show_as_button: !wasShown })
    expectValid(updateSchemaByStrategy.pingfederate, patches[0]?.body)
  })

  it('limited access: connection and display name locked; only the flags are sent', async () => {
    const patches = capture('patch', '/identity-providers/:id')
    const u = user()
    const saml = { ...seeded('acme-saml') }
    renderWithMyOrg(<IdpWizard identityProviderId={saml.id} />)
    expect(
      await screen.findByText(
        /The Auth0 tenant administrator manages this provider’s connection settings/,
      ),
    ).toBeInTheDocument()
    expect(
      screen.getByText('Locked: the Auth0 tenant administrator manages these settings.'),
    ).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: 'Metadata URL' })).toBeDisabled()
    await next(u)
    expect(screen.getByLabelText('Display name')).toHaveAttribute('readonly')
    await u.click(screen.getByRole('checkbox', { name: /members of the organization/ }))
    await next(u)
    await next(u)
    await u.click(screen.getByRole('button', { name: 'Save changes' }))
    await waitFor(() => {
      expect(patches).toHaveLength(1)
    })
    expect(patches[0]?.body).toEqual({
      assign_membership_on_login: !saml.assign_membership_on_login,
    })
    expectValid(updateSchemaByStrategy.samlp, patches[0]?.body)
  })

  it('readonly access: explains, everything locked, no save button', async () => {
    const u = user()
    renderWithMyOrg(<IdpWizard identityProviderId={seeded('acme-google').id} />)
    expect(
      await screen.findByText(/managed by the Auth0 tenant administrator: you can view/),
    ).toBeInTheDocument()
    expect(screen.getByLabelText('Google Workspace domain')).toHaveAttribute('readonly')
    await next(u)
    await next(u)
    await next(u)
    expect(screen.getByRole('heading', { name: 'Review and save' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Save changes' })).toBeNull()
  })

  it('links and unlinks domains in one batch, with no read of the provider after it', async () => {
    const okta = seeded('acme-okta')
    const reads: string[] = []
    const links = capture('post', '/identity-providers/:id/domains')
    const unlinks = capture('delete', '/identity-providers/:id/domains/:domain')
    const onUpdated = vi.fn()
    const u = user()
    renderWithMyOrg(
      <IdpWizard
        identityProviderId={okta.id}
        defaultStep="domains"
        onIdentityProviderUpdated={onUpdated}
      />,
    )
    await u.click(await screen.findByRole('checkbox', { name: 'acme.com' }))
    await u.click(screen.getByRole('checkbox', { name: 'acme.co.uk' }))
    await next(u)
    server.use(
      http.get(`${api}/identity-providers/:id`, ({ request }) => {
        reads.push(request.url)
        return undefined
      }),
    )
    await u.click(screen.getByRole('button', { name: 'Save changes' }))
    await waitFor(() => {
      expect(onUpdated).toHaveBeenCalledTimes(1)
    })
    expect(links).toHaveLength(1)
    expect(unlinks).toHaveLength(1)
    expect(reads).toHaveLength(0)
    expect(seeded('acme-okta').domains).toEqual(['acme.co.uk'])
  })

  it('without the update scope: explains instead of a form', async () => {
    renderWithMyOrg(<IdpWizard identityProviderId={seeded('acme-okta').id} />, {
      scopes: scopesWithout('updateIdentityProvider'),
    })
    expect(await screen.findByText('You can’t change identity providers')).toBeInTheDocument()
  })
})

describe('IdpWizard: public contract', () => {
  it('is not busy on the no-access states (the held queries are not loading)', async () => {
    const create = renderWithMyOrg(<IdpWizard />, { scopes: permissionSets.readOnly })
    expect(await screen.findByText('You can’t set up single sign-on')).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Set up single sign-on' })).not.toHaveAttribute(
      'aria-busy',
    )
    create.unmount()
    renderWithMyOrg(<IdpWizard identityProviderId={seeded('acme-okta').id} />, {
      scopes: scopesWithout('updateIdentityProvider'),
    })
    expect(await screen.findByText('You can’t change identity providers')).toBeInTheDocument()
    expect(screen.getByRole('region', { name: /^Edit/ })).not.toHaveAttribute('aria-busy')
  })

  it('is busy while loading, then not', async () => {
    renderWithMyOrg(<IdpWizard />)
    const region = screen.getByRole('region', { name: 'Set up single sign-on' })
    expect(region).toHaveAttribute('aria-busy', 'true')
    await screen.findByRole('radio', { name: /^Okta/ })
    expect(region).not.toHaveAttribute('aria-busy')
  })

  it('reports a failed load once, with its action', async () => {
    faults.serverError = { operations: ['getIdentityProvidersConfiguration'], times: 1 }
    const onError = vi.fn()
    renderWithMyOrg(<IdpWizard onError={onError} />)
    expect(await screen.findByText('Something went wrong on the server')).toBeInTheDocument()
    expect(onError).toHaveBeenCalledTimes(1)
    expect(onError).toHaveBeenCalledWith(expect.any(Error), { action: 'load' })
  })

  it('reports failed domain links with their action', async () => {
    faults.serverError = { operations: ['addIdentityProviderDomain'], times: 1 }
    const onError = vi.fn()
    const u = user()
    renderWithMyOrg(<IdpWizard onError={onError} />)
    await pickStrategy(u, 'ADFS')
    await type(u, 'Connection name', 'adfs-errors')
    await next(u)
    await type(u, 'ADFS server URL', 'https://adfs.acme.com')
    await next(u)
    await finishDetailsAndCreate(u, { domains: ['acme.com'] })
    expect(await screen.findByText(/could not be linked: acme.com/)).toBeInTheDocument()
    expect(onError).toHaveBeenCalledTimes(1)
    expect(onError).toHaveBeenCalledWith(expect.any(Error), { action: 'link' })
  })

  it('reports a failed create with its action', async () => {
    faults.serverError = { operations: ['createIdentityProvider'], times: 1 }
    const onError = vi.fn()
    const u = user()
    renderWithMyOrg(<IdpWizard onError={onError} />)
    await pickStrategy(u, 'ADFS')
    await type(u, 'Connection name', 'adfs-create-error')
    await next(u)
    await type(u, 'ADFS server URL', 'https://adfs.acme.com')
    await next(u)
    await finishDetailsAndCreate(u)
    expect(await screen.findByText('Something went wrong on the server')).toBeInTheDocument()
    expect(onError).toHaveBeenCalledWith(expect.any(Error), { action: 'create' })
  })

  it('names a provider with an empty display name by its name, in the title and on success', async () => {
    const okta = seeded('acme-okta')
    okta.display_name = ''
    const u = user()
    renderWithMyOrg(<IdpWizard identityProviderId={okta.id} defaultStep="details" />)
    expect(await screen.findByRole('heading', { name: 'Edit acme-okta' })).toBeInTheDocument()
    await u.click(screen.getByRole('checkbox', { name: /Show as a button/ }))
    await next(u)
    await next(u)
    await u.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(await screen.findByText('Changes to acme-okta were saved.')).toBeInTheDocument()
  })

  it('a controlled step the host follows moves, focuses its heading, and Back goes back', async () => {
    const onStepChange = vi.fn()
    function Host(): ReactNode {
      const [step, setStep] = useState<IdpWizardStep>('provider')
      return (
        <IdpWizard
          step={step}
          onStepChange={(next) => {
            onStepChange(next)
            setStep(next)
          }}
        />
      )
    }
    const u = user()
    renderWithMyOrg(<Host />)
    await pickStrategy(u, 'Okta')
    const heading = await screen.findByRole('heading', {
      name: 'Give these values to your IdP admin',
    })
    expect(heading).toHaveFocus()
    await u.click(screen.getByRole('button', { name: 'Back' }))
    expect(
      screen.getByRole('heading', { name: 'Which identity provider does your company use?' }),
    ).toHaveFocus()
    expect(onStepChange.mock.calls).toEqual([['sp-values'], ['provider']])
  })

  it('leaving: the confirmation is a modal dialog; Leave calls onCancel once', async () => {
    const u = user()
    const onCancel = vi.fn()
    renderWithMyOrg(<IdpWizard onCancel={onCancel} />)
    await u.click(await screen.findByRole('radio', { name: /^Okta/ }))
    await u.click(screen.getByRole('button', { name: 'Cancel' }))
    const dialog = await screen.findByRole('alertdialog', { name: 'Leave without saving?' })
    expect(dialog).toHaveAccessibleDescription('What you entered in this setup will be lost.')
    expect(dialog.tagName).toBe('DIALOG')
    expect(dialog).toHaveAttribute('open')
    await u.click(within(dialog).getByRole('button', { name: 'Leave' }))
    expect(onCancel).toHaveBeenCalledTimes(1)
    expect(screen.queryByRole('alertdialog')).toBeNull()
    // The wizard's own form was not submitted by the dialog's button.
    expect(
      screen.getByRole('heading', { name: 'Which identity provider does your company use?' }),
    ).toBeInTheDocument()
  })
})
