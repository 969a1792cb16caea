import type {
  IdentityProvidersConfiguration,
  IdpConfigurationStrategyKey,
  IdpStrategy,
  OrgConfiguration,
} from '@myorg-kit/client'

/** Every strategy, in the order the wizard offers them. */
export const IDP_STRATEGIES: readonly IdpStrategy[] = [
  'okta',
  'waad',
  'google-apps',
  'samlp',
  'oidc',
  'adfs',
  'pingfederate',
]

/** SAML-family strategies: the IdP needs an ACS URL, an entity ID and the SP metadata. */
export function isSamlFamily(strategy: IdpStrategy): boolean {
  return strategy === 'samlp' || strategy === 'adfs' || strategy === 'pingfederate'
}

/** The key of a strategy in `GET /config/identity-providers` (`google-apps` → `googleapps`). */
export function configurationKey(strategy: IdpStrategy): IdpConfigurationStrategyKey {
  return strategy === 'google-apps' ? 'googleapps' : strategy
}

/**
 * The strategies the organization may create: in `allowed_strategies` of `GET /config` and with
 * an entry in the Connection Profile (`GET /config/identity-providers`). A missing document
 * (`null`, i.e. 404) or field does not restrict.
 */
export function availableStrategies(
  configuration: OrgConfiguration | null | undefined,
  idpConfiguration: IdentityProvidersConfiguration | null | undefined,
): IdpStrategy[] {
  const allowed = configuration?.allowed_strategies
  const profile = idpConfiguration?.strategies
  return IDP_STRATEGIES.filter(
    (strategy) =>
      (!allowed || allowed.includes(strategy)) &&
      (!profile || profile[configurationKey(strategy)] !== undefined),
  )
}
