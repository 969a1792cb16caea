import type { ReactNode } from 'react'

import { useScope } from '../kit/scope.tsx'
import { cx } from '../theming/slots.ts'
import { Button } from './button.tsx'

/** A field that blocks an action, as {@link FixList} names it. */
export interface FixListItem {
  /** Stable key (the field's name). */
  key: string
  /** The field's label, as the user reads it on the field. */
  label: string
  /** Where the field is when it isn't on screen (a wizard step's name). @default undefined */
  where?: string | undefined
  /** Brings the user to the field (its step first) and focuses it. */
  focus: () => void
}

/** Props of {@link FixList}. */
export interface FixListProps {
  /** The fields to fix; nothing is rendered when empty. */
  items: readonly FixListItem[]
  /** Extra class (a component's). @default undefined */
  className?: string | undefined
}

/**
 * Next to a disabled or refused Save: which fields block it, each a button that takes the user
 * there. A disabled Save never leaves the user guessing what to change.
 */
export function FixList(props: FixListProps): ReactNode {
  const { t } = useScope()
  if (props.items.length === 0) {
    return null
  }
  return (
    <div className={cx('mk-FixList', props.className)}>
      <p className="mk-FixList-intro">{t('common.fixList', { count: props.items.length })}</p>
      <ul className="mk-FixList-items">
        {props.items.map((item) => (
          <li key={item.key}>
            <Button variant="link" onClick={item.focus}>
              {item.where === undefined
                ? item.label
                : t('common.fixListWhere', { field: item.label, where: item.where })}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  )
}
