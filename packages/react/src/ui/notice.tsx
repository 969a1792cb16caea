import type { ReactNode } from 'react'

import { cx } from '../theming/slots.ts'

/** Props of {@link Notice}. */
export interface NoticeProps {
  /** @default undefined (neutral) */
  variant?: 'info' | 'success' | 'warning' | 'danger' | undefined
  /** A bold first line. @default undefined */
  title?: ReactNode
  children?: ReactNode
  /** `note` for lasting facts, `status` to announce, `alert` for what needs action now. @default undefined */
  role?: 'note' | 'status' | 'alert' | undefined
  /** Extra class (a slot's or a component's). @default undefined */
  className?: string | undefined
  /** @default undefined */
  id?: string | undefined
}

/** An inline message (`mk-alert`): a title, a description, a variant colour. */
export function Notice(props: NoticeProps): ReactNode {
  return (
    <div
      className={cx('mk-alert', props.className)}
      data-variant={props.variant}
      role={props.role}
      id={props.id}
    >
      {props.title === undefined ? null : <p className="mk-alert-title">{props.title}</p>}
      {props.children === undefined ? null : (
        <div className="mk-alert-description">{props.children}</div>
      )}
    </div>
  )
}
