'use client'

import type { ReactNode } from 'react'

import { useScope } from '../kit/scope.tsx'

/** Props of {@link EmptyState}: where its texts are, `{list}.empty.*`. */
export type EmptyStateProps = {
  /** The host's own empty state, shown instead of the title and description. @default undefined */
  custom?: ReactNode
} & (
  | { list: 'memberList' | 'invitationManager' }
  | {
      list: 'domainList' | 'identityProviderList'
      /** The user can't add any: `empty.readOnly` instead of `empty.description`. */
      readOnly: boolean
    }
)

/** A list with nothing in it: the host's empty state, or a title and a line under it. */
export function EmptyState(props: EmptyStateProps): ReactNode {
  const { t, slot, component } = useScope()
  const { list } = props
  const readOnly = 'readOnly' in props && props.readOnly
  return (
    <div {...slot('empty')}>
      {props.custom ?? (
        <>
          <p className={`mk-${component}-emptyTitle`}>{t(`${list}.empty.title`)}</p>
          <p className="mk-description">
            {readOnly ? t(`${props.list}.empty.readOnly`) : t(`${list}.empty.description`)}
          </p>
        </>
      )}
    </div>
  )
}
