/**
 * Checks a SAML or ADFS metadata document in the browser before anything is sent: the right kind
 * of document (IdP, not SP; XML, not an HTML login page), its sign-in URL and its certificates.
 * Uses the browser's DOMParser; no dependency.
 */
import { type ParsedCertificate, parseCertificate } from './certificate.ts'

/** Largest metadata document accepted (1 MB). */
export const METADATA_MAX_BYTES = 1_000_000

/** Why a metadata document cannot be used. */
export type MetadataProblem =
  | 'empty'
  | 'too-large'
  | 'html'
  | 'dtd'
  | 'malformed'
  | 'not-metadata'
  | 'sp-metadata'
  | 'no-sso-url'

/** What {@link parseSamlMetadata} reads from an IdP metadata document. */
export interface SamlMetadata {
  entityId: string | undefined
  /** The IdP's sign-in URL (HTTP-Redirect preferred, then HTTP-POST, then any). */
  ssoUrl: string
  /** The binding of {@link ssoUrl}, when stated. */
  ssoBinding: string | undefined
  /** Signing certificates (and those without a `use`), unreadable ones skipped. */
  certificates: ParsedCertificate[]
  /** Certificates in the document that could not be read. */
  unreadableCertificates: number
  /** True for an ADFS federation metadata document (WS-Federation role present). */
  isAdfs: boolean
}

/** The result of {@link parseSamlMetadata}. */
export type SamlMetadataParseResult =
  { ok: true; metadata: SamlMetadata } | { ok: false; problem: MetadataProblem }

const REDIRECT = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect'
const POST = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST'

/** A document type or entity declaration, in any case and with any spacing after `<!`. */
const DTD_DECLARATION = /<!\s*(?:DOCTYPE|ENTITY)\b/i

/**
 * True when an XML document declares a DOCTYPE or entities. Metadata never needs them, and they
 * are how external-entity (XXE) and entity-expansion attacks reach a server, so such documents are
 * refused on every path before anything is sent. A text check: no parser is asked to read the DTD.
 *
 * @example
 * declaresDtd('<!DOCTYPE x SYSTEM "file:///etc/passwd"><x/>') // true
 */
export function declaresDtd(xml: string): boolean {
  return DTD_DECLARATION.test(xml)
}

function byLocalName(root: Element | Document, name: string): Element[] {
  return Array.from(root.getElementsByTagNameNS('*', name))
}

/**
 * Parses an IdP's SAML metadata or ADFS `FederationMetadata.xml`.
 *
 * @example
 * const result = parseSamlMetadata(await file.text())
 * if (!result.ok) showProblem(result.problem) // 'sp-metadata', 'html', 'dtd', 'malformed', …
 */
export function parseSamlMetadata(xml: string): SamlMetadataParseResult {
  if (xml.trim() === '') {
    return { ok: false, problem: 'empty' }
  }
  if (new Blob([xml]).size > METADATA_MAX_BYTES) {
    return { ok: false, problem: 'too-large' }
  }
  const head = xml.trimStart().slice(0, 512).toLowerCase()
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /<html[\s>]/.test(head)) {
    return { ok: false, problem: 'html' }
  }
  if (declaresDtd(xml)) {
    return { ok: false, problem: 'dtd' }
  }
  const doc = new DOMParser().parseFromString(xml, 'application/xml')
  if (doc.getElementsByTagName('parsererror').length > 0) {
    return { ok: false, problem: 'malformed' }
  }
  const root = doc.documentElement
  if (root.localName === 'html') {
    return { ok: false, problem: 'html' }
  }
  const entity =
    root.localName === 'EntityDescriptor' ? root : byLocalName(doc, 'EntityDescriptor')[0]
  if (!entity) {
    return { ok: false, problem: 'not-metadata' }
  }
  const idp = byLocalName(entity, 'IDPSSODescriptor')[0]
  const wsFed = byLocalName(entity, 'RoleDescriptor').find(
    (role) => byLocalName(role, 'PassiveRequestorEndpoint').length > 0,
  )
  if (!idp && !wsFed) {
    return {
      ok: false,
      problem: byLocalName(entity, 'SPSSODescriptor').length > 0 ? 'sp-metadata' : 'not-metadata',
    }
  }

  let ssoUrl: string | undefined
  let ssoBinding: string | undefined
  if (idp) {
    const services = byLocalName(idp, 'SingleSignOnService')
      .map((service) => ({
        binding: service.getAttribute('Binding') ?? undefined,
        location: service.getAttribute('Location')?.trim() ?? '',
      }))
      .filter((service) => service.location !== '')
    const chosen =
      services.find((service) => service.binding === REDIRECT) ??
      services.find((service) => service.binding === POST) ??
      services[0]
    ssoUrl = chosen?.location
    ssoBinding = chosen?.binding
  }
  if (!ssoUrl && wsFed) {
    ssoUrl = byLocalName(wsFed, 'Address')[0]?.textContent.trim() || undefined
  }
  if (!ssoUrl) {
    return { ok: false, problem: 'no-sso-url' }
  }

  const certificates: ParsedCertificate[] = []
  let unreadable = 0
  const seen = new Set<string>()
  const descriptors = [idp, wsFed].filter((el): el is Element => el !== undefined)
  for (const descriptor of descriptors) {
    for (const key of byLocalName(descriptor, 'KeyDescriptor')) {
      const use = key.getAttribute('use')
      if (use && use !== 'signing') {
        continue
      }
      for (const node of byLocalName(key, 'X509Certificate')) {
        const value = node.textContent.replace(/\s+/g, '')
        if (value === '' || seen.has(value)) {
          continue
        }
        seen.add(value)
        const parsed = parseCertificate(value)
        if (parsed.ok) {
          certificates.push(parsed.certificate)
        } else {
          unreadable++
        }
      }
    }
  }

  return {
    ok: true,
    metadata: {
      entityId: entity.getAttribute('entityID') ?? undefined,
      ssoUrl,
      ssoBinding,
      certificates,
      unreadableCertificates: unreadable,
      isAdfs: wsFed !== undefined,
    },
  }
}
