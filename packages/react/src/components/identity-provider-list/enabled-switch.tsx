'use client'

import type { IdentityProvider } from '@myorg-kit/client'
import { type ReactNode, useId, useState } from 'react'

import { useSetIdentityProviderEnabled } from '../../api/identity-provider-enabled.queries.ts'
import { describeError } from '../../i18n/describe-error.ts'
import { displayNameOf } from '../../lib/identity-provider.ts'
import { useMyOrgPermissions } from '../../provider/use-my-org-session.ts'
import { useListContext, useListScope } from './list-context.ts'

/** The optimistic on/off switch (`PATCH is_enabled`), rolled back with the reason on failure. */
export function EnabledSwitch(props: { idp: IdentityProvider }): ReactNode {
  const { idp } = props
  const { t, translator, slot, reportError } = useListScope()
  const { host, announce } = useListContext()
  const { scopes } = useMyOrgPermissions()
  const toggle = useSetIdentityProviderEnabled()
  const [failure, setFailure] = useState<string | null>(null)
  const failureId = useId()
  const name = displayNameOf(idp)
  const checked = idp.is_enabled === true

  const flip = (idpId: string): void => {
    const enabled = !checked
    setFailure(null)
    toggle.mutate(
      { idpId, enabled },
      {
        onSuccess: (updated) => {
          announce(
            t(
              enabled
                ? 'identityProviderList.switchEnabled'
                : 'identityProviderList.switchDisabled',
              {
                name,
              },
            ),
          )
          host.onIdentityProviderUpdated?.(updated)
        },
        onError: (error) => {
          const reason = describeError(error, translator, { grantedScopes: scopes }).description
          setFailure(
            t('identityProviderList.switchFailed', { enable: String(enabled), name, reason }),
          )
          reportError(error, 'toggle', { identityProviderId: idpId })
        },
      },
    )
  }

  return (
    <div className="mk-IdentityProviderList-switchWrap">
      <button
        {...slot('switch')}
        type="button"
        role="switch"
        aria-checked={checked}
        aria-label={t('identityProviderList.switchAria', { name })}
        aria-describedby={failure ? failureId : undefined}
        aria-busy={toggle.isPending || undefined}
        data-state={checked ? 'on' : 'off'}
        disabled={toggle.isPending || !idp.id}
        onClick={() => {
          if (idp.id) {
            flip(idp.id)
          }
        }}
      >
        <span className="mk-IdentityProviderList-track" aria-hidden="true">
          <span className="mk-IdentityProviderList-thumb" />
        </span>
        <span className="mk-IdentityProviderList-switchText">
          {toggle.isPending
            ? t('identityProviderList.switchSaving')
            : t('identityProviderList.switchLabel')}
        </span>
      </button>
      <p id={failureId} role="alert" className="mk-IdentityProviderList-switchError">
        {failure ?? ''}
      </p>
    </div>
  )
}
