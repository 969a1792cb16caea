'use client'

import type { ReactNode } from 'react'

import { ErrorNotice } from './error-notice.tsx'
import type { ComponentKit } from './use-my-org-component.ts'

/**
 * What a component shows before its data: the session's error (with its fix), or a clear
 * no-access note when the read scope is missing (no request is made then). `undefined` when the
 * component may go on to load its data. Rendered inside the component's scope.
 */
export function accessStateOf<Slot extends string, Action extends string>(
  kit: ComponentKit<Slot, Action>,
): ReactNode {
  const { permissions, session, canRead, t, slot, noAccess } = kit
  if (permissions.status === 'error') {
    return <ErrorNotice error={permissions.error} onRetry={() => void session.retry()} />
  }
  if (permissions.status === 'ready' && !canRead) {
    return (
      <div {...slot('notice' as Slot, 'mk-alert')} role="note">
        <p className="mk-alert-title">{t(noAccess.title)}</p>
        <p className="mk-alert-description">{t(noAccess.description)}</p>
      </div>
    )
  }
  return undefined
}
