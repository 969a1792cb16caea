'use client'

import type { ReactNode } from 'react'

import type { MyOrgMessageKey } from '../../i18n/types.ts'
import { useScope } from '../../kit/scope.tsx'

/** A line of an {@link AttributeDiffList}: the change, its attributes, its `{attributes}` text. */
export type AttributeDiffLine = readonly [
  change: 'added' | 'removed' | 'changed',
  attributes: readonly string[],
  message: MyOrgMessageKey,
]

/** A line per kind of change to an attribute mapping, or `empty` when nothing changes. */
export function AttributeDiffList(props: {
  lines: readonly AttributeDiffLine[]
  empty: ReactNode
}): ReactNode {
  const { t, translator } = useScope()
  if (props.lines.every(([, attributes]) => attributes.length === 0)) {
    return props.empty
  }
  return (
    <ul className="mk-IdentityProviderList-diff">
      {props.lines.map(([change, attributes, message]) =>
        attributes.length > 0 ? (
          <li key={change} data-change={change}>
            {t(message, { attributes: translator.formatList(attributes) })}
          </li>
        ) : null,
      )}
    </ul>
  )
}
