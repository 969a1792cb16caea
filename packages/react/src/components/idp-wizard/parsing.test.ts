import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

import { createMyOrgTranslator } from '../../i18n/translator.ts'
import { frFR } from '../../locales/fr-FR.ts'
import { certificateStatus, parseCertificate } from './certificate.ts'
import { METADATA_MAX_BYTES, declaresDtd, parseSamlMetadata } from './saml-metadata.ts'
import { createIdpWizardSchema } from './wizard-validation.ts'
import { emptyWizardValues } from './wizard-values.ts'

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'test-fixtures')
const fixture = (name: string) => readFileSync(path.join(fixtures, name), 'utf8')
/** A document type declaration with an external entity, as an XXE probe would send it. */
const xxe = '<!DOCTYPE md:EntityDescriptor SYSTEM "file:///etc/passwd">'
/** Inserts a prolog part right after the XML declaration of a fixture. */
const withProlog = (name: string, prolog: string) =>
  fixture(name).replace(/^(<\?xml[^>]*\?>)/, `$1\n${prolog}`)
const fixtureBytes = (name: string) => new Uint8Array(readFileSync(path.join(fixtures, name)))

/** The fixtures' dates are fixed (made with `openssl ca -startdate/-enddate`); so is "now". */
const now = new Date('2026-11-23T12:00:00Z')

describe('parseCertificate', () => {
  it('reads subject and validity from a PEM certificate', () => {
    const result = parseCertificate(fixture('valid-cert.pem'))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.certificate.subject).toBe('CN=idp.acme.example, O=Acme Corp')
    expect(result.certificate.commonName).toBe('idp.acme.example')
    expect(result.certificate.notBefore.toISOString()).toBe('2025-01-01T00:00:00.000Z')
    expect(result.certificate.notAfter.toISOString()).toBe('2035-01-01T00:00:00.000Z')
    expect(result.certificate.pem).toBe(fixture('valid-cert.pem').trim())
    expect(certificateStatus(result.certificate, now)).toBe('valid')
  })

  it('reads binary DER (.cer) and returns it as PEM', () => {
    const result = parseCertificate(fixtureBytes('valid-cert.cer'))
    expect(result.ok && result.certificate.pem).toBe(fixture('valid-cert.pem').trim())
  })

  it('reads PEM text saved as a .crt file (bytes)', () => {
    const result = parseCertificate(fixtureBytes('expired-cert.pem'))
    expect(result.ok && result.certificate.commonName).toBe('expired.acme.example')
  })

  it('flags an expired certificate and one expiring within 30 days', () => {
    const expired = parseCertificate(fixture('expired-cert.pem'))
    const expiring = parseCertificate(fixture('expiring-cert.pem'))
    if (!expired.ok || !expiring.ok) throw new Error('fixtures must parse')
    expect(expired.certificate.notAfter.toISOString()).toBe('2021-01-01T00:00:00.000Z')
    expect(certificateStatus(expired.certificate, now)).toBe('expired')
    expect(expiring.certificate.notAfter.toISOString()).toBe('2026-12-10T00:00:00.000Z')
    expect(certificateStatus(expiring.certificate, now)).toBe('expiring')
    expect(certificateStatus(expiring.certificate, new Date('2026-11-01T00:00:00Z'))).toBe('valid')
    expect(certificateStatus(expiring.certificate, new Date('2025-06-01T00:00:00Z'))).toBe(
      'not-yet-valid',
    )
  })

  it('rejects the wrong kind of file', () => {
    expect(parseCertificate('')).toEqual({ ok: false, problem: 'empty' })
    expect(parseCertificate(fixture('not-a-cert.txt'))).toEqual({
      ok: false,
      problem: 'not-certificate',
    })
    expect(
      parseCertificate('-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----'),
    ).toEqual({
      ok: false,
      problem: 'private-key',
    })
    expect(parseCertificate(new Uint8Array())).toEqual({ ok: false, problem: 'empty' })
  })

  it('calls a private key a private key, as PEM, bare base64 or DER, never "damaged"', () => {
    const pem = fixture('test-only-private-key.pem')
    expect(parseCertificate(pem)).toEqual({ ok: false, problem: 'private-key' })
    const base64 = pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '')
    expect(parseCertificate(base64)).toEqual({ ok: false, problem: 'private-key' })
    const der = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))
    expect(parseCertificate(der)).toEqual({ ok: false, problem: 'private-key' })
  })

  it('reads the certificate of a file that also holds a key, flags the key and never keeps it', () => {
    const both = `${fixture('test-only-private-key.pem')}\n${fixture('valid-cert.pem')}`
    const result = parseCertificate(both)
    if (!result.ok) {
      throw new Error(`expected a certificate, got ${result.problem}`)
    }
    expect(result.certificate.privateKeyIgnored).toBe(true)
    expect(result.certificate.subject).toBe(
      (parseCertificate(fixture('valid-cert.pem')) as { certificate: { subject: string } })
        .certificate.subject,
    )
    expect(result.certificate.pem).not.toMatch(/PRIVATE KEY/)
    expect(result.certificate.pem).toContain('BEGIN CERTIFICATE')
  })

  it('rejects a truncated (damaged) certificate', () => {
    const body = fixture('valid-cert.pem')
      .replace(/-----[A-Z ]+-----/g, '')
      .replace(/\s+/g, '')
    const truncated = body.slice(0, 200)
    expect(parseCertificate(truncated)).toEqual({ ok: false, problem: 'malformed' })
  })
})

describe('parseSamlMetadata', () => {
  it('extracts the sign-in URL (HTTP-Redirect preferred), entity ID and certificates', () => {
    const result = parseSamlMetadata(fixture('idp-metadata.xml'))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.metadata.entityId).toBe('http://www.okta.com/exk1acme')
    expect(result.metadata.ssoUrl).toBe(
      'https://acme.okta.com/app/acme_saml/exk1acme/sso/saml?redirect',
    )
    expect(result.metadata.ssoBinding).toBe('urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect')
    expect(result.metadata.certificates.map((c) => c.commonName)).toEqual(['idp.acme.example'])
    expect(result.metadata.isAdfs).toBe(false)
  })

  it('lists every signing certificate, the expired one included', () => {
    const result = parseSamlMetadata(fixture('idp-metadata-expired.xml'))
    if (!result.ok) throw new Error('must parse')
    expect(
      result.metadata.certificates.map((c) => [c.commonName, certificateStatus(c, now)]),
    ).toEqual([
      ['expired.acme.example', 'expired'],
      ['idp.acme.example', 'valid'],
    ])
  })

  it('reads ADFS federation metadata', () => {
    const result = parseSamlMetadata(fixture('adfs-federation-metadata.xml'))
    if (!result.ok) throw new Error('must parse')
    expect(result.metadata.isAdfs).toBe(true)
    expect(result.metadata.ssoUrl).toBe('https://adfs.acme.example/adfs/ls/')
    expect(result.metadata.certificates).toHaveLength(1)
  })

  it('rejects SP metadata, HTML, malformed XML, other XML and oversized documents', () => {
    expect(parseSamlMetadata(fixture('sp-metadata.xml'))).toEqual({
      ok: false,
      problem: 'sp-metadata',
    })
    expect(parseSamlMetadata(fixture('login-page.html'))).toEqual({ ok: false, problem: 'html' })
    expect(parseSamlMetadata(fixture('malformed.xml'))).toEqual({ ok: false, problem: 'malformed' })
    expect(parseSamlMetadata('<?xml version="1.0"?><rss><channel/></rss>')).toEqual({
      ok: false,
      problem: 'not-metadata',
    })
    expect(parseSamlMetadata('   ')).toEqual({ ok: false, problem: 'empty' })
    const huge = fixture('idp-metadata.xml').replace(
      '</md:EntityDescriptor>',
      `<!-- ${'x'.repeat(METADATA_MAX_BYTES)} --></md:EntityDescriptor>`,
    )
    expect(parseSamlMetadata(huge)).toEqual({ ok: false, problem: 'too-large' })
  })

  it('rejects IdP metadata without a sign-in URL', () => {
    const xml = fixture('idp-metadata.xml').replace(/<md:SingleSignOnService[^>]*\/>/g, '')
    expect(parseSamlMetadata(xml)).toEqual({ ok: false, problem: 'no-sso-url' })
  })
})

describe('declaresDtd', () => {
  it('spots a DOCTYPE, an entity declaration, whatever the case or the spacing', () => {
    expect(declaresDtd(xxe)).toBe(true)
    expect(declaresDtd('<?xml version="1.0"?>\n<!doctype x>')).toBe(true)
    expect(declaresDtd('<!DOCTYPE x [<!ENTITY e "boom">]><x>&e;</x>')).toBe(true)
    expect(declaresDtd('<x><!ENTITY\te SYSTEM "file:///etc/hosts"></x>')).toBe(true)
    expect(declaresDtd('<!  DOCTYPE x>')).toBe(true)
  })

  it('lets ordinary metadata through', () => {
    expect(declaresDtd(fixture('idp-metadata.xml'))).toBe(false)
    expect(declaresDtd(fixture('adfs-federation-metadata.xml'))).toBe(false)
    expect(declaresDtd('<x>DOCTYPE and ENTITY as plain words</x>')).toBe(false)
  })
})

describe('parseSamlMetadata refuses documents with a DTD', () => {
  it.each([
    ['SAML metadata with an external DOCTYPE', 'idp-metadata.xml', xxe],
    ['ADFS metadata with an external DOCTYPE', 'adfs-federation-metadata.xml', xxe],
    [
      'ADFS metadata with an internal entity declaration',
      'adfs-federation-metadata.xml',
      '<!DOCTYPE EntityDescriptor [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    ],
  ])('%s', (_case, name, prolog) => {
    expect(parseSamlMetadata(withProlog(name, prolog))).toEqual({ ok: false, problem: 'dtd' })
  })

  it('still calls an HTML page a web page', () => {
    expect(parseSamlMetadata(fixture('login-page.html'))).toEqual({ ok: false, problem: 'html' })
  })
})

describe('the wizard refuses ADFS metadata with a DTD however it got into the form', () => {
  const values = {
    ...emptyWizardValues('adfs'),
    name: 'adfs-xxe',
    adfsSource: 'metadataXml' as const,
    metadataXml: withProlog('adfs-federation-metadata.xml', xxe),
  }
  const issues = async (locale: 'en-US' | 'fr-FR') => {
    const { t } = createMyOrgTranslator(
      locale === 'fr-FR' ? { locale, messages: [frFR] } : { locale },
    )
    const result = await createIdpWizardSchema(t, { mode: 'create' }).safeParseAsync(values)
    return result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message])
  }

  it('says why, in English and in French', async () => {
    expect(await issues('en-US')).toEqual([
      [
        'metadataXml',
        'This file holds a DOCTYPE or entity declarations. Such files are refused for safety: export the metadata again without them.',
      ],
    ])
    expect(await issues('fr-FR')).toEqual([
      [
        'metadataXml',
        'Ce fichier contient un DOCTYPE ou des déclarations d’entités. Ces fichiers sont refusés par sécurité : exportez de nouveau les métadonnées sans eux.',
      ],
    ])
  })
})
