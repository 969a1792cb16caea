'use client'

import type { ReactNode } from 'react'

import { useWizard, useWizardScope } from '../wizard-context.tsx'
import { STRATEGY_FIELDS } from './connection/strategy-fields.tsx'

/** Step 3: what the IdP admin sent back (URLs, metadata, certificate or client credentials). */
export function ConnectionStep(): ReactNode {
  const { values, optionsLocked, readOnly } = useWizard()
  const { t } = useWizardScope()
  const locked = optionsLocked || readOnly
  return (
    <>
      <p className="mk-description">{t('idpWizard.connection.help')}</p>
      {optionsLocked && !readOnly ? (
        <p className="mk-IdpWizard-hint">{t('idpWizard.connection.locked')}</p>
      ) : null}
      {values.strategy === '' ? null : STRATEGY_FIELDS[values.strategy](locked)}
    </>
  )
}
