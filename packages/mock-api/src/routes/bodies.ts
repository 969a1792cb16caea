/**
 * Response shapes of identity providers: secrets never leave the mock, and the list shows
 * providers the organization cannot configure in their minimal shape.
 */
import type { IdpStrategy } from '@myorg-kit/client'

import { type MockIdentityProvider, mockCertificate } from '../seed/identity-providers.ts'

const strategiesWithAttributes = new Set<IdpStrategy>(['oidc', 'okta', 'samlp'])

function stripPem(certificate: string): string {
  return certificate.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '')
}

/** Response-shaped options: secrets dropped, `signingCert` returned as `cert`. */
export function responseOptions(
  strategy: IdpStrategy,
  options: Record<string, unknown>,
  previous?: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = structuredClone(options)
  delete out.client_secret
  if (strategy === 'samlp' || strategy === 'pingfederate') {
    const signingCert = out.signingCert
    delete out.signingCert
    if (typeof signingCert === 'string') {
      out.cert = stripPem(signingCert)
    } else if (typeof previous?.cert === 'string') {
      out.cert = previous.cert
    } else {
      // Read from the SAML metadata document, in the real service.
      out.cert = mockCertificate
    }
  }
  return out
}

/** The full response shape of a provider (`attributes` only for strategies that map them). */
export function identityProviderBody(idp: MockIdentityProvider): Record<string, unknown> {
  const body: Record<string, unknown> = {
    id: idp.id,
    name: idp.name,
    display_name: idp.display_name,
    strategy: idp.strategy,
    show_as_button: idp.show_as_button,
    assign_membership_on_login: idp.assign_membership_on_login,
    access_level: idp.access_level,
    domains: [...idp.domains],
    is_enabled: idp.is_enabled,
    options: structuredClone(idp.options),
  }
  if (strategiesWithAttributes.has(idp.strategy)) {
    body.attributes = structuredClone(idp.attributes ?? [])
  }
  return body
}

/** The list shape of a provider the organization cannot configure (access_level none). */
export function minimalIdentityProviderBody(idp: MockIdentityProvider): Record<string, unknown> {
  return {
    id: idp.id,
    name: idp.name,
    display_name: idp.display_name,
    is_enabled: idp.is_enabled,
    access_level: idp.access_level,
  }
}
