'use client'

import { type ReactNode, useState } from 'react'

import { Button } from '../../../../ui/button.tsx'
import { TextField } from '../../fields/text-field.tsx'
import { strategySpec } from '../../strategies.ts'
import { useWizard, useWizardScope } from '../../wizard-context.tsx'

/**
 * The client secret: masked with a show/hide toggle. In edit mode a blank secret keeps the
 * stored one (the API never returns it), unless the strategy needs it with every change.
 */
export function SecretField(props: { locked: boolean }): ReactNode {
  const { mode, values } = useWizard()
  const { t } = useWizardScope()
  const [visible, setVisible] = useState(false)
  const required = values.strategy !== '' && strategySpec(values.strategy).secretRequired
  const help =
    mode === 'create'
      ? t('idpWizard.connection.clientSecret.help')
      : required
        ? t('idpWizard.connection.clientSecret.editHelpRequired')
        : t('idpWizard.connection.clientSecret.editHelp')
  return (
    <TextField
      name="clientSecret"
      type={visible ? 'text' : 'password'}
      autoComplete="new-password"
      label={t('idpWizard.connection.clientSecret.label')}
      help={help}
      locked={props.locked}
      after={
        <Button
          size="sm"
          aria-pressed={visible}
          aria-label={t('idpWizard.connection.clientSecret.show')}
          onClick={() => {
            setVisible((current) => !current)
          }}
        >
          <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
            <path
              d="M1 12s4-7 11-7 11 7 11 7-4 7-11 7S1 12 1 12zm11-3a3 3 0 1 0 0 6 3 3 0 0 0 0-6z"
              fill="currentColor"
            />
          </svg>
        </Button>
      }
    />
  )
}
