'use client'

import type { IdpStrategy } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import { useScope } from '../../kit/scope.tsx'
import { StrategyLogo } from '../../ui/strategy-logo.tsx'
import type { IdentityProviderListSlot } from './identity-provider-list.slots.ts'

/**
 * A provider's strategy logo (the same marks the IdpWizard shows), a neutral mark for a type the
 * kit does not know, or "?" for a provider the list may not read in full. Hidden from assistive
 * technology: the type is rendered as text next to it.
 */
export function StrategyBadge(props: { strategy: IdpStrategy | 'unknown' | undefined }): ReactNode {
  const { strategy } = props
  const { slot } = useScope<IdentityProviderListSlot>()
  return (
    <span
      {...slot('logo', 'mk-IdentityProviderList-monogram')}
      data-strategy={strategy ?? 'unknown'}
      aria-hidden="true"
    >
      {strategy === undefined ? (
        '?'
      ) : strategy === 'unknown' ? (
        <GenericLogo />
      ) : (
        <StrategyLogo strategy={strategy} />
      )}
    </span>
  )
}

/** A neutral identity mark (a person on a grey tile), 32×32, for a provider of an unknown type. */
function GenericLogo(): ReactNode {
  return (
    <svg viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="#64748b" />
      <circle cx="16" cy="12.5" r="4.5" fill="none" stroke="#fff" strokeWidth="2.5" />
      <path
        d="M8.5 25a7.5 7.5 0 0 1 15 0"
        fill="none"
        stroke="#fff"
        strokeWidth="2.5"
        strokeLinecap="round"
      />
    </svg>
  )
}
