import {
  type IdentityProviderListItem,
  type IdentityProvidersConfiguration,
  type IdpStrategy,
  identityProvidersConfigurationKey,
} from '@myorg-kit/client'

/** The first of `values` that is a non-empty string: `''` counts as absent everywhere. */
function firstNonEmpty(...values: (string | null | undefined)[]): string {
  return values.find((value): value is string => typeof value === 'string' && value !== '') ?? ''
}

/**
 * What every screen calls a provider: its display name, else its name, else its id. An empty
 * display name counts as absent, so a provider is named the same on every screen.
 */
export function displayNameOf(
  idp: Pick<IdentityProviderListItem, 'display_name' | 'name' | 'id'>,
): string {
  return firstNonEmpty(idp.display_name, idp.name, idp.id)
}

/** The name the delete confirmation asks for: the connection's name (else its display name). */
export function confirmationNameOf(
  idp: Pick<IdentityProviderListItem, 'display_name' | 'name'>,
): string {
  return firstNonEmpty(idp.name, idp.display_name)
}

export { identityProvidersConfigurationKey }

/**
 * Whether identity providers of `strategy` can provision users with SCIM, per
 * `GET /config/identity-providers` (`provisioning` feature and the `scim` method).
 * `undefined` when the configuration is not known (not loaded, not readable or not configured).
 */
export function supportsScimProvisioning(
  configuration: IdentityProvidersConfiguration | null | undefined,
  strategy: IdpStrategy,
): boolean | undefined {
  if (!configuration) {
    return undefined
  }
  const features = configuration.strategies[identityProvidersConfigurationKey(strategy)]
  return (
    features !== undefined &&
    features.enabled_features.includes('provisioning') &&
    features.provisioning_methods.includes('scim')
  )
}
