'use client'

import type { IdpStrategy } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import type { SlotProps } from '../../theming/slots.ts'
import { cx } from '../../theming/slots.ts'
import { StrategyLogo } from '../../ui/strategy-logo.tsx'

/**
 * A provider's strategy logo (the same marks the IdpWizard shows), or "?" for a provider the
 * list may not read in full. Hidden from assistive technology: the strategy's name is rendered
 * as text next to it.
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
      {strategy ? <StrategyLogo strategy={strategy} /> : '?'}
    </span>
  )
}
