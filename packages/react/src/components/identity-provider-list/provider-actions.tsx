'use client'

import type { IdentityProvider } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import { useScope } from '../../kit/scope.tsx'
import { displayNameOf } from '../../lib/identity-provider.ts'
import { Button } from '../../ui/button.tsx'
import type { ProviderDialog } from './dialogs/provider-dialogs.tsx'
import type { IdentityProviderListSlot } from './identity-provider-list.slots.ts'
import { useListContext } from './list-context.ts'
import type { ProviderAbilities } from './provider-abilities.ts'

type Action = 'edit' | 'domains' | 'provisioning' | 'refresh' | 'detach' | 'delete'

/** The buttons, in order; the last two destroy (`actions.{action}` and `actions.{action}Aria`). */
const order: readonly Action[] = ['edit', 'domains', 'provisioning', 'refresh', 'detach', 'delete']
const destructive: ReadonlySet<Action> = new Set(['detach', 'delete'])

/**
 * The action buttons of an open provider, as its abilities allow. Edit and Manage provisioning
 * call the host's callback, or open the in-place panel (their `data-mk-focus-key` brings focus
 * back when it closes); the others open a confirmation or the domains editor.
 */
export function ProviderActions(props: {
  idp: IdentityProvider
  abilities: ProviderAbilities
  editingDomains: boolean
  onToggleDomains: () => void
  onAsk: (dialog: ProviderDialog) => void
}): ReactNode {
  const { idp, abilities } = props
  const { t, slot } = useScope<IdentityProviderListSlot>()
  const { host, openPanel } = useListContext()
  const name = displayNameOf(idp)
  const id = idp.id ?? ''
  const shown = order.filter((action) => abilities[action])
  if (shown.length === 0) {
    return null
  }
  const run = (action: Action): void => {
    switch (action) {
      case 'edit':
      case 'provisioning': {
        const hostCallback = {
          edit: host.onEditIdentityProvider,
          provisioning: host.onManageProvisioning,
        }[action]
        if (hostCallback) {
          hostCallback(idp)
        } else {
          openPanel({ kind: action, idp }, `${action}:${id}`)
        }
        return
      }
      case 'domains':
        props.onToggleDomains()
        return
      default:
        props.onAsk({ kind: action, idp })
    }
  }
  return (
    <div
      {...slot('actions')}
      role="group"
      aria-label={t('identityProviderList.actions.label', { name })}
    >
      {shown.map((action) => (
        <Button
          key={action}
          size="sm"
          variant={destructive.has(action) ? 'ghost' : undefined}
          data-danger={destructive.has(action) ? '' : undefined}
          data-mk-focus-key={
            action === 'edit' || action === 'provisioning' ? `${action}:${id}` : undefined
          }
          aria-expanded={action === 'domains' ? props.editingDomains : undefined}
          aria-label={t(`identityProviderList.actions.${action}Aria`, { name })}
          onClick={() => {
            run(action)
          }}
        >
          {t(`identityProviderList.actions.${action}`)}
        </Button>
      ))}
    </div>
  )
}
