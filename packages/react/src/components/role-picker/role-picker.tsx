'use client'

import type { Role } from '@myorg-kit/client'
import { type ReactNode, useId, useState } from 'react'

import { useRoles } from '../../api/roles.queries.ts'
import { ErrorNotice } from '../../kit/error-notice.tsx'
import { useScope } from '../../kit/scope.tsx'
import { isolateDirection } from '../../lib/text.ts'
import { ApiText } from '../../ui/api-text.tsx'
import { Button } from '../../ui/button.tsx'
import { SearchField } from '../../ui/search-field.tsx'

/** Props of {@link RolePicker}. */
export interface RolePickerProps {
  /** The roles already held or chosen: listed as added, without a button. */
  heldIds: ReadonlySet<string>
  /** The user picked a role. */
  onPick: (role: Role) => void
  /** The field's label. @default `rolePicker.label` */
  label?: string | undefined
  /** While a pick is being saved: the buttons wait. @default false */
  pending?: boolean | undefined
  /** No more roles may be added (the reason is shown). @default undefined */
  full?: string | undefined
}

/**
 * Finds a role by name on the server (`GET /roles?name=`, debounced) and lists the matches, each
 * with an Add button. Used by `MemberList` (give a role) and `InvitationManager` (choose roles).
 */
export function RolePicker(props: RolePickerProps): ReactNode {
  const { t } = useScope()
  const [query, setQuery] = useState('')
  const roles = useRoles(query)
  const listId = useId()
  const found = roles.data ?? []
  return (
    <div className="mk-RolePicker">
      <SearchField
        label={props.label ?? t('rolePicker.label')}
        description={t('rolePicker.help')}
        controls={listId}
        value={query}
        onChange={setQuery}
      />
      {props.full === undefined ? null : <p className="mk-description">{props.full}</p>}
      {roles.error ? (
        <ErrorNotice error={roles.error} onRetry={() => void roles.refetch()} />
      ) : null}
      {roles.isPending ? (
        <p className="mk-description" role="status">
          {t('rolePicker.searching')}
        </p>
      ) : null}
      {roles.data && found.length === 0 ? (
        <p className="mk-description" role="status">
          {t('rolePicker.none', { query: isolateDirection(query.trim()) })}
        </p>
      ) : null}
      <ul
        id={listId}
        className="mk-RolePicker-results"
        aria-label={t('rolePicker.results')}
        aria-busy={roles.isFetching || undefined}
      >
        {found.map((role) => (
          <li key={role.id} className="mk-RolePicker-role">
            <span className="mk-RolePicker-name">
              <ApiText value={role.name} />
              {role.description ? <span className="mk-description">{role.description}</span> : null}
            </span>
            {props.heldIds.has(role.id) ? (
              <span className="mk-badge" data-variant="success">
                {t('rolePicker.alreadyHeld')}
              </span>
            ) : (
              <Button
                size="sm"
                aria-label={t('rolePicker.addRole', { role: role.name })}
                disabled={props.pending === true || props.full !== undefined}
                onClick={() => {
                  props.onPick(role)
                }}
              >
                {t('rolePicker.add')}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}
