'use client'

import type { IdentityProviderListItem, IdpStrategy } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import { type ComponentScope, useScope } from '../../kit/scope.tsx'
import { displayNameOf } from '../../lib/identity-provider.ts'
import { EnabledSwitch } from './enabled-switch.tsx'
import type { IdentityProviderListSlot } from './identity-provider-list.slots.ts'
import type { ProviderAbilities, ProviderKind } from './provider-abilities.ts'
import { StrategyBadge } from './strategy-badge.tsx'
import { ApiText } from '../../ui/api-text.tsx'

const accessVariant = { full: 'info', limited: 'neutral', readonly: 'neutral', none: 'neutral' }

/**
 * A provider's first line: logo, name, type and connection name, access and state badges, and
 * the switch when it may be turned on or off. A provider of an unknown type says so instead of
 * claiming an access level it can't use here.
 */
export function ProviderSummary(props: {
  item: IdentityProviderListItem
  provider: ProviderKind
  abilities: ProviderAbilities
}): ReactNode {
  const { item, provider, abilities } = props
  const { t, levels } = useScope<IdentityProviderListSlot>()
  const Heading = `h${levels.section}` as const
  const name = displayNameOf(item)
  const type = typeOf(provider, t)
  const connection = item.name && item.name !== name ? item.name : undefined
  return (
    <div className="mk-IdentityProviderList-summary">
      <StrategyBadge strategy={logoOf(provider)} />
      <div className="mk-IdentityProviderList-names">
        <Heading className="mk-IdentityProviderList-name">
          <ApiText value={name} maxLines={2} flagHidden />
        </Heading>
        <p className="mk-IdentityProviderList-meta">
          {type === undefined ? null : <span>{type}</span>}
          {type !== undefined && connection ? <span aria-hidden="true"> · </span> : null}
          {connection ? (
            <ApiText code value={connection} className="mk-IdentityProviderList-connection" />
          ) : null}
        </p>
        <p className="mk-IdentityProviderList-badges">
          {provider.kind === 'unknown' ? null : (
            <span className="mk-badge" data-variant={accessVariant[provider.level]}>
              {t(`identityProviderList.access.${provider.level}`)}
            </span>
          )}
          {abilities.toggle && item.is_enabled ? null : (
            <span className="mk-badge" data-variant={item.is_enabled ? 'success' : undefined}>
              {item.is_enabled
                ? t('identityProviderList.enabled')
                : t('identityProviderList.disabled')}
            </span>
          )}
        </p>
      </div>
      {abilities.toggle && provider.kind === 'known' ? <EnabledSwitch idp={provider.idp} /> : null}
    </div>
  )
}

/** The logo: the strategy's mark, a neutral one for an unknown type, "?" for a managed one. */
function logoOf(provider: ProviderKind): IdpStrategy | 'unknown' | undefined {
  switch (provider.kind) {
    case 'known':
      return provider.idp.strategy
    case 'unknown':
      return 'unknown'
    case 'managed':
      return undefined
  }
}

/** The type line: the strategy's name, "Unknown provider type", or nothing for a managed one. */
function typeOf(provider: ProviderKind, t: ComponentScope['t']): string | undefined {
  switch (provider.kind) {
    case 'known':
      return t(`identityProviderList.strategy.${provider.idp.strategy}`)
    case 'unknown':
      return t('identityProviderList.unknownType.label')
    case 'managed':
      return undefined
  }
}
