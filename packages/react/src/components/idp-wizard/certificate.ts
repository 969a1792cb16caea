/**
 * A small X.509 reader: just enough DER to show an admin which certificate they picked (subject)
 * and when it stops working (notBefore / notAfter). No signature checks: the server does those.
 */

import { type Tlv, children, readTlv } from './der.ts'
import { toPem } from './pem.ts'

/** What {@link parseCertificate} reads from a certificate. */
export interface ParsedCertificate {
  /** The subject, as `CN=idp.acme.com, O=Acme` (common name first when present). */
  subject: string
  /** The subject's common name, when it has one. */
  commonName?: string | undefined
  notBefore: Date
  notAfter: Date
  /** The certificate as PEM (what the API's `signingCert` accepts). */
  pem: string
  /**
   * The file also held a private key. It was left out (only `pem` is ever sent): the admin is
   * told, since a key must never leave their hands.
   */
  privateKeyIgnored?: boolean | undefined
}

/** Why a file is not a usable certificate. */
export type CertificateProblem = 'empty' | 'not-certificate' | 'private-key' | 'malformed'

/** The result of {@link parseCertificate}. */
export type CertificateParseResult =
  { ok: true; certificate: ParsedCertificate } | { ok: false; problem: CertificateProblem }

/** How soon (days) before expiry a certificate gets a warning. */
export const CERTIFICATE_EXPIRY_WARNING_DAYS = 30

/** A certificate's state at a point in time. */
export type CertificateStatus = 'valid' | 'expiring' | 'expired' | 'not-yet-valid'

/** `expired`, `expiring` (within 30 days), `not-yet-valid` or `valid` at `now`. */
export function certificateStatus(
  certificate: Pick<ParsedCertificate, 'notBefore' | 'notAfter'>,
  now: Date = new Date(),
): CertificateStatus {
  const time = now.getTime()
  if (certificate.notAfter.getTime() <= time) {
    return 'expired'
  }
  if (certificate.notBefore.getTime() > time) {
    return 'not-yet-valid'
  }
  const warnFrom = certificate.notAfter.getTime() - CERTIFICATE_EXPIRY_WARNING_DAYS * 86_400_000
  return time >= warnFrom ? 'expiring' : 'valid'
}

function text(bytes: Uint8Array, tlv: Tlv): string {
  return new TextDecoder().decode(bytes.subarray(tlv.start, tlv.end))
}

function oid(bytes: Uint8Array, tlv: Tlv): string {
  const parts: number[] = []
  let value = 0
  for (let i = tlv.start; i < tlv.end; i++) {
    const byte = bytes[i] ?? 0
    value = value * 128 + (byte & 0x7f)
    if (!(byte & 0x80)) {
      if (parts.length === 0) {
        parts.push(
          Math.min(2, Math.floor(value / 40)),
          value - Math.min(2, Math.floor(value / 40)) * 40,
        )
      } else {
        parts.push(value)
      }
      value = 0
    }
  }
  return parts.join('.')
}

function time(bytes: Uint8Array, tlv: Tlv): Date {
  const raw = text(bytes, tlv)
  // UTCTime (0x17): YYMMDDHHMMSSZ; GeneralizedTime (0x18): YYYYMMDDHHMMSSZ.
  const match =
    tlv.tag === 0x17
      ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?Z$/.exec(raw)
      : /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?(?:\.\d+)?Z$/.exec(raw)
  if (!match) {
    throw new Error('bad time')
  }
  const [, y = '0', mo = '1', d = '1', h = '0', mi = '0', s = '0'] = match
  let year = Number(y)
  if (tlv.tag === 0x17) {
    year += year >= 50 ? 1900 : 2000
  }
  return new Date(Date.UTC(year, Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)))
}

const attributeNames: Record<string, string> = {
  '2.5.4.3': 'CN',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '1.2.840.113549.1.9.1': 'E',
}

function readName(bytes: Uint8Array, name: Tlv): { subject: string; commonName?: string } {
  const parts: string[] = []
  let commonName: string | undefined
  for (const rdn of children(bytes, name)) {
    for (const pair of children(bytes, rdn)) {
      const [type, value] = children(bytes, pair)
      if (!type || !value) {
        continue
      }
      const key = oid(bytes, type)
      const label = attributeNames[key] ?? key
      const decoded = text(bytes, value)
      if (label === 'CN') {
        commonName = decoded
      }
      parts.push(`${label}=${decoded}`)
    }
  }
  const ordered = commonName
    ? [`CN=${commonName}`, ...parts.filter((part) => part !== `CN=${commonName}`)]
    : parts
  return { subject: ordered.join(', '), ...(commonName ? { commonName } : {}) }
}

function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) {
    bytes[i] = binary.charCodeAt(i)
  }
  return bytes
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) {
    binary += String.fromCharCode(byte)
  }
  return btoa(binary)
}

/** A PEM private key block of any kind (PKCS#8, encrypted, RSA, EC…). */
const PEM_PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----/

/**
 * Whether DER bytes are a private key rather than a certificate: a key's outer SEQUENCE starts
 * with an INTEGER version (PKCS#1, PKCS#8, SEC1), or is an algorithm plus an OCTET STRING
 * (encrypted PKCS#8); a certificate's starts with the tbsCertificate SEQUENCE.
 */
function isPrivateKeyDer(der: Uint8Array): boolean {
  try {
    const [first, second, third] = children(der, readTlv(der, 0))
    return first?.tag === 0x02 || (first?.tag === 0x30 && second?.tag === 0x04 && !third)
  } catch {
    return false
  }
}

/** DER bytes → subject and validity. Throws on anything that is not a certificate. */
function readDer(der: Uint8Array): Omit<ParsedCertificate, 'pem'> {
  const certificate = readTlv(der, 0)
  if (certificate.tag !== 0x30) {
    throw new Error('not a sequence')
  }
  const [tbs] = children(der, certificate)
  if (tbs?.tag !== 0x30) {
    throw new Error('no tbsCertificate')
  }
  const fields = children(der, tbs)
  // An explicit [0] version comes first in v2/v3 certificates.
  const offset = fields[0]?.tag === 0xa0 ? 1 : 0
  const validity = fields[offset + 3]
  const subject = fields[offset + 4]
  if (validity?.tag !== 0x30 || subject?.tag !== 0x30) {
    throw new Error('no validity or subject')
  }
  const [notBefore, notAfter] = children(der, validity)
  if (!notBefore || !notAfter) {
    throw new Error('no validity')
  }
  return {
    ...readName(der, subject),
    notBefore: time(der, notBefore),
    notAfter: time(der, notAfter),
  }
}

/**
 * Reads a certificate as the IdP admin hands it over: PEM text (`-----BEGIN CERTIFICATE-----`),
 * bare base64 (as in SAML metadata), or binary DER (`.cer`/`.crt` files exported by Windows).
 *
 * @example
 * const result = parseCertificate(await file.arrayBuffer())
 * if (result.ok) console.log(result.certificate.subject, result.certificate.notAfter)
 */
export function parseCertificate(input: string | ArrayBuffer | Uint8Array): CertificateParseResult {
  let der: Uint8Array
  if (typeof input === 'string') {
    const trimmed = input.trim()
    if (trimmed === '') {
      return { ok: false, problem: 'empty' }
    }
    const pem = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/.exec(trimmed)
    const body = (pem ? (pem[1] ?? '') : trimmed).replace(/\s+/g, '')
    const hasKey = PEM_PRIVATE_KEY.test(trimmed)
    if (trimmed.includes('-----BEGIN') && !pem) {
      return { ok: false, problem: hasKey ? 'private-key' : 'not-certificate' }
    }
    if (pem && hasKey) {
      // A key and its certificate in one file: read the certificate only, and say so.
      const read = parseCertificate(body)
      return read.ok
        ? { ok: true, certificate: { ...read.certificate, privateKeyIgnored: true } }
        : read
    }
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(body)) {
      return { ok: false, problem: 'not-certificate' }
    }
    try {
      der = base64ToBytes(body)
    } catch {
      return { ok: false, problem: 'not-certificate' }
    }
  } else {
    const bytes = input instanceof Uint8Array ? input : new Uint8Array(input)
    if (bytes.length === 0) {
      return { ok: false, problem: 'empty' }
    }
    if (bytes[0] !== 0x30) {
      // Not DER: maybe PEM text saved as .cer/.crt.
      return parseCertificate(new TextDecoder().decode(bytes))
    }
    der = bytes
  }
  if (der[0] !== 0x30) {
    return { ok: false, problem: 'not-certificate' }
  }
  if (isPrivateKeyDer(der)) {
    return { ok: false, problem: 'private-key' }
  }
  try {
    const read = readDer(der)
    return { ok: true, certificate: { ...read, pem: toPem(bytesToBase64(der)) } }
  } catch {
    return { ok: false, problem: 'malformed' }
  }
}
