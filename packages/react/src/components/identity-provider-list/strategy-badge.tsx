'use client'

import type { IdpStrategy } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import type { SlotProps } from '../../theming/slots.ts'
import { cx } from '../../theming/slots.ts'

/** Two-letter monograms per strategy (decorative; the strategy name is always in text too). */
const monograms: Record<IdpStrategy, string> = {
  adfs: 'AD',
  'google-apps': 'G',
  oidc: 'ID',
  okta: 'OK',
  pingfederate: 'PF',
  samlp: 'SA',
  waad: 'ME',
}

/**
 * A compact, decorative badge for a provider's strategy. Hidden from assistive technology: the
 * strategy's name is rendered as text next to it.
 */
export function StrategyBadge(props: {
  strategy: IdpStrategy | undefined
  slot: SlotProps
}): ReactNode {
  const { strategy, slot } = props
  return (
    <span
      {...slot}
      className={cx(slot.className, 'mk-IdentityProviderList-monogram')}
      data-strategy={strategy ?? 'unknown'}
      aria-hidden="true"
    >
      {strategy ? monograms[strategy] : '?'}
    </span>
  )
}
