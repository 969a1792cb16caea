/**
 * Rules the identity provider routes share: what the organization may set, the OIDC discovery
 * failure, and the store changes of removing a provider or refreshing a mapping.
 */
import type { IdpStrategy } from '@myorg-kit/client'

import { type ValidationErrorDetail, badRequest, fieldError } from '../responses.ts'
import type { MyOrgState } from '../store.ts'

/**
 * `show_as_button` and `assign_membership_on_login` may be set only where the Connection
 * Profile lets the organization admin (`GET /config/identity-providers` `organization`).
 */
export function organizationFlagErrors(
  state: MyOrgState,
  input: {
    show_as_button?: boolean | undefined
    assign_membership_on_login?: boolean | undefined
  },
): ValidationErrorDetail[] {
  const orgConfig = state.identityProvidersConfiguration.organization
  const errors: ValidationErrorDetail[] = []
  if (input.show_as_button !== undefined && !orgConfig.can_set_show_as_button) {
    errors.push(fieldError(['show_as_button'], 'cannot be set by the organization', 'body'))
  }
  if (
    input.assign_membership_on_login !== undefined &&
    !orgConfig.can_set_assign_membership_on_login
  ) {
    errors.push(
      fieldError(['assign_membership_on_login'], 'cannot be set by the organization', 'body'),
    )
  }
  return errors
}

/**
 * The real service fetches an OIDC provider's discovery document when the provider is saved and
 * answers 400 "discovery failure: …" when it cannot. The mock cannot fetch, so it fails only for
 * hosts under `.invalid` (RFC 6761: guaranteed not to resolve), e.g. `https://idp.invalid/…`.
 */
export function discoveryFailure(strategy: IdpStrategy, options: object): Response | undefined {
  const url = (options as { discovery_url?: unknown }).discovery_url
  if (strategy !== 'oidc' || typeof url !== 'string') {
    return undefined
  }
  let host: string
  try {
    host = new URL(url).hostname
  } catch {
    return undefined
  }
  return host === 'invalid' || host.endsWith('.invalid')
    ? badRequest(`OIDC discovery failure: could not fetch ${url} (the host does not resolve).`)
    : undefined
}

/** Remove a provider with its provisioning configuration and SCIM tokens. */
export function removeIdentityProvider(state: MyOrgState, idpId: string): void {
  state.identityProviders = state.identityProviders.filter((idp) => idp.id !== idpId)
  state.provisioning.delete(idpId)
  state.scimTokens = state.scimTokens.filter((token) => token.identity_provider_id !== idpId)
}

/** A refreshed attribute mapping: extra rows dropped, missing ones now present. */
export function refreshRows<T extends { is_extra: boolean; is_missing: boolean }>(rows: T[]): T[] {
  return rows.filter((row) => !row.is_extra).map((row) => ({ ...row, is_missing: false }))
}
