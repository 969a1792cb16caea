'use client'

import type { ReactNode } from 'react'

import type { MyOrgMessageKey } from '../i18n/types.ts'
import { useScope } from './scope.tsx'

/** Props of {@link MissingActions}. */
export interface MissingActionsProps {
  /** Each action with whether it is allowed; the ones not allowed are named. */
  actions: readonly (readonly [allowed: boolean, label: MyOrgMessageKey])[]
  /** The sentence, with `{actions}` for the list (e.g. `domainList.permissions.missing`). */
  message: MyOrgMessageKey
  /** Extra class (the component's own). @default undefined */
  className?: string | undefined
}

/**
 * The one-line "you can't …" note: names the actions the token's scopes don't allow, as one
 * localized list. Renders nothing when everything is allowed.
 */
export function MissingActions(props: MissingActionsProps): ReactNode {
  const { t, translator } = useScope()
  const missing = props.actions.filter(([allowed]) => !allowed).map(([, label]) => t(label))
  if (missing.length === 0) {
    return null
  }
  return (
    <AccessNote className={props.className}>
      {t(props.message, {
        actions: translator.formatList(missing, { type: 'unit', style: 'long' }),
      })}
    </AccessNote>
  )
}

/** Props of {@link AccessNote}. */
export interface AccessNoteProps {
  /** The sentence; nothing is rendered without one. */
  children: ReactNode
  /** Extra class (the component's own). @default undefined */
  className?: string | undefined
}

/**
 * The same one-line note with a sentence of its own, for a reason that is not a missing scope
 * (e.g. "this provider is managed by your Auth0 administrator").
 */
export function AccessNote(props: AccessNoteProps): ReactNode {
  const { slot } = useScope()
  if (props.children === null || props.children === undefined || props.children === '') {
    return null
  }
  return <p {...slot('notice', props.className)}>{props.children}</p>
}
