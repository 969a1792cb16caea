'use client'

import type { ReactNode } from 'react'

import type { DeepPartial, MyOrgMessages } from '../../i18n/types.ts'
import type { MyOrgPermissions, MyOrgSession } from '../../provider/use-my-org-session.ts'
import { type SlotProps, cx } from '../../theming/slots.ts'
import { MyOrgErrorNotice } from '../error-notice/error-notice.tsx'

/** Options of {@link renderAccessState}. */
export interface AccessStateOptions {
  permissions: MyOrgPermissions
  session: MyOrgSession
  /** Whether the token grants the component's read scope. */
  canRead: boolean
  /** The component's no-access texts, already translated. */
  noAccess: { title: string; description: string }
  /** Slot props of the component's `notice` slot. */
  noticeSlot: SlotProps
  headingLevel: 2 | 3 | 4 | 5 | 6
  messages: DeepPartial<MyOrgMessages> | undefined
  unstyled: boolean | undefined
}

/**
 * What every component shows before its data: the session's error (with its fix), or a clear
 * no-access note when the read scope is missing (no request is made then). `undefined` when
 * the component may go on to load its data.
 */
export function renderAccessState(options: AccessStateOptions): ReactNode {
  const { permissions, session, canRead, noAccess, noticeSlot } = options
  if (permissions.status === 'error') {
    return (
      <MyOrgErrorNotice
        error={permissions.error}
        onRetry={() => void session.retry()}
        headingLevel={options.headingLevel}
        messages={options.messages}
        unstyled={options.unstyled}
      />
    )
  }
  if (permissions.status === 'ready' && !canRead) {
    return (
      <div {...noticeSlot} className={cx(noticeSlot.className, 'mk-alert')} role="note">
        <p className="mk-alert-title">{noAccess.title}</p>
        <p className="mk-alert-description">{noAccess.description}</p>
      </div>
    )
  }
  return undefined
}
