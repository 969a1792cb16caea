import type { IdpStrategy } from '@myorg-kit/client'

import { isSamlFamily } from './strategies.ts'

/** What the customer's IdP admin enters on their side. */
export type ServiceProviderValues =
  | {
      kind: 'oauth'
      /** Callback / redirect URI: `https://{domain}/login/callback`. */
      callbackUrl: string
    }
  | {
      kind: 'saml'
      /** Assertion Consumer Service URL: `https://{domain}/login/callback?connection={name}`. */
      acsUrl: string
      /** Entity ID / audience: `urn:auth0:{tenant}:{name}`. */
      entityId: string
      /** Auth0's SP metadata for this connection. */
      metadataUrl: string
    }

/** Input of {@link getServiceProviderValues}. */
export interface ServiceProviderValuesInput {
  strategy: IdpStrategy
  /**
   * The domain users sign in through: the tenant's (`acme.eu.auth0.com`) or its custom domain
   * (`login.acme.com`). A scheme and path are ignored.
   */
  domain: string
  /** The connection name (`name` of the identity provider). */
  connectionName: string
  /**
   * The Auth0 tenant name, for the entity ID. Default: the first label of an `*.auth0.com`
   * domain, else the domain's first label (pass it when signing in through a custom domain).
   */
  tenantName?: string | undefined
}

/** `acme.eu.auth0.com` → `acme`; custom domains → their first label. */
export function tenantNameFromDomain(domain: string): string {
  return hostOf(domain).split('.')[0] ?? ''
}

function hostOf(domain: string): string {
  const trimmed = domain.trim()
  try {
    return new URL(/^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`).host
  } catch {
    return trimmed.replace(/\/.*$/, '')
  }
}

function originOf(domain: string): string {
  const trimmed = domain.trim()
  // Keep http:// for a local tenant; everything else is https.
  return /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?/i.test(trimmed)
    ? new URL(trimmed).origin
    : `https://${hostOf(trimmed)}`
}

/**
 * The values the IdP admin needs, derived the way Auth0 documents them:
 * - OIDC, Okta, Entra ID, Google Workspace: callback URL `https://{domain}/login/callback`.
 * - SAML and PingFederate: ACS URL `https://{domain}/login/callback?connection={name}`, entity ID
 *   `urn:auth0:{tenant}:{name}`, metadata `https://{domain}/samlp/metadata?connection={name}`.
 * - ADFS (WS-Federation): endpoint `https://{domain}/login/callback`, relying party identifier
 *   `urn:auth0:{tenant}:{name}`, metadata
 *   `https://{domain}/wsfed/FederationMetadata/2007-06/FederationMetadata.xml`.
 *
 * @example
 * getServiceProviderValues({ strategy: 'samlp', domain: 'acme.eu.auth0.com', connectionName: 'acme-saml' })
 * // { kind: 'saml', acsUrl: 'https://acme.eu.auth0.com/login/callback?connection=acme-saml', … }
 */
export function getServiceProviderValues(input: ServiceProviderValuesInput): ServiceProviderValues {
  const origin = originOf(input.domain)
  const callbackUrl = `${origin}/login/callback`
  if (!isSamlFamily(input.strategy)) {
    return { kind: 'oauth', callbackUrl }
  }
  const name = encodeURIComponent(input.connectionName.trim())
  const tenant = input.tenantName?.trim() || tenantNameFromDomain(input.domain)
  const entityId = `urn:auth0:${tenant}:${input.connectionName.trim()}`
  if (input.strategy === 'adfs') {
    return {
      kind: 'saml',
      acsUrl: callbackUrl,
      entityId,
      metadataUrl: `${origin}/wsfed/FederationMetadata/2007-06/FederationMetadata.xml`,
    }
  }
  return {
    kind: 'saml',
    acsUrl: `${callbackUrl}?connection=${name}`,
    entityId,
    metadataUrl: `${origin}/samlp/metadata?connection=${name}`,
  }
}
