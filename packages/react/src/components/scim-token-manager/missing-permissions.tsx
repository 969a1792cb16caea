'use client'

import type { ReactNode } from 'react'

import { MissingActions, type MissingActionsProps } from '../../kit/missing-actions.tsx'
import type { ScimTarget } from './scim-scope.ts'

/**
 * The "you can't …" note under a section of the manager, naming the actions the token's scopes
 * don't allow; none when the host made the whole manager read-only.
 */
export function MissingPermissions(props: {
  target: ScimTarget
  actions: MissingActionsProps['actions']
}): ReactNode {
  return props.target.readOnly ? null : (
    <MissingActions
      className="mk-ScimTokenManager-permissions"
      message="scimTokenManager.permissions.missing"
      actions={props.actions}
    />
  )
}
