/**
 * The hostile seed: data another admin, an older client or a bug could have stored, in every
 * field the API returns. HTML, script-like and URL-like strings, bidi overrides and zero-width
 * characters, values of thousands of characters, dates and colours that don't parse, broken
 * certificates, a strategy the kit doesn't know. Some records still pass the client's checks
 * (they must render harmlessly), others break the contract (they must be left out and counted).
 */
import type {
  IdpAttributeMapItem,
  IdpStrategy,
  OrgDomain,
  ProvisioningAttributeMapItem,
} from '@myorg-kit/client'

import { seedId } from '../ids.ts'
import { type MyOrgSeed, createDefaultSeed, createDomainFixture } from '../seed.ts'
import type { MockIdentityProvider } from './identity-providers.ts'
import type { MockScimToken } from './provisioning.ts'

/** A marker the payloads set if they ever run: `window.__mkHostile`. */
const ran = 'window.__mkHostile=1'

/** The strings the hostile seed is made of, for tests that look for them. */
export const hostileStrings = {
  /** Markup whose handler would run if it were ever parsed as HTML. */
  html: `<img src=x onerror="${ran};alert(1)"><b>bold</b>`,
  /** Closes an attribute and opens a script. */
  script: `"><script>${ran};alert(1)</script>`,
  /** A URL that runs script when followed. */
  javascriptUrl: `javascript:${ran};alert(document.domain)`,
  /** Fetched by the browser if it reached CSS. */
  cssUrl: 'url(https://attacker.example/x.png)',
  /** A right-to-left override, terminated: reads "Acme exe.png Corp" when not isolated. */
  bidi: 'Acme \u202Egnp.exe\u202C Corp',
  /** An override that is never closed: reverses what follows it when not isolated. */
  bidiOpen: 'Invoice \u202Efdp.exe',
  /** Zero-width space and joiner: looks like "Acme Okta". */
  zeroWidth: 'Ac\u200Bme\u200D Okta',
  /** A value no layout expects: `length` characters without a space. */
  long: (length: number, unit = 'W'): string => unit.repeat(length),
} as const

const h = hostileStrings
const day = 24 * 60 * 60 * 1000

/** Ids of the hostile seed's providers. */
export const hostileIds = {
  okta: seedId('con', 'acme-okta'),
  saml: seedId('con', 'hostile-saml'),
  oidc: seedId('con', 'hostile-oidc'),
  unknown: seedId('con', 'hostile-unknown'),
} as const

function attributeBase(text: string, required = false) {
  return {
    user_attribute: text,
    label: text,
    description: `${h.html} ${h.long(2000, 'd')}`,
    is_required: required,
    is_extra: !required,
    is_missing: false,
  }
}

function attribute(field: string, text: string, required = false): IdpAttributeMapItem {
  return { ...attributeBase(text, required), sso_field: [field] }
}

function provisioningAttribute(field: string, text: string): ProvisioningAttributeMapItem {
  return { ...attributeBase(text), provisioning_field: field }
}

function provider(
  name: string,
  fields: Pick<MockIdentityProvider, 'strategy' | 'display_name' | 'options'> &
    Partial<MockIdentityProvider>,
): MockIdentityProvider {
  return {
    id: seedId('con', name),
    name,
    show_as_button: true,
    assign_membership_on_login: false,
    is_enabled: true,
    access_level: 'full',
    domains: [],
    user_count: 0,
    ...fields,
  }
}

/** The longest name DNS allows, near enough: three 63-character labels. */
const longDomain = `${h.long(63, 'a')}.${h.long(63, 'b')}.${h.long(63, 'c')}.example`

function hostileDomains(): OrgDomain[] {
  const longName = createDomainFixture(longDomain, { status: 'verified' })
  const pending = createDomainFixture('hostile.example', { status: 'pending' })
  return [
    // Valid: the longest name DNS allows, a TXT value of thousands of characters.
    longName,
    {
      ...pending,
      verification_txt: `auth0-domain-verification=${h.long(3000, 'x')} ${h.script}`,
      verification_host: `${h.bidi}.${h.long(2000, 'h')}`,
    },
    // Invalid: markup as a name, an unknown status, a script URL as an id.
    { ...createDomainFixture('markup.example'), domain: h.html },
    { ...createDomainFixture('status.example'), status: 'bogus' as OrgDomain['status'] },
    { ...createDomainFixture('id.example'), id: h.javascriptUrl },
  ]
}

function hostileProviders(): MockIdentityProvider[] {
  const longField = `http://schemas.example/claims/${h.long(2000, 'c')}`
  return [
    provider('acme-okta', {
      strategy: 'okta',
      display_name: `${h.bidi} ${h.html}`,
      domains: [longDomain],
      options: { domain: h.javascriptUrl, client_id: h.long(2000, 'i'), icon_url: h.cssUrl },
      attributes: [attribute(longField, h.script, true), attribute('email', h.zeroWidth)],
    }),
    provider('hostile-saml', {
      strategy: 'samlp',
      display_name: h.zeroWidth,
      options: {
        signInEndpoint: h.javascriptUrl,
        metadataUrl: `https://${h.long(2000, 'm')}.example/metadata`,
        cert: `-----BEGIN CERTIFICATE-----\n${h.html}\n-----END CERTIFICATE-----`,
      },
      attributes: [attribute(longField, h.bidiOpen)],
    }),
    provider('hostile-oidc', {
      strategy: 'oidc',
      display_name: h.long(2000),
      is_enabled: false,
      options: { type: 'back_channel', client_id: h.script, discovery_url: h.javascriptUrl },
    }),
    // A strategy the kit doesn't know: listed as a minimal item.
    provider('hostile-unknown', {
      strategy: 'evil-strategy' as IdpStrategy,
      display_name: `${h.script} ${h.bidiOpen}`,
      options: { [h.html]: h.javascriptUrl },
    }),
    // Breaks the contract (its id is not a connection id): left out of the list.
    {
      ...provider('hostile-broken', { strategy: 'okta', display_name: h.html, options: {} }),
      id: h.html,
    },
  ]
}

function hostileTokens(now: number): MockScimToken[] {
  const okta = hostileIds.okta
  return [
    // Valid, with dates that don't parse.
    {
      identity_provider_id: okta,
      token_id: seedId('tok', 'hostile-dates'),
      created_at: 'not-a-date',
      valid_until: h.script,
      scopes: [h.html, h.long(2000, 's')],
    },
    {
      identity_provider_id: okta,
      token_id: seedId('tok', 'hostile-plain'),
      created_at: new Date(now - 10 * day).toISOString(),
      valid_until: new Date(now + 80 * day).toISOString(),
    },
    // Breaks the contract (its id is markup): left out of the list.
    { identity_provider_id: okta, token_id: h.html, created_at: new Date(now).toISOString() },
  ]
}

/**
 * The hostile organization: the default seed with every field the API returns replaced by data
 * meant to break, spoof or leak (see `hostileStrings`). Valid records are rendered, invalid ones
 * are skipped by the client, and the details are valid to the client but not savable as they
 * are (a 5,000-character display name, a `javascript:` logo, `url(…)` colours).
 *
 * @example
 * const store = createMyOrgStore(hostileSeed())
 */
export function hostileSeed(now: number = Date.now()): MyOrgSeed {
  const base = createDefaultSeed(now)
  const names = [h.bidi, h.html, h.long(3000, 'n')]
  const members = base.members.map((member, index) => {
    const name = names[index]
    return name === undefined ? member : { ...member, name, nickname: h.zeroWidth }
  })
  return {
    ...base,
    organization: {
      ...base.organization,
      name: 'acme-hostile',
      display_name: `${h.bidiOpen} ${h.html} ${h.long(5000)}`,
      branding: {
        logo_url: h.javascriptUrl,
        colors: { primary: h.cssUrl, page_background: `red;background:${h.cssUrl}` },
      },
    },
    domains: hostileDomains(),
    dns: {},
    identityProviders: hostileProviders(),
    provisioning: [
      {
        identity_provider_id: hostileIds.okta,
        identity_provider_name: h.bidi,
        strategy: 'okta',
        method: 'scim',
        attributes: [
          provisioningAttribute(`urn:ietf:params:scim:${h.long(2000, 'u')}`, h.script),
          provisioningAttribute('userName', h.bidiOpen),
          provisioningAttribute(h.html, h.long(2000, 'l')),
        ],
        user_id_attribute: h.long(500, 'e'),
        created_at: 'not-a-date',
        updated_on: '2026-13-45T99:99:99Z',
      },
    ],
    scimTokens: hostileTokens(now),
    maxScimTokensPerIdentityProvider: null,
    members,
  }
}
