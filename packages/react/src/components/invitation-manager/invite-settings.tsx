'use client'

import type { Role } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import { useIdentityProviders } from '../../api/identity-providers.queries.ts'
import { useScope } from '../../kit/scope.tsx'
import { ApiText } from '../../ui/api-text.tsx'
import { Button } from '../../ui/button.tsx'
import { Field } from '../../ui/field.tsx'
import { InputField } from '../../ui/input-field.tsx'
import { RolePicker } from '../role-picker/role-picker.tsx'
import type { InvitationManagerAction, InvitationManagerSlot } from './invitation-manager.slots.ts'

/** The longest lifetime the API takes, in days. */
const MAX_LIFETIME_DAYS = 30

/** A lifetime typed in days: a whole number from 1 to 30, else `undefined`. */
export function parseLifetimeDays(value: string): number | undefined {
  const trimmed = value.trim()
  if (!/^\d+$/.test(trimmed)) {
    return undefined
  }
  const days = Number(trimmed)
  return days >= 1 && days <= MAX_LIFETIME_DAYS ? days : undefined
}

/** Props of {@link InviteSettings}. */
export interface InviteSettingsProps {
  canPickRoles: boolean
  roles: readonly Role[]
  onRolesChange: (roles: Role[]) => void
  maxRoles: number
  providerId: string
  onProviderChange: (providerId: string) => void
  lifetime: string
  onLifetimeChange: (value: string) => void
  lifetimeInvalid: boolean
}

/** What every invited address shares: roles, identity provider, lifetime. */
export function InviteSettings(props: InviteSettingsProps): ReactNode {
  const { t, can } = useScope<InvitationManagerSlot, InvitationManagerAction>()
  const canPickProvider = can('listIdentityProviders')
  const providers = useIdentityProviders({ enabled: canPickProvider })
  const { roles } = props
  return (
    <div className="mk-InvitationManager-settings">
      {props.canPickRoles ? (
        <div className="mk-InvitationManager-roles">
          <p className="mk-label">{t('invitationManager.invite.roles')}</p>
          {roles.length === 0 ? (
            <p className="mk-description">{t('invitationManager.invite.noRolesChosen')}</p>
          ) : (
            <ul className="mk-InvitationManager-chosenRoles">
              {roles.map((role) => (
                <li key={role.id} className="mk-badge">
                  <ApiText value={role.name} />
                  <Button
                    size="sm"
                    variant="ghost"
                    aria-label={t('invitationManager.invite.removeRole', { role: role.name })}
                    onClick={() => {
                      props.onRolesChange(roles.filter((item) => item.id !== role.id))
                    }}
                  >
                    ×
                  </Button>
                </li>
              ))}
            </ul>
          )}
          <RolePicker
            heldIds={new Set(roles.map((role) => role.id))}
            full={
              roles.length >= props.maxRoles
                ? t('invitationManager.invite.tooManyRoles')
                : undefined
            }
            onPick={(role) => {
              props.onRolesChange([...roles, role])
            }}
          />
        </div>
      ) : null}
      {providers.data && providers.data.length > 0 ? (
        <Field
          label={t('invitationManager.invite.provider')}
          description={t('invitationManager.invite.providerHelp')}
        >
          {(control) => (
            <select
              {...control}
              className="mk-input"
              value={props.providerId}
              onChange={(event) => {
                props.onProviderChange(event.target.value)
              }}
            >
              <option value="">{t('invitationManager.invite.anyProvider')}</option>
              {providers.data.map((provider) => (
                <option key={provider.id} value={provider.id}>
                  {provider.display_name || provider.name || provider.id}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <InputField
        label={t('invitationManager.invite.lifetime')}
        description={t('invitationManager.invite.lifetimeHelp')}
        error={props.lifetimeInvalid ? t('invitationManager.invite.lifetimeInvalid') : undefined}
        className="mk-InvitationManager-lifetime"
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_LIFETIME_DAYS}
        step={1}
        value={props.lifetime}
        onChange={(event) => {
          props.onLifetimeChange(event.target.value)
        }}
      />
    </div>
  )
}
